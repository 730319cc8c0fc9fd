#include "feedback.h"

#include "feedback_p.h"
#include "feedbackjson.h"
#include "jsonconvert_p.h"

#include <QJsonArray>

namespace FeedbackKit {

using nlohmann::json;

FeedbackData *FeedbackData::sharedEmpty()
{
    static const QExplicitlySharedDataPointer<FeedbackData> empty(new FeedbackData);
    return empty.data();
}

Feedback::Feedback()
    : d(FeedbackData::sharedEmpty())
{ }

Feedback::Feedback(const QJsonObject &object)
    : d(new FeedbackData(toNlohmann(object)))
{ }

// Not through QJsonObject::fromVariantMap(), which turns NaN into null (see variantToNlohmann).
Feedback::Feedback(const QVariantMap &map)
    : d(new FeedbackData(variantToNlohmann(map)))
{ }

Feedback::Feedback(const Feedback &other) = default;
Feedback::Feedback(Feedback &&other) noexcept = default;
Feedback &Feedback::operator=(const Feedback &other) = default;
Feedback &Feedback::operator=(Feedback &&other) noexcept = default;
Feedback::~Feedback() = default;

Feedback feedbackFromJson(const json &object)
{
    return FeedbackData::wrap(object);
}

Feedback feedbackFromJson(json &&object)
{
    return FeedbackData::wrap(std::move(object));
}

const json &feedbackToJson(const Feedback &feedback)
{
    return FeedbackData::of(feedback);
}

bool Feedback::isEmpty() const
{
    return d->json.empty();
}

QStringList Feedback::keys() const
{
    QStringList result;
    if (d->json.is_object()) {
        for (auto it = d->json.begin(); it != d->json.end(); ++it)
            result.append(toQString(it.key()));
    }
    return result;
}

QJsonObject Feedback::toJsonObject() const
{
    return toQJson(d->json).toObject();
}

QVariantMap Feedback::toVariantMap() const
{
    return toJsonObject().toVariantMap();
}

QByteArray Feedback::toJson() const
{
    // Replace rather than throw on invalid UTF-8: serialising must never fail, and validate()
    // is what reports such a document.
    const std::string text = d->json.dump(-1, ' ', false, json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

void Feedback::merge(const Feedback &patch)
{
    const json &source = FeedbackData::of(patch);
    if (source.empty())
        return;
    // RFC 7386 merge patch is exactly HoneyHive's rule: objects merge recursively, anything
    // else replaces, null removes.
    FeedbackData::mutableOf(*this).merge_patch(source);
}

Feedback Feedback::merged(const Feedback &patch) const
{
    Feedback result = *this;
    result.merge(patch);
    return result;
}

bool Feedback::operator==(const Feedback &other) const
{
    return d == other.d || d->json == other.d->json;
}

} // namespace FeedbackKit
