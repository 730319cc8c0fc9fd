#include "accessiblerows.h"

#include "itemviewaccessible_p.h"

#include <QAbstractItemView>

namespace FeedbackKit {

void exposeRowWidgets(QAbstractItemView *view)
{
    if (!view || view->property(ItemViewAccessible::exposedProperty).toBool())
        return;
    view->setProperty(ItemViewAccessible::exposedProperty, true);
    ItemViewAccessible::replaceQtInterface(view);
}

} // namespace FeedbackKit
