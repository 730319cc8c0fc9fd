#pragma once

#include <QHash>
#include <QStyledItemDelegate>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractItemView;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

/*!
 * \brief Paints the chat's messages as bubbles and reserves room under each finished assistant
 * answer for its action bar (feedback + Copy / Regenerate / Edit).
 *
 * The bar is a real widget, created as a persistent editor only while its row is on screen
 * (see VisibleRowEditors), so a chat of thousands of messages holds a dozen widgets, not
 * thousands. The delegate builds bars through a factory so it knows nothing of the client.
 */
class ChatDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using BarFactory = std::function<QWidget *(QWidget *parent, const QModelIndex &index)>;

    ChatDelegate(QAbstractItemView *view, BarFactory barFactory);

    /*! The height reserved for a bar whose widget does not exist yet. */
    void setBarHeight(int height);
    /*! Whether \a index is a finished assistant answer, the rows that get a bar. */
    static bool hasBar(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    // The bar edits nothing in the model: it writes feedback through the client.
    void setEditorData(QWidget *, const QModelIndex &) const override { }
    void setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const override { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int bubbleWidth() const;
    QRect textRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QRect bubbleRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int barHeight(const QModelIndex &index) const;
    void messageChanged(const QModelIndex &first, const QModelIndex &last);

    // Measuring wrapped text is the costly part of a layout pass, and a pass measures every
    // row: sizes are kept per row for the current bubble width, and dropped when a row's text
    // changes or the width does.
    mutable QHash<int, QSize> m_textSizes;
    mutable int m_textSizesWidth = -1;

    QAbstractItemView *m_view;
    BarFactory m_barFactory;
    int m_barHeight = 32;
};

} // namespace FeedbackKitDemo
