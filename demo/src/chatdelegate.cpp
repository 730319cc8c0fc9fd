#include "chatdelegate.h"
#include "chatmodel.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace FeedbackKitDemo {

namespace {
constexpr int kRowMargin = 6;
constexpr int kBubblePadding = 10;
constexpr int kBubbleRadius = 10;
constexpr int kBarGap = 2;

bool isUser(const QModelIndex &index)
{
    return index.data(ChatModel::AuthorRole).toInt() == int(ChatMessage::Author::User);
}
} // namespace

ChatDelegate::ChatDelegate(QAbstractItemView *view, BarFactory barFactory)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_barFactory(std::move(barFactory))
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &ChatDelegate::messageChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_textSizes.clear(); });
}

void ChatDelegate::messageChanged(const QModelIndex &first, const QModelIndex &last)
{
    for (int row = first.row(); row <= last.row(); ++row)
        m_textSizes.remove(row);
    // A list view does not measure a row again when its data changes; this asks it to.
    for (int row = first.row(); row <= last.row(); ++row)
        Q_EMIT sizeHintChanged(first.siblingAtRow(row));
}

void ChatDelegate::setBarHeight(int height)
{
    m_barHeight = height;
}

bool ChatDelegate::hasBar(const QModelIndex &index)
{
    return !isUser(index) && !index.data(ChatModel::StreamingRole).toBool();
}

int ChatDelegate::bubbleWidth() const
{
    // Bubbles take at most three quarters of the view, like common chat applications.
    return qMax(160, m_view->viewport()->width() * 3 / 4);
}

QRect ChatDelegate::textRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int maxTextWidth = bubbleWidth() - 2 * kBubblePadding;
    if (maxTextWidth != m_textSizesWidth) {
        m_textSizes.clear();
        m_textSizesWidth = maxTextWidth;
    }
    auto cached = m_textSizes.constFind(index.row());
    if (cached != m_textSizes.constEnd())
        return QRect(QPoint(0, 0), *cached);
    const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, maxTextWidth, 1 << 20),
                                                         Qt::TextWordWrap, index.data().toString());
    const QSize size(qMax(bounds.width(), 8), qMax(bounds.height(), option.fontMetrics.height()));
    m_textSizes.insert(index.row(), size);
    return QRect(QPoint(0, 0), size);
}

QRect ChatDelegate::bubbleRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize text = textRect(option, index).size();
    const QSize bubble(text.width() + 2 * kBubblePadding, text.height() + 2 * kBubblePadding);
    // User messages sit on the trailing side, answers on the leading side; visualRect mirrors
    // that for right-to-left languages.
    const int x = isUser(index) ? option.rect.right() - kRowMargin - bubble.width() + 1
                                : option.rect.left() + kRowMargin;
    const QRect logical(QPoint(x, option.rect.top() + kRowMargin), bubble);
    return QStyle::visualRect(option.direction, option.rect, logical);
}

int ChatDelegate::barHeight(const QModelIndex &index) const
{
    if (!hasBar(index))
        return 0;
    const QWidget *bar = m_view->indexWidget(index);
    return kBarGap + (bar ? bar->sizeHint().height() : m_barHeight);
}

QSize ChatDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int bubbleHeight = textRect(option, index).height() + 2 * kBubblePadding;
    return QSize(m_view->viewport()->width(), bubbleHeight + 2 * kRowMargin + barHeight(index));
}

void ChatDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const QRect bubble = bubbleRect(option, index);
    const QPalette &palette = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(bubble).adjusted(0.5, 0.5, -0.5, -0.5), kBubbleRadius,
                        kBubbleRadius);
    const bool user = isUser(index);
    painter->fillPath(path, user ? palette.highlight() : palette.alternateBase());
    painter->setPen(palette.color(QPalette::Mid));
    painter->drawPath(path);
    painter->setPen(user ? palette.color(QPalette::HighlightedText)
                         : palette.color(QPalette::Text));
    // Each message runs in its own script's direction, whatever the interface's: an English
    // answer in the Arabic interface keeps its full stop on the right.
    const QString message = index.data().toString();
    painter->setLayoutDirection(message.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    const QRect text
        = bubble.adjusted(kBubblePadding, kBubblePadding, -kBubblePadding, -kBubblePadding);
    painter->drawText(text, Qt::TextWordWrap | Qt::AlignLeading | Qt::AlignTop, message);
    painter->restore();
}

QWidget *ChatDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &index) const
{
    // The view installs the delegate as the bar's event filter (see eventFilter()).
    return m_barFactory(parent, index);
}

void ChatDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const QRect bubble = bubbleRect(option, index);
    const int height = editor->sizeHint().height();
    const int width = qMin(qMax(editor->sizeHint().width(), bubbleWidth()),
                           option.rect.width() - 2 * kRowMargin);
    const QRect logical(option.rect.left() + kRowMargin, bubble.bottom() + 1 + kBarGap, width,
                        height);
    editor->setGeometry(QStyle::visualRect(option.direction, option.rect, logical));
}

bool ChatDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // A bar that grows (follow-up questions after a thumbs-down) makes its row taller. Keys
    // are left to the bar: the base class would treat Tab and Enter as "editing finished",
    // which means nothing for a bar that is always open.
    if (event->type() == QEvent::LayoutRequest) {
        auto *bar = static_cast<QWidget *>(watched);
        const QModelIndex index = m_view->indexAt(bar->geometry().topLeft());
        if (index.isValid())
            Q_EMIT sizeHintChanged(index);
    }
    return false;
}

} // namespace FeedbackKitDemo
