#pragma once

#include <QAccessibleWidget>

namespace FeedbackKit {

class ThumbButton;

/*!
 * \brief What assistive technology sees of a thumb: a toggle button.
 *
 * Qt's own interface for a checkable tool button reports a check box; a thumb is a toggle
 * button (role Button, checkable), and when chosen it is both checked and pressed, as
 * aria-pressed describes. The press and toggle actions click it.
 */
class ThumbButtonAccessible : public QAccessibleWidget
{
public:
    explicit ThumbButtonAccessible(QWidget *widget);

    QString text(QAccessible::Text t) const override;
    QAccessible::State state() const override;
    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;

private:
    ThumbButton *button() const;
};

/*! Registers the widgets' accessibility factory with QAccessible, once per process. */
void installAccessibleFactory();

} // namespace FeedbackKit
