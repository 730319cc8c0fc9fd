#include "chatpage.h"
#include "chatdelegate.h"
#include "chatmodel.h"
#include "conversation.h"
#include "messageactions.h"
#include "messagebar.h"
#include "visiblerowbars.h"

#include <FeedbackKit/AccessibleRows>
#include <FeedbackKit/Client>

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace FeedbackKitDemo {

ChatPage::ChatPage(ChatModel *model, Conversation *conversation, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_conversation(conversation)
    , m_view(new QListView(this))
    , m_input(new QLineEdit(this))
    , m_send(new QPushButton(this))
{
    m_view->setModel(model);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWordWrap(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_delegate = new ChatDelegate(m_view, [this](QWidget *parent, const QModelIndex &index) {
        return createBar(parent, index);
    });
    m_delegate->setBarHeight(MessageBar().sizeHint().height());
    m_view->setItemDelegate(m_delegate);
    // A screen reader reaches each answer's bar (thumbs, stars, comment, copy, regenerate,
    // edit) as the children of its row.
    FeedbackKit::exposeRowWidgets(m_view);
    m_bars = new VisibleRowBars(m_view);
    m_actions = new MessageActions(model, conversation, this);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(inputRow);

    connect(m_input, &QLineEdit::returnPressed, this, &ChatPage::sendInput);
    connect(m_send, &QPushButton::clicked, this, &ChatPage::sendInput);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChatPage::followNewRows);
    connect(model, &QAbstractItemModel::dataChanged, this, &ChatPage::followNewRows);
    retranslate();
}

void ChatPage::setClient(FeedbackKit::Client *client)
{
    m_client = client;
    m_actions->setClient(client);
}

QWidget *ChatPage::createBar(QWidget *parent, const QModelIndex &index)
{
    auto *bar = new MessageBar(parent);
    const QString eventId = index.data(ChatModel::EventIdRole).toString();
    const QString sessionId = m_conversation->session().id();
    if (m_client && !sessionId.isEmpty())
        bar->bind(m_client, FeedbackKit::Target::event(eventId, sessionId));
    m_actions->connectBar(bar, eventId);
    return bar;
}

MessageBar *ChatPage::revealBar(int row)
{
    const QModelIndex index = m_model->index(row);
    m_view->scrollTo(index);
    m_bars->updateNow();
    return qobject_cast<MessageBar *>(m_view->indexWidget(index));
}

void ChatPage::sendText(const QString &text)
{
    m_input->setText(text);
    sendInput();
}

void ChatPage::sendInput()
{
    const QString text = m_input->text();
    if (text.trimmed().isEmpty())
        return;
    m_input->clear();
    m_conversation->send(text);
}

void ChatPage::followNewRows()
{
    // Keep the newest message in sight while it streams, unless the user scrolled up to read.
    QScrollBar *scrollBar = m_view->verticalScrollBar();
    const bool nearBottom = scrollBar->value() >= scrollBar->maximum() - 80;
    if (nearBottom)
        QMetaObject::invokeMethod(m_view, &QListView::scrollToBottom, Qt::QueuedConnection);
}

void ChatPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChatPage::retranslate()
{
    m_input->setPlaceholderText(
        tr("Ask something — try “hello”, “feedback” or “offline”", "@info:placeholder"));
    m_input->setAccessibleName(tr("Message", "@label:textbox"));
    m_send->setText(tr("Send", "@action:button send the message"));
    m_view->setAccessibleName(tr("Conversation", "@label:listbox"));
}

} // namespace FeedbackKitDemo
