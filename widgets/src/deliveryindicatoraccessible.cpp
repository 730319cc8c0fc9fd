#include "deliveryindicatoraccessible_p.h"

#include <QWidget>

namespace FeedbackKit {

DeliveryIndicatorAccessible::DeliveryIndicatorAccessible(QWidget *widget)
    : QAccessibleWidget(widget, QAccessible::StaticText)
{ }

QString DeliveryIndicatorAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name)
        return widget()->accessibleName();
    if (t == QAccessible::Description)
        return widget()->accessibleDescription();
    return QAccessibleWidget::text(t);
}

} // namespace FeedbackKit
