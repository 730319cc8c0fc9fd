#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace FeedbackKitDemo {

/*! One message of the conversation. */
struct ChatMessage
{
    enum class Author { User, Assistant };

    Author author = Author::User;
    QString text;
    /*! Assistant messages: the span the answer was logged as; feedback attaches to it. */
    QString eventId;
    /*! Assistant messages: the prompt answered, so Regenerate can ask again. */
    QString prompt;
    /*! True while the assistant is still streaming words into the message. */
    bool streaming = false;
};

/*!
 * \brief The conversation as a list model, so a long chat is one item view (no widget per row).
 */
class ChatModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        AuthorRole = Qt::UserRole + 1,
        EventIdRole,
        StreamingRole,
        PromptRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /*! Appends \a message; returns its row. */
    int append(const ChatMessage &message);
    /*! Appends many messages in one insertion (one layout pass for the view). */
    void appendAll(const QList<ChatMessage> &messages);
    const ChatMessage &message(int row) const { return m_messages.at(row); }
    /*! The row of the assistant message logged as \a eventId, or -1. */
    int rowOfEvent(const QString &eventId) const;

    void appendText(int row, const QString &text);
    void setText(int row, const QString &text);
    void setStreaming(int row, bool streaming);
    void setEventId(int row, const QString &eventId);
    void clear();

private:
    void changed(int row, const QList<int> &roles);
    QList<ChatMessage> m_messages;
};

} // namespace FeedbackKitDemo
