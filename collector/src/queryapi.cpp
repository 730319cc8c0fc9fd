// The read endpoints: one event, one session with its events, one session event.

#include "eventsapi_p.h"
#include "eventstore_p.h"
#include "requestjson_p.h"

#include <FeedbackKit/Target>

namespace FeedbackKit {

using json = nlohmann::json;

namespace {

HttpReply okJson(const json &body)
{
    return HttpReply::json(
        200, QByteArray::fromStdString(body.dump(-1, ' ', false, json::error_handler_t::replace)));
}

} // namespace

HttpReply getEvent(const EventStore &store, const QString &eventId)
{
    QString why;
    if (!isValidId(eventId, &why))
        return HttpReply::error(400, QStringLiteral("event id: %1").arg(why));
    std::optional<json> event = store.get(eventId);
    if (!event)
        return HttpReply::error(404, QStringLiteral("no event %1").arg(eventId));
    return okJson(*event);
}

HttpReply getSession(const EventStore &store, const QString &sessionId)
{
    QString why;
    if (!isValidId(sessionId, &why))
        return HttpReply::error(400, QStringLiteral("session id: %1").arg(why));
    const std::string id = sessionId.toStdString();
    json children = json::array();
    store.forEach([&](const json &event) {
        const auto session = event.find("session_id");
        if (session != event.end() && *session == id
            && event.value("event_id", std::string()) != id)
            children.push_back(event);
    });
    std::optional<json> session = store.get(sessionId);
    if (!session && children.empty())
        return HttpReply::error(404, QStringLiteral("no session %1").arg(sessionId));
    // Events can name a session that was never started here (it lives in another service).
    json tree = session ? std::move(*session)
                        : json { { "event_id", id },
                                 { "session_id", id },
                                 { "event_type", "session" },
                                 { "placeholder", true } };
    tree["children"] = std::move(children);
    return okJson(tree);
}

HttpReply getSessionEvent(const EventStore &store, const QString &sessionId)
{
    QString why;
    if (!isValidId(sessionId, &why))
        return HttpReply::error(400, QStringLiteral("session id: %1").arg(why));
    std::optional<json> event = store.get(sessionId);
    if (!event)
        return HttpReply::error(404, QStringLiteral("no session %1").arg(sessionId));
    const QString type = stringField(*event, "event_type");
    const auto placeholder = event->find("placeholder");
    if (type != QLatin1String("session")
        && !(placeholder != event->end() && *placeholder == true)) {
        return HttpReply::error(
            404, QStringLiteral("no session %1: it is a %2 event").arg(sessionId, type));
    }
    return okJson(*event);
}

} // namespace FeedbackKit
