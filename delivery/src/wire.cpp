#include "wire_p.h"

#include "bytes_p.h"
#include "eventtiming_p.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace FeedbackKit {

namespace {
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

QByteArray updateEventBody(const QString &eventId, Channel channel, const QByteArray &stateJson)
{
    // eventId is a validated UUID (no characters that need escaping), so the body can be
    // assembled without a JSON round trip on the hot delivery path.
    return concatenated(
        { "{\"event_id\":\"", eventId.toLatin1(),
          channel == Channel::Expert ? "\",\"metrics\":" : "\",\"feedback\":", stateJson, "}" });
}

QByteArray startSessionBody(const Session &session, const ClientConfig &config)
{
    QJsonObject object { { QStringLiteral("session_id"), session.id() } };
    if (const QString name = session.project().isEmpty() ? config.project : session.project();
        !name.isEmpty())
        object.insert(QStringLiteral("project"), name);
    // The official SDKs' request model requires a name: the application's, when none is given.
    const QString appName = QCoreApplication::applicationName();
    object.insert(QStringLiteral("session_name"),
                  !session.sessionName().isEmpty() ? session.sessionName()
                      : !appName.isEmpty()         ? appName
                                                   : QStringLiteral("feedbackkit"));
    if (const QString source = session.source().isEmpty() ? config.source : session.source();
        !source.isEmpty())
        object.insert(QStringLiteral("source"), source);
    if (!session.userProperties().isEmpty())
        object.insert(QStringLiteral("user_properties"),
                      QJsonObject::fromVariantMap(session.userProperties()));
    // As HoneyHive's official SDKs send it: an object. (The preview OpenAPI file shows JSON
    // text in a string, which the TypeScript SDK's own request model refuses.)
    return "{\"session\":" + compact(object) + '}';
}

QByteArray createEventBody(const QString &eventId, const QString &sessionId, QJsonObject fields,
                           const ClientConfig &config, qint64 nowMs)
{
    fields.insert(QStringLiteral("event_id"), eventId);
    fields.insert(QStringLiteral("session_id"), sessionId);
    for (const auto &[key, value] : { std::pair { QStringLiteral("project"), config.project },
                                      std::pair { QStringLiteral("source"), config.source } }) {
        if (!fields.contains(key) && !value.isEmpty())
            fields.insert(key, value);
    }
    completeEventTiming(fields, nowMs);
    if (!fields.contains(QStringLiteral("event_type")))
        fields.insert(QStringLiteral("event_type"), QStringLiteral("chain"));
    // Required by the official SDKs' request model: a name (the type, unless given) and a
    // configuration (empty, unless given).
    if (!fields.contains(QStringLiteral("event_name")))
        fields.insert(QStringLiteral("event_name"), fields.value(QStringLiteral("event_type")));
    if (!fields.contains(QStringLiteral("config")))
        fields.insert(QStringLiteral("config"), QJsonObject());
    if (!fields.contains(QStringLiteral("inputs")))
        fields.insert(QStringLiteral("inputs"), QJsonObject());
    return "{\"event\":" + compact(fields) + '}'; // an object, as for the session
}

QByteArray methodOf(ItemKind kind)
{
    return isFeedbackKind(kind) ? QByteArrayLiteral("PUT") : QByteArrayLiteral("POST");
}

QString pathOf(ItemKind kind)
{
    return kind == ItemKind::StartSession ? QStringLiteral("/session/start")
                                          : QStringLiteral("/events");
}

} // namespace FeedbackKit
