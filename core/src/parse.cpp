// Reading feedback from untrusted text.

#include "feedback_p.h"
#include "jsonconvert_p.h"

#include <QCoreApplication>
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

// One open object or array, and where the parser is inside it.
struct Frame
{
    bool array = false;
    bool inValue = false; // object: a key was read and its value is not finished yet
    std::string key; // object: the current member
    size_t index = 0; // array: the current element
    std::unordered_set<std::string> keys; // object: the keys seen, to catch duplicates
};

// Follows the parse event by event, so that every refusal names the dot path where it
// happened: duplicate keys (nlohmann would silently keep the last one), absurd nesting
// (stopped before any of it is built; the parser itself is iterative, so 10,000 levels cost
// no stack), and the parser's own errors (invalid UTF-8, bad syntax, overflowing numbers).
class StrictCallback
{
public:
    bool operator()(int depth, json::parse_event_t event, json &parsed)
    {
        switch (event) {
        case json::parse_event_t::object_start:
        case json::parse_event_t::array_start:
            open(depth, event == json::parse_event_t::array_start);
            break;
        case json::parse_event_t::key:
            addKey(parsed.get_ref<const std::string &>());
            break;
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            m_frames.pop_back();
            finishValue();
            break;
        case json::parse_event_t::value:
            finishValue();
            break;
        }
        return true;
    }

    /*! Where the parser stopped: the value being read, or the object whose key was. */
    QString errorPath() const
    {
        const bool inKey = !m_frames.empty() && !m_frames.back().array && !m_frames.back().inValue;
        return inKey ? containerPath() : valuePath();
    }

private:
    void open(int depth, bool array)
    {
        if (depth >= Limits::maxParseDepth)
            throw Refusal { { valuePath(), array ? Rule::ArrayNesting : Rule::ObjectNesting,
                              QCoreApplication::translate("FeedbackKit::Validation",
                                                          "nested deeper than %1 levels")
                                  .arg(Limits::maxParseDepth) } };
        m_frames.emplace_back().array = array;
    }

    void addKey(const std::string &key)
    {
        Frame &frame = m_frames.back();
        frame.key = key;
        frame.inValue = true;
        if (!frame.keys.insert(key).second)
            throw Refusal { { valuePath(), Rule::DuplicateKey,
                              QCoreApplication::translate("FeedbackKit::Validation",
                                                          "duplicate key") } };
    }

    void finishValue()
    {
        if (m_frames.empty())
            return;
        Frame &frame = m_frames.back();
        if (frame.array)
            ++frame.index;
        else
            frame.inValue = false;
    }

    // The path of the innermost open container.
    QString containerPath() const { return joined(m_frames.empty() ? 0 : m_frames.size() - 1); }
    // The path of the value being read in the innermost container.
    QString valuePath() const { return joined(m_frames.size()); }

    QString joined(size_t frames) const
    {
        QString path;
        for (size_t i = 0; i < frames; ++i) {
            if (i > 0)
                path += u'.';
            const Frame &frame = m_frames[i];
            path += frame.array ? QString::number(frame.index) : toQString(frame.key);
        }
        return path;
    }

    std::vector<Frame> m_frames;
};

void setErrors(ValidationErrors *errors, ValidationErrors value)
{
    if (errors)
        *errors = std::move(value);
}

ValidationError syntaxError(const json::parse_error &error, const QString &path)
{
    const std::string_view what = error.what();
    // The lexer refuses ill-formed UTF-8 and unpaired \u surrogate escapes alike.
    const bool utf8 = what.find("UTF-8") != what.npos || what.find("surrogate") != what.npos;
    if (utf8)
        return { path, Rule::InvalidUtf8,
                 QCoreApplication::translate("FeedbackKit::Validation", "invalid UTF-8 at byte %1")
                     .arg(error.byte) };
    return { path, Rule::NotJson,
             QCoreApplication::translate("FeedbackKit::Validation", "not valid JSON at byte %1")
                 .arg(error.byte) };
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
        setErrors(errors, { syntaxError(error, callback.errorPath()) });
    } catch (const json::out_of_range &) {
        // nlohmann refuses numbers such as 1e999 that overflow a double (found by fuzzing).
        setErrors(errors,
                  { { callback.errorPath(), Rule::NonFiniteNumber,
                      QCoreApplication::translate("FeedbackKit::Validation",
                                                  "number is too large to represent") } });
    } catch (const json::exception &) {
        setErrors(errors,
                  { { callback.errorPath(), Rule::NotJson,
                      QCoreApplication::translate("FeedbackKit::Validation", "not valid JSON") } });
    }
    return std::nullopt;
}

std::optional<json> parseFeedbackJson(QByteArrayView text, ValidationErrors *errors)
{
    if (text.size() > Limits::maxDocumentBytes) {
        setErrors(errors,
                  { { {},
                      Rule::DocumentTooLarge,
                      QCoreApplication::translate("FeedbackKit::Validation",
                                                  "document is larger than %1 bytes")
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
    return parsed;
}

} // namespace FeedbackKit
