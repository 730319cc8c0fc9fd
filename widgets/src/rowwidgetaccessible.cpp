#include "rowwidgetaccessible_p.h"

#include "itemviewaccessible_p.h"

#include <QListView>

namespace FeedbackKit {

RowWidgetAccessible::RowWidgetAccessible(QWidget *widget)
    : QAccessibleWidget(widget, QAccessible::Grouping)
{ }

QListView *RowWidgetAccessible::viewOf(QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    QWidget *viewport = widget ? widget->parentWidget() : nullptr;
    auto *view = viewport ? qobject_cast<QListView *>(viewport->parentWidget()) : nullptr;
    if (!view || view->viewport() != viewport || !ItemViewAccessible::wants(view))
        return nullptr;
    const QModelIndex index = view->indexAt(widget->geometry().center());
    return index.isValid() && view->indexWidget(index) == widget ? view : nullptr;
}

QAccessibleInterface *RowWidgetAccessible::parent() const
{
    QListView *view = viewOf(widget());
    if (!view)
        return QAccessibleWidget::parent();
    const QModelIndex index = view->indexAt(widget()->geometry().center());
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    return list ? list->child(index.row()) : nullptr;
}

} // namespace FeedbackKit
