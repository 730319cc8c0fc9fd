#pragma once

#include <QAccessibleActionInterface>
#include <QAccessibleInterface>
#include <QAccessibleValueInterface>

namespace FeedbackKit {

class FeedbackDelegate;
class RowAccessible;

/*!
 * \brief A thumb or the stars that a FeedbackDelegate paints on a row, for assistive
 * technology.
 *
 * A thumb is a checkable button, checked and pressed when chosen (Qt's AT-SPI bridge has no
 * toggle-button role to give it); its press and toggle actions act as a click (the active
 * thumb clears). The stars are a slider whose value is the score ("3 of 5 stars"), set
 * through the value interface as a click on that star would.
 */
class DelegateControlAccessible : public QAccessibleInterface,
                                  public QAccessibleActionInterface,
                                  public QAccessibleValueInterface
{
public:
    enum class Kind { ThumbUp, ThumbDown, Stars };

    DelegateControlAccessible(RowAccessible *row, Kind kind);

    /*! Tells assistive technology that the row's feedback changed this control. */
    void announceChange();

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant &value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

private:
    bool isThumb() const { return m_kind != Kind::Stars; }
    bool isChosen() const;
    double score() const;

    RowAccessible *const m_row;
    const Kind m_kind;
};

} // namespace FeedbackKit
