#include "statedump.h"
#include "backend.h"
#include "chatmodel.h"
#include "conversation.h"

#include <FeedbackKit/Collector>

#include <QJsonArray>

namespace FeedbackKitDemo {

namespace {

QString kindName(Backend::Kind kind)
{
    switch (kind) {
    case Backend::Kind::Embedded:
        return QStringLiteral("embedded");
    case Backend::Kind::ExternalCollector:
        return QStringLiteral("collector");
    case Backend::Kind::HoneyHive:
        return QStringLiteral("honeyhive");
    }
    return {};
}

QJsonObject storedEvent(const Backend *backend, const FeedbackKit::Target &target)
{
    if (backend->collector())
        return backend->collector()->event(target.eventId());
    // Without a collector to read back from, the client's view of the target is the best
    // evidence this process has.
    return { { QStringLiteral("feedback"), backend->client()->state(target).toJsonObject() } };
}

QJsonArray answers(const Backend *backend, const Conversation *conversation)
{
    QJsonArray list;
    const ChatModel *model = conversation->model();
    const QString sessionId = conversation->session().id();
    for (int row = 0; row < model->rowCount(); ++row) {
        const ChatMessage &message = model->message(row);
        if (message.author != ChatMessage::Author::Assistant)
            continue;
        const auto target = FeedbackKit::Target::event(message.eventId, sessionId);
        list.append(QJsonObject { { QStringLiteral("event_id"), message.eventId },
                                  { QStringLiteral("prompt"), message.prompt },
                                  { QStringLiteral("text"), message.text },
                                  { QStringLiteral("stored"), storedEvent(backend, target) } });
    }
    return list;
}

} // namespace

QJsonObject dumpState(const Backend *backend, const Conversation *conversation)
{
    const FeedbackKit::Client *client = backend->client();
    const QString sessionId = conversation->session().id();
    return {
        { QStringLiteral("backend"), kindName(backend->kind()) },
        { QStringLiteral("server"), backend->serverUrl().toString() },
        { QStringLiteral("database"), backend->databasePath() },
        { QStringLiteral("session_id"), sessionId },
        { QStringLiteral("session"),
          storedEvent(backend, FeedbackKit::Target::session(sessionId)) },
        { QStringLiteral("pending"), client->pendingCount() },
        { QStringLiteral("quarantined"), client->quarantinedCount() },
        { QStringLiteral("answers"), answers(backend, conversation) },
    };
}

} // namespace FeedbackKitDemo
