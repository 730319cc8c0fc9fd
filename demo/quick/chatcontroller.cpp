#include "chatcontroller.h"
#include "backend.h"
#include "chatmodel.h"
#include "conversation.h"
#include "localassistant.h"

namespace FeedbackKitDemo {

static_assert(int(ChatController::User) == int(ChatMessage::Author::User));
static_assert(int(ChatController::Assistant) == int(ChatMessage::Author::Assistant));

ChatController::ChatController(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_model(new ChatModel(this))
    , m_assistant(new LocalAssistant(this))
    , m_conversation(new Conversation(m_model, m_assistant, this))
{
    m_conversation->start(backend->client(), backend->project(),
                          QStringLiteral("feedbackkit-quick-demo"));
    connect(m_conversation, &Conversation::answerFinished, this, &ChatController::answeringChanged);
    connect(backend, &Backend::offlineChanged, this, &ChatController::offlineChanged);
    connect(backend, &Backend::configurationChanged, this,
            &ChatController::backendDescriptionChanged);
}

QAbstractItemModel *ChatController::model() const
{
    return m_model;
}

QString ChatController::sessionId() const
{
    return m_conversation->session().id();
}

FeedbackKit::Client *ChatController::client() const
{
    return m_backend->client();
}

bool ChatController::isAnswering() const
{
    return m_conversation->isAnswering();
}

bool ChatController::isOffline() const
{
    return m_backend->isOffline();
}

void ChatController::setOffline(bool offline)
{
    // The widgets demo's mechanism: the Backend points the client at an address where nothing
    // listens, so the outbox holds everything until the switch goes back.
    m_backend->setOffline(offline);
}

QString ChatController::backendDescription() const
{
    return m_backend->description();
}

void ChatController::send(const QString &prompt)
{
    const bool wasAnswering = isAnswering();
    m_conversation->send(prompt);
    if (isAnswering() != wasAnswering)
        Q_EMIT answeringChanged();
}

void ChatController::regenerate(const QString &eventId, const QString &newEventId)
{
    const int row = m_model->rowOfEvent(eventId);
    if (row < 0 || isAnswering())
        return;
    m_conversation->regenerate(row, newEventId);
    Q_EMIT answeringChanged();
}

void ChatController::correct(const QString &eventId, const QString &text)
{
    const int row = m_model->rowOfEvent(eventId);
    if (row >= 0)
        m_conversation->correct(row, text);
}

} // namespace FeedbackKitDemo
