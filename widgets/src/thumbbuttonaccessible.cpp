#include "thumbbuttonaccessible_p.h"

#include "deliveryindicatoraccessible_p.h"
#include "itemviewaccessible_p.h"
#include "rowwidgetaccessible_p.h"
#include "starratingaccessible_p.h"
#include "thumbbutton_p.h"

#include <QListView>

namespace FeedbackKit {

namespace {
QAccessibleInterface *createAccessible(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    if (className == QLatin1String("FeedbackKit::StarRating"))
        return new StarRatingAccessible(widget);
    if (className == QLatin1String("FeedbackKit::ThumbButton"))
        return new ThumbButtonAccessible(widget);
    if (className == QLatin1String("FeedbackKit::DeliveryIndicator"))
        return new DeliveryIndicatorAccessible(widget);
    if (ItemViewAccessible::wants(object))
        return new ItemViewAccessible(static_cast<QListView *>(widget));
    // Asked first for the most derived class: a row's widget of an application class.
    if (RowWidgetAccessible::viewOf(object))
        return new RowWidgetAccessible(widget);
    return nullptr;
}
} // namespace

void installAccessibleFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(createAccessible);
        return true;
    }();
    Q_UNUSED(installed)
}

ThumbButtonAccessible::ThumbButtonAccessible(QWidget *widget)
    : QAccessibleWidget(widget, QAccessible::Button)
{ }

ThumbButton *ThumbButtonAccessible::button() const
{
    return static_cast<ThumbButton *>(widget());
}

QString ThumbButtonAccessible::text(QAccessible::Text t) const
{
    const QString name = button()->accessibleName();
    if (t == QAccessible::Name)
        return name;
    if (t == QAccessible::Description) {
        // The tooltip says the name again: a screen reader would read it twice.
        const QString description = button()->accessibleDescription().isEmpty()
            ? button()->toolTip()
            : button()->accessibleDescription();
        return description == name ? QString() : description;
    }
    return QAccessibleWidget::text(t);
}

QAccessible::State ThumbButtonAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.checkable = true;
    state.checked = button()->isChecked();
    state.pressed = button()->isChecked() || button()->isDown();
    return state;
}

QStringList ThumbButtonAccessible::actionNames() const
{
    return QStringList { pressAction(), toggleAction() } + QAccessibleWidget::actionNames();
}

void ThumbButtonAccessible::doAction(const QString &actionName)
{
    if (!button()->isEnabled())
        return;
    if (actionName == pressAction() || actionName == toggleAction())
        button()->click();
    else
        QAccessibleWidget::doAction(actionName);
}

} // namespace FeedbackKit
