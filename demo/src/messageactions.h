#pragma once

#include <FeedbackKit/Target>

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace FeedbackKit {
class Client;
}

namespace FeedbackKitDemo {

class ChatModel;
class EditAnswerDialog;
class Conversation;
class MessageBar;

/*!
 * \brief What Copy, Regenerate and Edit do to an answer, and the implicit feedback each one
 * records through the library's hooks.
 *
 * Actions are addressed by the answer's event ID rather than by row or bar, because bars come
 * and go as the chat scrolls.
 */
class MessageActions : public QObject
{
    Q_OBJECT

public:
    MessageActions(ChatModel *model, Conversation *conversation, QWidget *dialogParent);

    void setClient(FeedbackKit::Client *client);
    /*! Routes the buttons of \a bar to the answer logged as \a eventId. */
    void connectBar(MessageBar *bar, const QString &eventId);

    /*! Puts the answer on the clipboard (the CopyHook sees the button and the clipboard). */
    void copy(const QString &eventId);
    /*! Streams another answer to the same prompt, logged as \a newEventId. */
    void regenerate(const QString &eventId, const QString &newEventId);
    /*! Opens an editor for the answer; it does not block: the correction arrives later. */
    EditAnswerDialog *edit(const QString &eventId);

private:
    FeedbackKit::Target targetOf(const QString &eventId) const;

    ChatModel *m_model;
    Conversation *m_conversation;
    QWidget *m_dialogParent;
    QPointer<FeedbackKit::Client> m_client;
};

} // namespace FeedbackKitDemo
