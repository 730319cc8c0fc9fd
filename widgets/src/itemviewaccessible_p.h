#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QList>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;
class QListView;

namespace FeedbackKit {

/*!
 * \brief What assistive technology sees of a list of answers: rows that hold their feedback.
 *
 * Qt's own interface for a list gives each row a cell with no children, so feedback drawn by
 * a FeedbackDelegate, or a FeedbackBar placed on the row with setIndexWidget(), is out of a
 * screen reader's reach. Here each row is a list item (RowAccessible) whose children are the
 * thumbs and stars the delegate paints and the widget placed on the row.
 *
 * Used for a QListView whose item delegate is a FeedbackDelegate, or one passed to
 * exposeRowWidgets(). Row interfaces are made on demand, kept until the model's rows change,
 * and announce their feedback's changes.
 */
class ItemViewAccessible : public QAccessibleWidget
{
public:
    explicit ItemViewAccessible(QListView *view);
    ~ItemViewAccessible() override;

    /*! Set by exposeRowWidgets() on a view whose rows carry widgets. */
    static constexpr char exposedProperty[] = "_feedbackkit_rowWidgets";
    /*! Whether \a view gets this interface. */
    static bool wants(QObject *view);
    /*! Makes the next query for \a view give this interface, if it wants one. */
    static void replaceQtInterface(QObject *view);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    QAbstractItemView *view() const;
    /*! Follows the view's current model: rows are dropped when it changes. */
    void watchModel() const;
    void dropRows() const;
    void announceChanges(int first, int last) const;

    mutable QPointer<QAbstractItemModel> m_model;
    mutable QList<QMetaObject::Connection> m_connections;
    mutable QHash<int, QAccessible::Id> m_rows; ///< Row number → its registered interface.
};

} // namespace FeedbackKit
