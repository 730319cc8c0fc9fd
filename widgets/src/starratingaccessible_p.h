#pragma once

#include <QAccessibleValueInterface>
#include <QAccessibleWidget>

namespace FeedbackKit {

class StarRating;

/*!
 * \brief What assistive technology sees of a StarRating: a slider with a value.
 *
 * Name: the widget's accessible name, or "Rating". Value and description: "3 of 5 stars".
 * The value interface lets a screen reader read and set the value (a set counts as a user
 * change and is submitted like a click).
 */
class StarRatingAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit StarRatingAccessible(QWidget *widget);

    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text t) const override;
    QAccessible::State state() const override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant &value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

private:
    StarRating *rating() const;
};

} // namespace FeedbackKit
