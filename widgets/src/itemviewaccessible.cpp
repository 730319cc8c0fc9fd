#include "itemviewaccessible_p.h"

#include "feedbackdelegate.h"
#include "rowaccessible_p.h"
#include "rowwidgetaccessible_p.h"
#include "thumbbuttonaccessible_p.h"

#include <QListView>

namespace FeedbackKit {

ItemViewAccessible::ItemViewAccessible(QListView *view)
    : QAccessibleWidget(view, QAccessible::List)
{ }

ItemViewAccessible::~ItemViewAccessible()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        QObject::disconnect(connection);
    dropRows();
}

bool ItemViewAccessible::wants(QObject *object)
{
    auto *view = qobject_cast<QListView *>(object);
    return view
        && (qobject_cast<FeedbackDelegate *>(view->itemDelegate())
            || view->property(ItemViewAccessible::exposedProperty).toBool());
}

QAbstractItemView *ItemViewAccessible::view() const
{
    return static_cast<QAbstractItemView *>(object());
}

void ItemViewAccessible::watchModel() const
{
    QAbstractItemModel *model = view()->model();
    if (model == m_model)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        QObject::disconnect(connection);
    m_connections.clear();
    dropRows();
    m_model = model;
    if (!model)
        return;
    // Rows are cached by number: any change of the rows' order or count drops them all (a
    // screen reader asks again, and AT-SPI marks list items transient for that reason).
    auto drop = [this] { dropRows(); };
    m_connections << QObject::connect(model, &QAbstractItemModel::rowsInserted, view(), drop)
                  << QObject::connect(model, &QAbstractItemModel::rowsRemoved, view(), drop)
                  << QObject::connect(model, &QAbstractItemModel::rowsMoved, view(), drop)
                  << QObject::connect(model, &QAbstractItemModel::modelReset, view(), drop)
                  << QObject::connect(model, &QAbstractItemModel::layoutChanged, view(), drop)
                  << QObject::connect(model, &QAbstractItemModel::dataChanged, view(),
                                      [this](const QModelIndex &first, const QModelIndex &last) {
                                          announceChanges(first.row(), last.row());
                                      });
}

void ItemViewAccessible::dropRows() const
{
    const QHash<int, QAccessible::Id> rows = std::exchange(m_rows, {});
    for (const QAccessible::Id id : rows)
        QAccessible::deleteAccessibleInterface(id);
}

void ItemViewAccessible::announceChanges(int first, int last) const
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.key() < first || it.key() > last)
            continue;
        if (auto *row = static_cast<RowAccessible *>(QAccessible::accessibleInterface(it.value())))
            row->announceChange();
    }
}

int ItemViewAccessible::childCount() const
{
    watchModel();
    return m_model ? m_model->rowCount(view()->rootIndex()) : 0;
}

QAccessibleInterface *ItemViewAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const QAccessible::Id id = m_rows.value(index))
        return QAccessible::accessibleInterface(id);
    const QModelIndex modelIndex = m_model->index(index, 0, view()->rootIndex());
    QAccessibleInterface *row = new RowAccessible(view(), modelIndex);
    m_rows.insert(index, QAccessible::registerAccessibleInterface(row));
    return row;
}

int ItemViewAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *row = dynamic_cast<const RowAccessible *>(child);
    return row && row->view() == view() ? row->row() : -1;
}

QAccessibleInterface *ItemViewAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = view()->indexAt(local);
    return index.isValid() ? child(index.row()) : nullptr;
}

QAccessibleInterface *ItemViewAccessible::focusChild() const
{
    const QModelIndex current = view()->currentIndex();
    return current.isValid() ? child(current.row()) : nullptr;
}

void ItemViewAccessible::replaceQtInterface(QObject *view)
{
    installAccessibleFactory();
    // An interface made before the view qualified is Qt's own list: dropped, the next query
    // makes this one.
    if (!wants(view))
        return;
    if (QAccessibleInterface *made = QAccessible::queryAccessibleInterface(view);
        made && !dynamic_cast<ItemViewAccessible *>(made))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
    // The same for the widgets already placed on its rows.
    const QWidget *viewport = static_cast<QAbstractItemView *>(view)->viewport();
    for (QWidget *placed : viewport->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!RowWidgetAccessible::viewOf(placed))
            continue;
        if (QAccessibleInterface *made = QAccessible::queryAccessibleInterface(placed);
            made && !dynamic_cast<RowWidgetAccessible *>(made))
            QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
    }
}

} // namespace FeedbackKit
