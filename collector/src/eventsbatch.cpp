// POST /events/batch: all events are checked before any is stored, so a refused batch changes
// nothing, and a resent batch ends in the same state (events with IDs complete themselves).

#include "eventsapi_p.h"
#include "eventstore_p.h"
#include "failure_p.h"
#include "requestjson_p.h"

#include <FeedbackKit/Target>

namespace FeedbackKit {

using json = nlohmann::json;

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
