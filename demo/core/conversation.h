#pragma once

#include <FeedbackKit/Session>

#include <QHash>
#include <QObject>

namespace FeedbackKit {
class Client;
}

namespace FeedbackKitDemo {

class ChatModel;
class LocalAssistant;

/*!
 * \brief The chat's logic: a session started through the client, prompts answered by the
 * local assistant, and each answer logged as an event so feedback attaches to a real span.
 */
class Conversation : public QObject
{
    Q_OBJECT

public:
    Conversation(ChatModel *model, LocalAssistant *assistant, QObject *parent = nullptr);

    /*!
     * Starts a new session on \a client (POST /session/start, queued durably) and makes it
     * the current one. Answers are logged to it from then on. \a source names the program
     * in the session, so the two demos' sessions are told apart on the server.
     */
    void start(FeedbackKit::Client *client, const QString &project,
               const QString &source = QStringLiteral("feedbackkit-demo"));
    FeedbackKit::Session session() const { return m_session; }
    /*! The messages, the answers among them with the event each was logged as. */
    ChatModel *model() const { return m_model; }

    /*! Adds the user's \a prompt and streams the assistant's answer to it. */
    void send(const QString &prompt);
    /*!
     * Streams another answer to the prompt of the answer at \a row, logged as \a eventId
     * (the RegenerateHook hands out the new response's target).
     */
    void regenerate(int row, const QString &eventId);
    /*! Replaces the text of the answer at \a row by the user's correction. */
    void correct(int row, const QString &text);
    bool isAnswering() const { return m_streamingRow >= 0; }

Q_SIGNALS:
    /*! The answer at \a row is complete and logged. */
    void answerFinished(int row);
    /*! The client refused to queue the session or an event; \a error says why. */
    void loggingFailed(const QString &error);

private:
    void answer(const QString &prompt, int attempt, const QString &eventId);
    void finishAnswer(const QString &text);
    void logAnswer(int row);

    ChatModel *m_model;
    LocalAssistant *m_assistant;
    FeedbackKit::Client *m_client = nullptr;
    FeedbackKit::Session m_session;
    QHash<QString, int> m_attempts;
    int m_streamingRow = -1;
};

} // namespace FeedbackKitDemo
