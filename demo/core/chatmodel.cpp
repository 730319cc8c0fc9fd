#include "chatmodel.h"

namespace FeedbackKitDemo {

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChatMessage &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return message.text;
    case AuthorRole:
        return int(message.author);
    case EventIdRole:
        return message.eventId;
    case StreamingRole:
        return message.streaming;
    case PromptRole:
        return message.prompt;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(AuthorRole, "author");
    names.insert(EventIdRole, "eventId");
    names.insert(StreamingRole, "streaming");
    names.insert(PromptRole, "prompt");
    return names;
}

int ChatModel::append(const ChatMessage &message)
{
    const int row = int(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages.append(message);
    endInsertRows();
    return row;
}

void ChatModel::appendAll(const QList<ChatMessage> &messages)
{
    if (messages.isEmpty())
        return;
    const int first = int(m_messages.size());
    beginInsertRows({}, first, first + int(messages.size()) - 1);
    m_messages.append(messages);
    endInsertRows();
}

int ChatModel::rowOfEvent(const QString &eventId) const
{
    // Searched from the end: feedback almost always concerns a recent answer.
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        if (m_messages.at(row).eventId == eventId)
            return row;
    }
    return -1;
}

void ChatModel::appendText(int row, const QString &text)
{
    m_messages[row].text += text;
    changed(row, { Qt::DisplayRole });
}

void ChatModel::setText(int row, const QString &text)
{
    m_messages[row].text = text;
    changed(row, { Qt::DisplayRole });
}

void ChatModel::setStreaming(int row, bool streaming)
{
    m_messages[row].streaming = streaming;
    changed(row, { StreamingRole });
}

void ChatModel::setEventId(int row, const QString &eventId)
{
    m_messages[row].eventId = eventId;
    changed(row, { EventIdRole });
}

void ChatModel::clear()
{
    beginResetModel();
    m_messages.clear();
    endResetModel();
}

void ChatModel::changed(int row, const QList<int> &roles)
{
    const QModelIndex changedIndex = index(row);
    Q_EMIT dataChanged(changedIndex, changedIndex, roles);
}

} // namespace FeedbackKitDemo
