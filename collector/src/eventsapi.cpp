#include "eventsapi_p.h"
#include "eventstore_p.h"
#include "failure_p.h"
#include "requestjson_p.h"

#include <FeedbackKit/Target>

#include <QDateTime>

#include <set>

namespace FeedbackKit {

using json = nlohmann::json;

namespace {

HttpReply okJson(const json &body)
{
    return HttpReply::json(200, QByteArray::fromStdString(body.dump()));
}

std::string newId()
{
    return generateId().toStdString();
}

bool isEventType(const json &value)
{
    static const std::set<std::string> types { "chain", "model", "tool", "session" };
    return value.is_string() && types.count(value.get<std::string>());
}

// Fills what HoneyHive generates or defaults when a client leaves it out.
void fillDefaults(json &event)
{
    const bool isSession = event.value("event_type", std::string()) == "session";
    if (!event.contains("session_id"))
        event["session_id"]
            = isSession && event.contains("event_id") ? event["event_id"] : json(newId());
    if (!event.contains("event_id"))
        event["event_id"] = isSession ? event["session_id"] : json(newId());
    if (!isSession && !event.contains("parent_id"))
        event["parent_id"] = event["session_id"];
    for (const char *key : { "event_name", "source" }) {
        if (!event.contains(key))
            event[key] = "unknown";
    }
    if (!event.contains("children_ids"))
        event["children_ids"] = json::array();
    if (!event.contains("start_time"))
        event["start_time"] = QDateTime::currentMSecsSinceEpoch();
}

// A new event for an ID that exists (a placeholder from an early enrich, or a resend) completes
// it: the given fields replace the stored ones, the enrichable objects merge by the collector's
// rule, so that by default feedback recorded before the trace arrived is kept.
json completeStored(const EventStore &store, const json &incoming, MergeRule rule)
{
    const QString id = QString::fromStdString(incoming.at("event_id").get<std::string>());
    std::optional<json> stored = store.get(id);
    if (!stored)
        return incoming;
    json merged = std::move(*stored);
    merged.erase("placeholder");
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        if (isMergeableField(it.key()) && it.value().is_object())
            mergeObjectField(merged, it.key().c_str(), it.value(), rule);
        else
            merged[it.key()] = it.value();
    }
    return merged;
}

// What POST /session/start answers: the session event as stored, with the IDs HoneyHive's own
// reply carries. Why these: the Python SDK's model of this reply (honeyhive 1.5.1,
// src/honeyhive/_generated/models/PostSessionStartResponse.py, "Full session event object
// returned after starting a new session") requires event_id, session_id, org_id, workspace_id
// and project_id as strings and types the other event fields (so the stored event is answered
// whole); its older client (src/honeyhive/api/session.py) reads data["session_id"]; the
// TypeScript SDK 1.0.42's StartSessionResponseBody takes an optional session_id and drops the
// rest. A local collector has no organisation, workspace or project IDs: "local" stands for
// them, unless the session was started with a project_id of its own.
json sessionStartReply(const json &session)
{
    json reply = session;
    reply["org_id"] = "local";
    reply["workspace_id"] = "local";
    if (!reply.value("project_id", json()).is_string())
        reply["project_id"] = "local";
    return reply;
}

} // namespace

std::optional<json> prepareNewEvent(const EventStore &store, json event, MergeRule rule,
                                    const QString &prefix, QString *error)
{
    if (!isEventType(event["event_type"])) {
        *error = prefix + QStringLiteral("event_type: must be one of chain, model, tool, session");
        return std::nullopt;
    }
    if (!event.contains("inputs"))
        event["inputs"] = json::object();
    if (!checkEventTypes(event, prefix, error) || !checkNewEventTypes(event, prefix, error))
        return std::nullopt;
    if (event["event_type"] == "session" && event.contains("event_id")
        && event.contains("session_id") && event["event_id"] != event["session_id"]) {
        *error
            = prefix + QStringLiteral("event_id: a session's event_id must equal its session_id");
        return std::nullopt;
    }
    fillDefaults(event);
    json complete = completeStored(store, event, rule);
    if (!checkEventFields(complete, prefix, error))
        return std::nullopt;
    return complete;
}

EventsApi::EventsApi(EventStore &store, const CollectorOptions &options)
    : m_store(store)
    , m_options(options)
{ }

WriteResult EventsApi::startSession(const QByteArray &body)
{
    QString error;
    std::optional<json> request = parseRequestJson(body, &error);
    std::optional<json> session
        = request ? unwrapObject(*request, "session", &error) : std::nullopt;
    if (!session)
        return WriteResult::refused(error);
    (*session)["event_type"] = "session";
    if (session->contains("session_name") && !session->contains("event_name"))
        (*session)["event_name"] = (*session)["session_name"];
    std::optional<json> event
        = prepareNewEvent(m_store, std::move(*session), m_options.mergeRule, {}, &error);
    if (!event)
        return WriteResult::refused(error);
    const json reply = sessionStartReply(*event);
    m_store.put(std::move(*event));
    return { okJson(reply), 1 };
}

WriteResult EventsApi::createEvent(const QByteArray &body)
{
    QString error;
    std::optional<json> request = parseRequestJson(body, &error);
    std::optional<json> incoming = request ? unwrapObject(*request, "event", &error) : std::nullopt;
    if (!incoming)
        return WriteResult::refused(error);
    std::optional<json> event
        = prepareNewEvent(m_store, std::move(*incoming), m_options.mergeRule, {}, &error);
    if (!event)
        return WriteResult::refused(error);
    const json reply { { "event_id", (*event)["event_id"] }, { "success", true } };
    m_store.put(std::move(*event));
    return { okJson(reply), 1 };
}

WriteResult EventsApi::updateEvent(const QByteArray &body)
{
    QString error;
    std::optional<json> patch = parseRequestJson(body, &error);
    if (!patch)
        return WriteResult::refused(error);
    if (!patch->is_object())
        return WriteResult::refused(QStringLiteral("the body must be a JSON object"));
    if (!patch->contains("event_id"))
        return WriteResult::refused(QStringLiteral("missing \"event_id\""));
    // Types first, on the patch; the feedback rules once, on the merged result below.
    if (!checkEventTypes(*patch, {}, &error))
        return WriteResult::refused(error);

    const QString id = stringField(*patch, "event_id");
    std::optional<json> stored = m_store.get(id);
    const bool placeholder = !stored;
    // The trace may reach the collector after its feedback (another service sends it): keep the
    // enrichment on a placeholder that the real event completes when it arrives.
    json event = stored ? std::move(*stored)
                        : json { { "event_id", id.toStdString() }, { "placeholder", true } };
    for (const char *field : mergeableFields) {
        if (patch->contains(field))
            mergeObjectField(event, field, (*patch)[field], m_options.mergeRule);
    }
    if (patch->contains("duration"))
        event["duration"] = (*patch)["duration"];
    if (!checkEventFields(event, {}, &error))
        return WriteResult::refused(error);
    m_store.put(std::move(event));
    const json reply { { "success", true },
                       { "event_id", id.toStdString() },
                       { "placeholder", placeholder } };
    return { okJson(reply), 1 };
}

// POST /events/batch: all events are checked before any is stored, so a refused batch changes
// nothing, and a resent batch ends in the same state (events with IDs complete themselves).

namespace {

// The event at \a index of the batch: an object, or its JSON text.
std::optional<json> batchEntry(const json &entry, qsizetype index, QString *error)
{
    const json wrapper { { "event", entry } };
    std::optional<json> event = unwrapObject(wrapper, "event", error);
    if (!event)
        *error = QStringLiteral("events.%1: %2").arg(index).arg(*error);
    return event;
}

// With is_single_session every event joins one session: the first session_id given, or a new one.
std::string sharedSessionId(const std::vector<json> &events)
{
    for (const json &event : events) {
        const auto it = event.find("session_id");
        if (it != event.end() && it->is_string())
            return it->get<std::string>();
    }
    return generateId().toStdString();
}

// is_single_session, or single_session as the Python SDK's model of POST /v1/events/batch names
// it (PostEventBatchRequest); both may be given if they agree.
bool readSingleSession(const json &request, bool *single, QString *error)
{
    std::optional<bool> given;
    for (const char *key : { "is_single_session", "single_session" }) {
        const auto it = request.find(key);
        if (it == request.end())
            continue;
        if (!it->is_boolean())
            return fail(error, QStringLiteral("%1: must be a boolean").arg(QLatin1String(key)));
        if (given && *given != it->get<bool>())
            return fail(error, QStringLiteral("is_single_session and single_session disagree"));
        given = it->get<bool>();
    }
    *single = given.value_or(false);
    return true;
}

json sessionEvent(const std::string &sessionId, const json &properties)
{
    json session = properties.is_object() ? properties : json::object();
    session["event_type"] = "session";
    session["event_id"] = sessionId;
    session["session_id"] = sessionId;
    if (session.contains("session_name") && !session.contains("event_name"))
        session["event_name"] = session["session_name"];
    return session;
}

} // namespace

WriteResult EventsApi::createBatch(const QByteArray &body)
{
    QString error;
    std::optional<json> request = parseRequestJson(body, &error);
    if (!request)
        return WriteResult::refused(error);
    if (!request->is_object() || !request->contains("events") || !(*request)["events"].is_array())
        return WriteResult::refused(QStringLiteral("\"events\" must be an array"));
    const json &entries = (*request)["events"];
    if (entries.empty() || qsizetype(entries.size()) > m_options.maxBatchEvents)
        return WriteResult::refused(
            QStringLiteral("\"events\" must hold 1 to %1 events").arg(m_options.maxBatchEvents));
    bool single = false;
    if (!readSingleSession(*request, &single, &error))
        return WriteResult::refused(error);

    std::vector<json> events;
    for (qsizetype i = 0; i < qsizetype(entries.size()); ++i) {
        std::optional<json> event = batchEntry(entries[i], i, &error);
        if (!event)
            return WriteResult::refused(error);
        events.push_back(std::move(*event));
    }
    json reply { { "success", true }, { "event_ids", json::array() } };
    std::vector<json> prepared;
    if (single) {
        const std::string sessionId = sharedSessionId(events);
        for (json &event : events)
            event["session_id"] = sessionId;
        reply["session_id"] = sessionId;
        if (!m_store.contains(QString::fromStdString(sessionId))) {
            std::optional<json> session = prepareNewEvent(
                m_store, sessionEvent(sessionId, request->value("session_properties", json())),
                m_options.mergeRule, QStringLiteral("session_properties."), &error);
            if (!session)
                return WriteResult::refused(error);
            prepared.push_back(std::move(*session));
        }
    }
    for (size_t i = 0; i < events.size(); ++i) {
        std::optional<json> event
            = prepareNewEvent(m_store, std::move(events[i]), m_options.mergeRule,
                              QStringLiteral("events.%1.").arg(i), &error);
        if (!event)
            return WriteResult::refused(error);
        reply["event_ids"].push_back((*event)["event_id"]);
        prepared.push_back(std::move(*event));
    }
    const int writes = int(prepared.size());
    for (json &event : prepared)
        m_store.put(std::move(event));
    return { HttpReply::json(200, QByteArray::fromStdString(reply.dump())), writes };
}

} // namespace FeedbackKit
