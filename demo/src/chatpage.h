#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QListView;
class QPushButton;
QT_END_NAMESPACE

namespace FeedbackKit {
class Client;
}

namespace FeedbackKitDemo {

class ChatModel;
class ChatDelegate;
class Conversation;
class MessageBar;
class MessageActions;
class VisibleRowBars;

/*!
 * \brief The chat tab: the conversation as one item view, and the line the user types in.
 */
class ChatPage : public QWidget
{
    Q_OBJECT

public:
    ChatPage(ChatModel *model, Conversation *conversation, QWidget *parent = nullptr);

    /*! The client the answers' feedback bars and actions write to. */
    void setClient(FeedbackKit::Client *client);

    QListView *view() const { return m_view; }
    VisibleRowBars *bars() const { return m_bars; }
    MessageActions *actions() const { return m_actions; }
    /*! Scrolls to \a row and returns its bar (nullptr for a row without one). */
    MessageBar *revealBar(int row);
    /*! Types \a text into the input line and sends it, as the user would. */
    void sendText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createBar(QWidget *parent, const QModelIndex &index);
    void sendInput();
    void followNewRows();
    void retranslate();

    ChatModel *m_model;
    Conversation *m_conversation;
    FeedbackKit::Client *m_client = nullptr;
    QListView *m_view;
    ChatDelegate *m_delegate;
    VisibleRowBars *m_bars;
    MessageActions *m_actions;
    QLineEdit *m_input;
    QPushButton *m_send;
};

} // namespace FeedbackKitDemo
