#pragma once

#include <FeedbackKit/Client>

#include <QAbstractItemModel>
#include <QObject>
#include <QtQml/qqml.h>

namespace FeedbackKitDemo {

class Backend;
class ChatModel;
class Conversation;
class LocalAssistant;

/*!
 * \brief The chat as QML sees it: the conversation's model, the session, the client its
 * answers' feedback goes through, the offline switch, and send().
 *
 * It holds no rule of its own: the Conversation (demo core) logs every answer as an event of
 * the session, exactly as in the widgets demo; this class only names things for QML. The
 * program makes it and hands it to the window (its \c chat property).
 */
class ChatController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The program makes the chat and hands it to the window.")
    Q_PROPERTY(QAbstractItemModel *model READ model CONSTANT)
    Q_PROPERTY(QString sessionId READ sessionId CONSTANT)
    Q_PROPERTY(FeedbackKit::Client *client READ client CONSTANT)
    Q_PROPERTY(bool answering READ isAnswering NOTIFY answeringChanged)
    Q_PROPERTY(bool offline READ isOffline WRITE setOffline NOTIFY offlineChanged)
    Q_PROPERTY(QString backendDescription READ backendDescription NOTIFY backendDescriptionChanged)

public:
    /*! Who wrote a message (the model's \c author role). */
    enum Author { User, Assistant };
    Q_ENUM(Author)

    explicit ChatController(Backend *backend, QObject *parent = nullptr);

    QAbstractItemModel *model() const;
    QString sessionId() const;
    FeedbackKit::Client *client() const;
    bool isAnswering() const;
    bool isOffline() const;
    void setOffline(bool offline);
    QString backendDescription() const;

    Conversation *conversation() const { return m_conversation; }
    LocalAssistant *assistant() const { return m_assistant; }

    /*! Sends \a prompt as the user's message; the assistant answers it. */
    Q_INVOKABLE void send(const QString &prompt);
    /*!
     * Streams another answer to the prompt of the answer logged as \a eventId, logged as
     * \a newEventId (the one the RegenerateHook handed out); an unknown \a eventId does nothing.
     */
    Q_INVOKABLE void regenerate(const QString &eventId, const QString &newEventId);
    /*! Replaces the text of the answer logged as \a eventId by the user's correction. */
    Q_INVOKABLE void correct(const QString &eventId, const QString &text);

Q_SIGNALS:
    void answeringChanged();
    void offlineChanged();
    /*! The description's words changed (another server, or another language). */
    void backendDescriptionChanged();

private:
    Backend *m_backend;
    ChatModel *m_model;
    LocalAssistant *m_assistant;
    Conversation *m_conversation;
};

} // namespace FeedbackKitDemo
