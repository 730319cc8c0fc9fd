// The rules a feedback document must meet before anything stores or sends it.

#include "feedback_p.h"
#include "jsonconvert_p.h"
#include "utf8_p.h"

#include <QCoreApplication>
#include <cmath>

namespace FeedbackKit {

using nlohmann::json;
using Rule = ValidationError::Rule;

QString ValidationError::toString() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

namespace {
// Enough to show every problem of a realistic document without letting a hostile one produce
// an unbounded error list.
constexpr qsizetype maxReportedErrors = 100;
// The longest a number serialises to: "-1.7976931348623157e+308" (or a 20-digit integer).
constexpr size_t maxNumberBytes = 24;

class Validator
{
public:
    explicit Validator(ValidationErrors &errors)
        : m_errors(errors)
    {
        // The walk stops at the nesting limits, so the path never grows past this.
        m_segments.reserve(Limits::maxObjectNesting + Limits::maxArrayNesting + 2);
    }

    void validateRoot(const json &root)
    {
        if (!root.is_object()) {
            report({}, Rule::NotAnObject,
                   QCoreApplication::translate("FeedbackKit::Validation",
                                               "feedback must be a JSON object"));
            return;
        }
        walkObject(root, 0, 0);
        checkGroundTruth(root);
        checkDocumentSize(root);
    }

private:
    void walk(const json &value, int objectDepth, int arrayDepth)
    {
        switch (value.type()) {
        case json::value_t::object:
            if (objectDepth + 1 > Limits::maxObjectNesting)
                return report(path(), Rule::ObjectNesting,
                              QCoreApplication::translate("FeedbackKit::Validation",
                                                          "more than %1 levels of nested objects")
                                  .arg(Limits::maxObjectNesting));
            return walkObject(value, objectDepth + 1, arrayDepth);
        case json::value_t::array:
            if (arrayDepth + 1 > Limits::maxArrayNesting)
                return report(path(), Rule::ArrayNesting,
                              QCoreApplication::translate("FeedbackKit::Validation",
                                                          "more than %1 levels of nested arrays")
                                  .arg(Limits::maxArrayNesting));
            return walkArray(value, objectDepth, arrayDepth + 1);
        case json::value_t::number_float:
            m_sizeBound += maxNumberBytes;
            if (!std::isfinite(value.get<double>()))
                report(path(), Rule::NonFiniteNumber,
                       QCoreApplication::translate("FeedbackKit::Validation",
                                                   "numbers must be finite (no NaN or infinity)"));
            return;
        case json::value_t::string:
            return checkString(value.get_ref<const std::string &>());
        case json::value_t::binary:
        case json::value_t::discarded:
            // Only an nlohmann value built in code can hold these; JSON text cannot.
            return report(
                path(), Rule::NotJson,
                QCoreApplication::translate("FeedbackKit::Validation", "binary data is not JSON"));
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
            m_sizeBound += maxNumberBytes;
            return;
        case json::value_t::boolean:
        case json::value_t::null:
            m_sizeBound += 5; // "false"
            return;
        }
    }

    void walkObject(const json &object, int objectDepth, int arrayDepth)
    {
        checkMemberCount(object.size());
        m_sizeBound += 2;
        for (auto it = object.begin(); it != object.end() && !full(); ++it) {
            m_sizeBound += escapedBound(it.key()) + 2; // ':' and ','
            m_segments.push_back({ &it.key(), 0 });
            checkKey(it.key());
            walk(it.value(), objectDepth, arrayDepth);
            m_segments.pop_back();
        }
    }

    void walkArray(const json &array, int objectDepth, int arrayDepth)
    {
        checkMemberCount(array.size());
        m_sizeBound += 2 + array.size(); // brackets and commas
        for (size_t i = 0; i < array.size() && !full(); ++i) {
            m_segments.push_back({ nullptr, i });
            walk(array[i], objectDepth, arrayDepth);
            m_segments.pop_back();
        }
    }

    void checkKey(const std::string &key)
    {
        if (key.empty())
            report(
                path(), Rule::EmptyKey,
                QCoreApplication::translate("FeedbackKit::Validation", "keys must not be empty"));
        else if (!isValidUtf8(key))
            report(
                path(), Rule::InvalidUtf8,
                QCoreApplication::translate("FeedbackKit::Validation", "key is not valid UTF-8"));
        else if (key.find('.') != std::string::npos)
            report(path(), Rule::DottedKey,
                   QCoreApplication::translate("FeedbackKit::Validation",
                                               "keys must not contain '.'"));
        else if (qsizetype(key.size()) > Limits::maxKeyBytes)
            report(path(), Rule::KeyTooLong,
                   QCoreApplication::translate("FeedbackKit::Validation",
                                               "key is longer than %1 bytes")
                       .arg(Limits::maxKeyBytes));
    }

    void checkString(const std::string &text)
    {
        m_sizeBound += escapedBound(text);
        if (qsizetype(text.size()) > Limits::maxStringBytes)
            report(path(), Rule::StringTooLong,
                   QCoreApplication::translate("FeedbackKit::Validation",
                                               "string is longer than %1 bytes")
                       .arg(Limits::maxStringBytes));
        else if (!isValidUtf8(text))
            report(path(), Rule::InvalidUtf8,
                   QCoreApplication::translate("FeedbackKit::Validation",
                                               "string is not valid UTF-8"));
    }

    void checkMemberCount(size_t count)
    {
        if (qsizetype(count) > Limits::maxMembers)
            report(path(), Rule::TooManyMembers,
                   QCoreApplication::translate("FeedbackKit::Validation", "more than %1 entries")
                       .arg(Limits::maxMembers));
    }

    void checkGroundTruth(const json &root)
    {
        // null is how a patch clears ground_truth; merging never leaves it in a state.
        const auto it = root.find("ground_truth");
        if (it != root.end() && !it->is_string() && !it->is_object() && !it->is_null())
            report(QStringLiteral("ground_truth"), Rule::GroundTruthType,
                   QCoreApplication::translate("FeedbackKit::Validation",
                                               "ground_truth must be a string or an object"));
    }

    // Serialising costs time on the capture path, so the walk adds up a bound of the
    // serialised size (every string byte escaped to six, every number at its longest) and
    // only a document whose bound passes the cap is serialised to be measured exactly.
    void checkDocumentSize(const json &root)
    {
        if (!m_errors.isEmpty() || m_sizeBound <= size_t(Limits::maxDocumentBytes))
            return;
        const size_t bytes = root.dump(-1, ' ', false, json::error_handler_t::replace).size();
        if (qsizetype(bytes) > Limits::maxDocumentBytes)
            report({}, Rule::DocumentTooLarge,
                   QCoreApplication::translate("FeedbackKit::Validation",
                                               "document is larger than %1 bytes")
                       .arg(Limits::maxDocumentBytes));
    }

    static size_t escapedBound(const std::string &text) { return 6 * text.size() + 2; }

    // Only built when something is reported, so walking a valid document formats nothing.
    QString path() const
    {
        QString result;
        for (size_t i = 0; i < m_segments.size(); ++i) {
            if (i > 0)
                result += u'.';
            const Segment &segment = m_segments[i];
            if (!segment.key)
                result += QString::number(segment.index);
            else if (isValidUtf8(*segment.key))
                result += toQString(*segment.key);
            else
                result += QCoreApplication::translate("FeedbackKit::Validation", "<invalid UTF-8>");
        }
        return result;
    }

    bool full() const { return m_errors.size() >= maxReportedErrors; }

    void report(const QString &where, Rule rule, const QString &message)
    {
        if (!full())
            m_errors.append({ where, rule, message });
    }

    ValidationErrors &m_errors;
    // A member's key, or (key null) an array element's index.
    struct Segment
    {
        const std::string *key;
        size_t index;
    };
    std::vector<Segment> m_segments;
    size_t m_sizeBound = 0;
};
} // namespace

ValidationErrors validateJson(const json &root)
{
    ValidationErrors errors;
    Validator(errors).validateRoot(root);
    return errors;
}

} // namespace FeedbackKit
