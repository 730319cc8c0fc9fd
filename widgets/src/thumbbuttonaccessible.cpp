#include "thumbbuttonaccessible_p.h"

#include "starratingaccessible_p.h"
#include "thumbbutton_p.h"

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
    if (t == QAccessible::Name)
        return button()->accessibleName();
    if (t == QAccessible::Description && button()->accessibleDescription().isEmpty())
        return button()->toolTip();
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
