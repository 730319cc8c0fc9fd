#pragma once

#include <QAccessibleInterface>
#include <QPersistentModelIndex>
#include <QPointer>

#include <array>

class QAbstractItemView;

namespace FeedbackKit {

class FeedbackDelegate;

/*!
 * \brief One row of a list of answers, as assistive technology sees it (a list item).
 *
 * Name: the row's text. Description: its feedback summed up (FeedbackDelegate::summary()).
 * Children: the thumbs and stars a FeedbackDelegate paints (DelegateControlAccessible), then
 * the widget placed on the row, if any.
 */
class RowAccessible : public QAccessibleInterface
{
public:
    RowAccessible(QAbstractItemView *view, const QModelIndex &index);
    ~RowAccessible() override;

    QAbstractItemView *view() const { return m_view; }
    int row() const { return m_index.row(); }
    QModelIndex index() const { return m_index; }
    FeedbackDelegate *delegate() const;
    /*! Tells assistive technology that the row's feedback changed. */
    void announceChange();

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;

private:
    /*! The painted controls shown now, made on first use. */
    QList<QAccessibleInterface *> controls() const;
    QWidget *rowWidget() const;

    QPointer<QAbstractItemView> m_view;
    QPersistentModelIndex m_index;
    mutable std::array<QAccessible::Id, 3> m_controls {}; ///< Thumb up, thumb down, stars.
};

} // namespace FeedbackKit
