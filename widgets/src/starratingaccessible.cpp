#include "starratingaccessible_p.h"

#include "starrating.h"

namespace FeedbackKit {

StarRatingAccessible::StarRatingAccessible(QWidget *widget)
    : QAccessibleWidget(widget, QAccessible::Slider)
{ }

StarRating *StarRatingAccessible::rating() const
{
    return static_cast<StarRating *>(widget());
}

void *StarRatingAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString StarRatingAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        if (!rating()->accessibleName().isEmpty())
            return rating()->accessibleName();
        return StarRating::tr("Rating", "@label accessible name of the stars");
    case QAccessible::Value:
    case QAccessible::Description:
        return rating()->valueText();
    default:
        return QAccessibleWidget::text(t);
    }
}

QAccessible::State StarRatingAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.readOnly = rating()->isReadOnly();
    return state;
}

QVariant StarRatingAccessible::currentValue() const
{
    return rating()->value();
}

void StarRatingAccessible::setCurrentValue(const QVariant &value)
{
    bool ok = false;
    const double stars = value.toDouble(&ok);
    if (ok && !rating()->isReadOnly())
        rating()->applyUserValue(stars);
}

QVariant StarRatingAccessible::maximumValue() const
{
    return rating()->maximum();
}
QVariant StarRatingAccessible::minimumValue() const
{
    return 0;
}
QVariant StarRatingAccessible::minimumStepSize() const
{
    return rating()->step();
}

} // namespace FeedbackKit
