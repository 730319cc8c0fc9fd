// Fuzzes the path every untrusted feedback document takes: strict parse and validation, dot-path
// reads and writes, patch merge, and serialisation. Beyond "no crash", it checks invariants:
// anything accepted serialises to text that parses back to an equal document (the very text
// nlohmann's dump() writes), and a merge of two valid documents never yields a state that cannot
// be serialised.

#include <FeedbackKit/Feedback>
#include <FeedbackKit/FeedbackJson>

#include <QJsonObject>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>

using FeedbackKit::Feedback;

namespace {
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

// Walks every key path of the document (bounded), reading, rewriting and removing it.
void exerciseDotPaths(const Feedback &document)
{
    Feedback copy = document;
    int visited = 0;
    for (const QString &key : document.keys()) {
        if (++visited > 32)
            break;
        const QJsonValue value = copy.value(key);
        check(!value.isUndefined(), "a listed key must be readable");
        QString error;
        copy.setValue(key + QStringLiteral(".0.x"), 1, &error);
        copy.setValue(key, value, &error);
        copy.remove(key + QStringLiteral(".0"));
    }
    (void)copy.validate();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    FeedbackKit::ValidationErrors errors;
    const auto parsed = Feedback::parse(text, &errors);
    check(parsed.has_value() == errors.isEmpty(),
          "parse succeeds exactly when there are no errors");
    if (!parsed)
        return 0;
    const Feedback &document = *parsed;
    check(document.validate().isEmpty(), "an accepted document validates");

    const auto again = Feedback::parse(document.toJson());
    check(again && *again == document, "serialised text parses back to the same document");
    const std::string dumped = FeedbackKit::feedbackToJson(document).dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
    check(document.toJson() == QByteArrayView(dumped.data(), qsizetype(dumped.size())),
          "toJson() writes exactly what nlohmann's dump() writes");

    exerciseDotPaths(document);

    Feedback merged = Feedback(QJsonObject { { QStringLiteral("rating"), true } });
    merged.merge(document);
    merged.merge(document);
    check(merged.merged(document) == merged, "merging the same patch twice is idempotent");
    (void)Feedback(document.toJsonObject()).validate();
    return 0;
}
