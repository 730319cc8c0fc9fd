// The bodies that only the library API sends (the CLI cannot): POST /session/start and
// POST /events, through Client::startSession() and Client::logEvent(), for the SDK test.
//
//   feedbackkit-sdk-creationhelper OUTBOX SESSION_JSON [EVENT_JSON]
//
// SESSION_JSON holds the session's "project", "source", "session_name" and "user_properties"
// (each optional); EVENT_JSON, when given, is the fields passed to logEvent() as they are.
// Prints "session ID" and "event ID", then waits up to 10 s for delivery (HH_API_URL,
// HH_API_KEY, HH_PROJECT). Exit codes: 0 delivered, 1 not delivered in time, 2 unusable input.

#include <FeedbackKit/Client>
#include <FeedbackKit/Session>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

using namespace FeedbackKit;

namespace {

std::optional<QJsonObject> parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

Session sessionFrom(const QJsonObject &spec)
{
    Session session = Session::create(spec.value(QLatin1String("project")).toString(),
                                      spec.value(QLatin1String("source")).toString());
    session.setSessionName(spec.value(QLatin1String("session_name")).toString());
    session.setUserProperties(
        spec.value(QLatin1String("user_properties")).toObject().toVariantMap());
    return session;
}

void printId(const char *kind, const QString &id)
{
    std::printf("%s %s\n", kind, qPrintable(id));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const std::optional<QJsonObject> sessionSpec
        = args.size() >= 2 ? parseObject(args.at(1)) : std::nullopt;
    const std::optional<QJsonObject> eventFields
        = args.size() == 3 ? parseObject(args.at(2)) : std::nullopt;
    if (!sessionSpec || args.size() > 3 || (args.size() == 3 && !eventFields)) {
        std::fputs("usage: feedbackkit-sdk-creationhelper OUTBOX SESSION_JSON [EVENT_JSON]\n",
                   stderr);
        return 2;
    }
    ClientConfig config = ClientConfig::fromEnvironment();
    config.outboxPath = args.at(0);
    Client client(config);
    const Session session = sessionFrom(*sessionSpec);
    QString error;
    if (!client.startSession(session, &error)) {
        std::fprintf(stderr, "startSession: %s\n", qPrintable(error));
        return 2;
    }
    printId("session", session.id());
    if (eventFields) {
        const QString eventId = generateId();
        if (!client.logEvent(eventId, session.id(), *eventFields, &error)) {
            std::fprintf(stderr, "logEvent: %s\n", qPrintable(error));
            return 2;
        }
        printId("event", eventId);
    }
    return client.flush(std::chrono::seconds(10)) ? 0 : 1;
}
