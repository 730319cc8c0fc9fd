#include "failure_p.h"
#include "requestjson_p.h"

#include <nlohmann/json.hpp>

#include <FeedbackKit/FeedbackJson>
#include <FeedbackKit/Target>
#include <FeedbackKit/ValidationError>

#include <algorithm>
#include <cmath>
#include <unordered_set>
#include <vector>

namespace FeedbackKit {

using json = nlohmann::json;

namespace {

struct ParseRefusal
{
    QString message;
};

// Keeps the parser from building anything absurd: the callback runs as each token is read,
// so a refusal throws before a deep or duplicated value exists.
class StrictParseGuard
{
public:
    bool operator()(int depth, json::parse_event_t event, json &parsed)
    {
        if (depth > Limits::maxParseDepth)
            throw ParseRefusal {
                QStringLiteral("JSON nested deeper than %1 levels").arg(Limits::maxParseDepth)
            };
        switch (event) {
        case json::parse_event_t::object_start:
            m_keys.emplace_back();
            break;
        case json::parse_event_t::key:
            if (!m_keys.back().insert(parsed.get<std::string>()).second)
                throw ParseRefusal { QStringLiteral("duplicate key \"%1\"")
                                         .arg(QString::fromStdString(parsed.get<std::string>())) };
            break;
        case json::parse_event_t::object_end:
            m_keys.pop_back();
            break;
        default:
            break;
        }
        return true;
    }

private:
    std::vector<std::unordered_set<std::string>> m_keys;
};

bool checkObjectField(const json &event, const char *key, const QString &prefix, QString *error)
{
    const auto it = event.find(key);
    if (it == event.end() || it->is_object())
        return true;
    return fail(error, QStringLiteral("%1%2: must be an object").arg(prefix, QLatin1String(key)));
}

bool checkNumberField(const json &event, const char *key, const QString &prefix, QString *error)
{
    const auto it = event.find(key);
    if (it == event.end() || it->is_null() || (it->is_number() && std::isfinite(it->get<double>())))
        return true;
    return fail(error,
                QStringLiteral("%1%2: must be a finite number").arg(prefix, QLatin1String(key)));
}

bool checkIdField(const json &event, const char *key, const QString &prefix, QString *error)
{
    const auto it = event.find(key);
    if (it == event.end())
        return true;
    QString why = QStringLiteral("must be a string");
    if (it->is_string() && isValidId(QString::fromStdString(it->get<std::string>()), &why))
        return true;
    return fail(error, QStringLiteral("%1%2: %3").arg(prefix, QLatin1String(key), why));
}

bool checkFeedbackRules(const json &event, const char *key, const QString &prefix, QString *error)
{
    const auto it = event.find(key);
    if (it == event.end())
        return true;
    const ValidationErrors errors = feedbackFromJson(*it).validate();
    if (errors.isEmpty())
        return true;
    const ValidationError &first = errors.first();
    const QString path
        = first.path.isEmpty() ? QLatin1String(key) : QLatin1String(key) + u'.' + first.path;
    return fail(error, QStringLiteral("%1%2: %3").arg(prefix, path, first.message));
}

} // namespace

std::optional<json> parseRequestJson(const QByteArray &body, QString *error)
{
    try {
        return json::parse(body.cbegin(), body.cend(), StrictParseGuard());
    } catch (const ParseRefusal &refusal) {
        *error = QStringLiteral("malformed JSON: %1").arg(refusal.message);
    } catch (const json::exception &exception) {
        *error = QStringLiteral("malformed JSON: %1").arg(QString::fromUtf8(exception.what()));
    }
    return std::nullopt;
}

std::optional<json> unwrapObject(const json &body, const char *key, QString *error)
{
    if (!body.is_object()) {
        *error = QStringLiteral("the body must be a JSON object");
        return std::nullopt;
    }
    const auto it = body.find(key);
    if (it == body.end()) {
        *error = QStringLiteral("missing \"%1\"").arg(QLatin1String(key));
        return std::nullopt;
    }
    if (it->is_object())
        return *it;
    if (it->is_string()) {
        const std::string &text = it->get_ref<const std::string &>();
        auto inner = parseRequestJson(QByteArray::fromStdString(text), error);
        if (inner && inner->is_object())
            return inner;
        if (inner)
            *error
                = QStringLiteral("%1: the JSON text must hold an object").arg(QLatin1String(key));
        else
            *error = QStringLiteral("%1: %2").arg(QLatin1String(key), *error);
        return std::nullopt;
    }
    *error
        = QStringLiteral("%1: must be an object or a JSON-encoded object").arg(QLatin1String(key));
    return std::nullopt;
}

bool checkEventTypes(const json &event, const QString &prefix, QString *error)
{
    for (const char *key : mergeableFields) {
        if (!checkObjectField(event, key, prefix, error))
            return false;
    }
    for (const char *key : { "inputs", "session_properties" }) {
        if (!checkObjectField(event, key, prefix, error))
            return false;
    }
    for (const char *key : { "duration", "start_time", "end_time" }) {
        if (!checkNumberField(event, key, prefix, error))
            return false;
    }
    for (const char *key : { "event_id", "session_id", "parent_id" }) {
        if (!checkIdField(event, key, prefix, error))
            return false;
    }
    return true;
}

bool checkNewEventTypes(const json &event, const QString &prefix, QString *error)
{
    auto refuse = [&](const char *key, const char *why) {
        return fail(error,
                    QStringLiteral("%1%2: %3").arg(prefix, QLatin1String(key), QLatin1String(why)));
    };
    for (const char *key : { "project", "project_id", "source", "event_name", "session_name" }) {
        const auto it = event.find(key);
        if (it != event.end() && !it->is_string())
            return refuse(key, "must be a string");
    }
    const auto errorField = event.find("error");
    if (errorField != event.end() && !errorField->is_string() && !errorField->is_null())
        return refuse("error", "must be a string or null");
    const auto children = event.find("children_ids");
    if (children != event.end()
        && !(children->is_array()
             && std::all_of(children->begin(), children->end(),
                            [](const json &id) { return id.is_string(); })))
        return refuse("children_ids", "must be an array of strings");
    const auto end = event.find("end_time");
    if (end != event.end() && end->is_number()
        && std::floor(end->get<double>()) != end->get<double>())
        return refuse("end_time", "must be a whole number of milliseconds");
    return true;
}

bool checkEventFields(const json &event, const QString &prefix, QString *error)
{
    return checkEventTypes(event, prefix, error)
        && checkFeedbackRules(event, "feedback", prefix, error)
        && checkFeedbackRules(event, "metrics", prefix, error);
}

QString stringField(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

void mergeObjectField(json &target, const char *field, const json &patch, MergeRule rule)
{
    json &into = target[field];
    if (rule == MergeRule::Replace) {
        into = patch; // null values inside included
        return;
    }
    if (!into.is_object())
        into = json::object();
    if (rule == MergeRule::Deep) {
        into.merge_patch(patch); // RFC 7386: objects merge, null removes, at every depth
        return;
    }
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().is_null())
            into.erase(it.key());
        else
            into[it.key()] = it.value();
    }
}

bool isMergeableField(std::string_view key)
{
    return std::find(std::begin(mergeableFields), std::end(mergeableFields), key)
        != std::end(mergeableFields);
}

} // namespace FeedbackKit
