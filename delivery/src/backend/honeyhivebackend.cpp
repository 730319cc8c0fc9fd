#include "honeyhivebackend_p.h"

#include "bytes_p.h"
#include "eventtiming_p.h"
#include "removals_p.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace FeedbackKit {

namespace {
QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray updateEventBody(const QString &eventId, Channel channel, const QByteArray &stateJson)
{
    // eventId is a validated UUID (no characters that need escaping), so the body can be
    // assembled without a JSON round trip on the hot delivery path.
    return concatenated(
        { "{\"event_id\":\"", eventId.toLatin1(),
          channel == Channel::Expert ? "\",\"metrics\":" : "\",\"feedback\":", stateJson, "}" });
}

// A 2xx whose JSON body says the update did not happen. The cheap test first: this runs for
// every delivered item.
bool saysUnsuccessful(const QByteArray &body)
{
    if (!body.contains("false"))
        return false;
    const QJsonValue success
        = QJsonDocument::fromJson(body).object().value(QLatin1String("success"));
    return success.isBool() && !success.toBool();
}

// A 404 about the event (a JSON answer from the API), not about the path: a wrong base URL
// meets a web server's page, a proxy's, or a router's "no such endpoint" / "Cannot PUT".
bool isAboutTheEvent(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return false;
    const QByteArray text = body.toLower();
    return !text.contains("endpoint") && !text.contains("route") && !text.contains("cannot put");
}

// The fields the official SDKs' request model requires, where the caller left them out: a
// type, a name (the type, unless given), a configuration and inputs (empty, unless given).
void completeRequiredEventFields(QJsonObject &fields)
{
    if (!fields.contains(QStringLiteral("event_type")))
        fields.insert(QStringLiteral("event_type"), QStringLiteral("chain"));
    if (!fields.contains(QStringLiteral("event_name")))
        fields.insert(QStringLiteral("event_name"), fields.value(QStringLiteral("event_type")));
    if (!fields.contains(QStringLiteral("config")))
        fields.insert(QStringLiteral("config"), QJsonObject());
    if (!fields.contains(QStringLiteral("inputs")))
        fields.insert(QStringLiteral("inputs"), QJsonObject());
}
} // namespace

HoneyHiveBackend::HoneyHiveBackend(const ClientConfig &config)
{
    setConfig(config);
}

void HoneyHiveBackend::setConfig(const ClientConfig &config)
{
    m_project = config.project;
    m_source = config.source;
}

WireRequest HoneyHiveBackend::request(const ItemKey &key, const Target &, const Feedback &state,
                                      const Feedback &removals, const QByteArray &payload) const
{
    if (!isFeedbackKind(key.kind)) {
        return { QByteArrayLiteral("POST"),
                 key.kind == ItemKind::StartSession ? QStringLiteral("/session/start")
                                                    : QStringLiteral("/events"),
                 payload };
    }
    return { QByteArrayLiteral("PUT"), QStringLiteral("/events"),
             updateEventBody(key.eventId, channelOf(key.kind),
                             Removals::withRemovals(state, removals)) };
}

Outcome HoneyHiveBackend::classify(const HttpAnswer &answer, const WireRequest &request) const
{
    const int status = answer.status;
    if (status >= 200 && status < 300)
        return saysUnsuccessful(answer.body) ? Outcome::NotYet : Outcome::Delivered;
    if (status == 401 || status == 403)
        return Outcome::Pause;
    if (status == 408 || status == 429 || status >= 500)
        return Outcome::Retry;
    if (status == 404) {
        return request.method == "PUT" && isAboutTheEvent(answer.body) ? Outcome::NotYet
                                                                       : Outcome::Pause;
    }
    if (status != 0)
        return Outcome::Quarantine;
    // No HTTP answer. A redirect we refused (another origin, a loop) or a proxy that refuses
    // will not change by retrying, and says nothing about the item; everything else
    // (refused, reset, timeout, DNS, TLS handshake, an unreachable proxy) may pass.
    return answer.refusedRedirect || answer.proxyRefused ? Outcome::Pause : Outcome::Retry;
}

QString HoneyHiveBackend::pauseReason(const HttpAnswer &answer, const WireRequest &request) const
{
    if (answer.status == 401 || answer.status == 403)
        return QCoreApplication::translate("FeedbackKit::Client",
                                           "the server refused the API key (HTTP %1)")
            .arg(answer.status);
    if (answer.status == 404)
        //: %1 is the path of the request, such as /events
        return QCoreApplication::translate("FeedbackKit::Client",
                                           "the API URL has no %1 (HTTP 404): check the API URL")
            .arg(request.path);
    if (answer.proxyRefused)
        //: %1 is the network error, as Qt reports it
        return QCoreApplication::translate("FeedbackKit::Client", "%1: check the proxy settings")
            .arg(answer.error);
    //: %1 is the network error (a refused redirect), as Qt reports it
    return QCoreApplication::translate("FeedbackKit::Client", "%1: check the API URL")
        .arg(answer.error);
}

QList<ItemKey> HoneyHiveBackend::prerequisites(const ItemKey &key, const Target &target) const
{
    if (isFeedbackKind(key.kind))
        return { { key.eventId, ItemKind::LogEvent }, { key.eventId, ItemKind::StartSession } };
    if (key.kind == ItemKind::LogEvent)
        return { { target.sessionId(), ItemKind::StartSession } };
    return {};
}

QByteArray HoneyHiveBackend::startSessionBody(const Session &session) const
{
    QJsonObject object { { QStringLiteral("session_id"), session.id() } };
    if (const QString name = session.project().isEmpty() ? m_project : session.project();
        !name.isEmpty())
        object.insert(QStringLiteral("project"), name);
    // The official SDKs' request model requires a name: the application's, when none is given.
    const QString appName = QCoreApplication::applicationName();
    object.insert(QStringLiteral("session_name"),
                  !session.sessionName().isEmpty() ? session.sessionName()
                      : !appName.isEmpty()         ? appName
                                                   : QStringLiteral("feedbackkit"));
    if (const QString source = session.source().isEmpty() ? m_source : session.source();
        !source.isEmpty())
        object.insert(QStringLiteral("source"), source);
    if (!session.userProperties().isEmpty())
        object.insert(QStringLiteral("user_properties"),
                      QJsonObject::fromVariantMap(session.userProperties()));
    // As HoneyHive's official SDKs send it: an object. (The preview OpenAPI file shows JSON
    // text in a string, which the TypeScript SDK's own request model refuses.)
    return "{\"session\":" + compactJson(object) + '}';
}

QByteArray HoneyHiveBackend::createEventBody(const QString &eventId, const QString &sessionId,
                                             QJsonObject fields, qint64 nowMs) const
{
    fields.insert(QStringLiteral("event_id"), eventId);
    fields.insert(QStringLiteral("session_id"), sessionId);
    for (const auto &[key, value] : { std::pair { QStringLiteral("project"), m_project },
                                      std::pair { QStringLiteral("source"), m_source } }) {
        if (!fields.contains(key) && !value.isEmpty())
            fields.insert(key, value);
    }
    completeEventTiming(fields, nowMs);
    completeRequiredEventFields(fields);
    return "{\"event\":" + compactJson(fields) + '}'; // an object, as for the session
}

} // namespace FeedbackKit
