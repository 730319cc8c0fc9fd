#include "conversation.h"
#include "chatmodel.h"
#include "localassistant.h"

#include <FeedbackKit/Client>
#include <FeedbackKit/Target>

#include <QJsonArray>

namespace FeedbackKitDemo {

Conversation::Conversation(ChatModel *model, LocalAssistant *assistant, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_assistant(assistant)
{
    connect(m_assistant, &LocalAssistant::streamed, this, [this](const QString &piece) {
        if (m_streamingRow >= 0)
            m_model->appendText(m_streamingRow, piece);
    });
    connect(m_assistant, &LocalAssistant::finished, this, &Conversation::finishAnswer);
}

void Conversation::start(FeedbackKit::Client *client, const QString &project, const QString &source)
{
    m_client = client;
    m_session = FeedbackKit::Session::create(project, source);
    m_session.setSessionName(QStringLiteral("FeedbackKit demo chat"));
    QString error;
    if (!m_client->startSession(m_session, &error))
        Q_EMIT loggingFailed(error);
    FeedbackKit::Session::setCurrent(m_session);
}

void Conversation::send(const QString &prompt)
{
    const QString trimmed = prompt.trimmed();
    if (trimmed.isEmpty())
        return;
    ChatMessage message;
    message.author = ChatMessage::Author::User;
    message.text = trimmed;
    m_model->append(message);
    // The span ID is made here, before the answer exists, as a tracer would when the model
    // call starts; the event is logged with it once the answer is complete.
    answer(trimmed, m_attempts.value(trimmed), FeedbackKit::generateId());
}

void Conversation::regenerate(int row, const QString &eventId)
{
    const QString prompt = m_model->message(row).prompt;
    const int attempt = m_attempts.value(prompt) + 1;
    m_attempts.insert(prompt, attempt);
    answer(prompt, attempt, eventId);
}

void Conversation::correct(int row, const QString &text)
{
    m_model->setText(row, text);
}

void Conversation::answer(const QString &prompt, int attempt, const QString &eventId)
{
    ChatMessage message;
    message.author = ChatMessage::Author::Assistant;
    message.prompt = prompt;
    message.eventId = eventId;
    message.streaming = true;
    m_streamingRow = m_model->append(message);
    m_assistant->stream(m_assistant->answerFor(prompt, attempt));
}

void Conversation::finishAnswer(const QString &text)
{
    const int row = m_streamingRow;
    if (row < 0)
        return;
    m_streamingRow = -1;
    m_model->setText(row, text);
    m_model->setStreaming(row, false);
    logAnswer(row);
    Q_EMIT answerFinished(row);
}

void Conversation::logAnswer(int row)
{
    if (!m_client || !m_session.isValid())
        return;
    const ChatMessage &message = m_model->message(row);
    const QJsonObject userTurn { { QStringLiteral("role"), QStringLiteral("user") },
                                 { QStringLiteral("content"), message.prompt } };
    const QJsonObject fields {
        { QStringLiteral("event_type"), QStringLiteral("model") },
        { QStringLiteral("event_name"), QStringLiteral("local-assistant") },
        { QStringLiteral("config"),
          QJsonObject { { QStringLiteral("model"), QStringLiteral("canned-and-echo") } } },
        { QStringLiteral("inputs"),
          QJsonObject { { QStringLiteral("chat_history"), QJsonArray { userTurn } } } },
        { QStringLiteral("outputs"),
          QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                        { QStringLiteral("content"), message.text } } },
    };
    QString error;
    if (!m_client->logEvent(message.eventId, m_session.id(), fields, &error))
        Q_EMIT loggingFailed(error);
}

} // namespace FeedbackKitDemo
