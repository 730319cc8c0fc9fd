// Reading feedback from untrusted text.

#include "feedback.h"

#include "feedback_p.h"
#include "jsonconvert_p.h"

#include <unordered_set>
#include <vector>

namespace FeedbackKit {

using nlohmann::json;
using Rule = ValidationError::Rule;

namespace {
struct Refusal
{
    ValidationError error;
};

// Tracks the keys of each open object so duplicates are caught (nlohmann would silently keep
// the last one), and stops absurd nesting before any of it is built. The parser itself is
// iterative, so 10,000 levels cost no stack: they are refused at level maxParseDepth.
class StrictCallback
{
public:
    bool operator()(int depth, json::parse_event_t event, json &parsed)
    {
        switch (event) {
        case json::parse_event_t::object_start:
        case json::parse_event_t::array_start:
            if (depth >= Limits::maxParseDepth)
                throw Refusal {
                    { {},
                      Rule::ObjectNesting,
                      QStringLiteral("nested deeper than %1 levels").arg(Limits::maxParseDepth) }
                };
            if (event == json::parse_event_t::object_start)
                m_keys.emplace_back();
            break;
        case json::parse_event_t::object_end:
            m_keys.pop_back();
            break;
        case json::parse_event_t::key:
            if (!m_keys.back().insert(parsed.get<std::string>()).second)
                throw Refusal { { toQString(parsed.get<std::string>()), Rule::DuplicateKey,
                                  QStringLiteral("duplicate key") } };
            break;
        default:
            break;
        }
        return true;
    }

private:
    std::vector<std::unordered_set<std::string>> m_keys;
};

void setErrors(ValidationErrors *errors, ValidationErrors value)
{
    if (errors)
        *errors = std::move(value);
}
} // namespace

std::optional<json> parseJsonStrict(QByteArrayView text, ValidationErrors *errors)
{
    StrictCallback callback;
    try {
        return json::parse(text.begin(), text.end(), std::ref(callback));
    } catch (const Refusal &refusal) {
        setErrors(errors, { refusal.error });
    } catch (const json::parse_error &error) {
        const bool utf8 = std::string_view(error.what()).find("UTF-8") != std::string_view::npos;
        setErrors(errors,
                  { { {},
                      utf8 ? Rule::InvalidUtf8 : Rule::NotJson,
                      QStringLiteral("not valid JSON at byte %1%2")
                          .arg(error.byte)
                          .arg(utf8 ? QStringLiteral(" (invalid UTF-8)") : QString()) } });
    } catch (const json::out_of_range &) {
        // nlohmann refuses numbers such as 1e999 that overflow a double (found by fuzzing).
        setErrors(errors,
                  { { {},
                      Rule::NonFiniteNumber,
                      QStringLiteral("a number is too large to represent") } });
    } catch (const json::exception &) {
        setErrors(errors, { { {}, Rule::NotJson, QStringLiteral("not valid JSON") } });
    }
    return std::nullopt;
}

std::optional<Feedback> Feedback::parse(QByteArrayView text, ValidationErrors *errors)
{
    if (text.size() > Limits::maxDocumentBytes) {
        setErrors(errors,
                  { { {},
                      Rule::DocumentTooLarge,
                      QStringLiteral("document is larger than %1 bytes")
                          .arg(Limits::maxDocumentBytes) } });
        return std::nullopt;
    }
    std::optional<json> parsed = parseJsonStrict(text, errors);
    if (!parsed)
        return std::nullopt;
    ValidationErrors problems = validateJson(*parsed);
    if (!problems.isEmpty()) {
        setErrors(errors, std::move(problems));
        return std::nullopt;
    }
    setErrors(errors, {});
    Feedback feedback;
    FeedbackData::mutableOf(feedback) = std::move(*parsed);
    return feedback;
}

} // namespace FeedbackKit
