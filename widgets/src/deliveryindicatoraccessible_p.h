#pragma once

#include <QAccessibleWidget>

namespace FeedbackKit {

/*!
 * \brief What assistive technology sees of a FeedbackBar's delivery indicator: a status
 * label ("Feedback delivered"), renamed (and so announced) as the delivery moves on.
 *
 * Its tooltip says the same words as its name, so it has no description: a screen reader
 * would read them twice.
 */
class DeliveryIndicatorAccessible : public QAccessibleWidget
{
public:
    explicit DeliveryIndicatorAccessible(QWidget *widget);

    QString text(QAccessible::Text t) const override;
};

} // namespace FeedbackKit
