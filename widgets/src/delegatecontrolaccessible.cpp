#include "delegatecontrolaccessible_p.h"

#include "feedbackdelegate_p.h"
#include "rowaccessible_p.h"
#include "starrating.h"
#include "thumbswidget.h"

#include <QAbstractItemView>

namespace FeedbackKit {

DelegateControlAccessible::DelegateControlAccessible(RowAccessible *row, Kind kind)
    : m_row(row)
    , m_kind(kind)
{ }

bool DelegateControlAccessible::isValid() const
{
    return m_row->isValid() && m_row->delegate();
}

QWindow *DelegateControlAccessible::window() const
{
    return m_row->window();
}

QAccessibleInterface *DelegateControlAccessible::parent() const
{
    return m_row;
}

void *DelegateControlAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    if (type == QAccessible::ValueInterface && !isThumb())
        return static_cast<QAccessibleValueInterface *>(this);
    return nullptr;
}

QAccessible::Role DelegateControlAccessible::role() const
{
    return isThumb() ? QAccessible::Button : QAccessible::Slider;
}

bool DelegateControlAccessible::isChosen() const
{
    const std::optional<bool> rating
        = FeedbackDelegate::feedbackFromVariant(m_row->index().data(FeedbackDelegate::FeedbackRole))
              .rating();
    return rating && *rating == (m_kind == Kind::ThumbUp);
}

double DelegateControlAccessible::score() const
{
    return FeedbackDelegate::feedbackFromVariant(
               m_row->index().data(FeedbackDelegate::FeedbackRole))
        .score()
        .value_or(0);
}

QString DelegateControlAccessible::text(QAccessible::Text t) const
{
    // The same words as the thumbs and stars widgets, so their translations apply.
    if (t == QAccessible::Name) {
        switch (m_kind) {
        case Kind::ThumbUp:
            return ThumbsWidget::tr("Good response", "@info:tooltip thumbs up");
        case Kind::ThumbDown:
            return ThumbsWidget::tr("Bad response", "@info:tooltip thumbs down");
        case Kind::Stars:
            return StarRating::tr("Rating", "@label accessible name of the stars");
        }
    }
    // The stars' value in words is also their description, as for a StarRating.
    if ((t == QAccessible::Value || t == QAccessible::Description) && !isThumb())
        return StarRating::valueText(score(), m_row->delegate()->maximum());
    return {};
}

QRect DelegateControlAccessible::rect() const
{
    QAbstractItemView *view = m_row->view();
    FeedbackDelegate *rows = m_row->delegate();
    if (!view || !rows)
        return {};
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = view->visualRect(m_row->index());
    option.direction = view->layoutDirection();
    const DelegateLayout::Areas areas = rows->d->areas(option);
    QRect area = areas.stars;
    if (isThumb()) {
        // The painter draws the two thumbs side by side: up first in the reading direction.
        const bool first = (m_kind == Kind::ThumbUp) == (option.direction == Qt::LeftToRight);
        const int half = areas.thumbs.width() / 2;
        area = first ? areas.thumbs.adjusted(0, 0, -half, 0) : areas.thumbs.adjusted(half, 0, 0, 0);
    }
    return QRect(view->viewport()->mapToGlobal(area.topLeft()), area.size());
}

QAccessible::State DelegateControlAccessible::state() const
{
    QAccessible::State state = m_row->state();
    state.selected = state.selectable = state.active = state.focused = false;
    state.focusable = false; // reached through the row: the keys act on the current row
    if (isThumb()) {
        state.checkable = true;
        state.checked = state.pressed = isChosen();
    }
    return state;
}

QStringList DelegateControlAccessible::actionNames() const
{
    if (isThumb())
        return { pressAction(), toggleAction() };
    return { increaseAction(), decreaseAction() };
}

void DelegateControlAccessible::doAction(const QString &actionName)
{
    FeedbackDelegate *rows = m_row->delegate();
    if (!rows || !isValid())
        return;
    if (isThumb() && (actionName == pressAction() || actionName == toggleAction()))
        rows->toggleThumb(m_row->index(), m_kind == Kind::ThumbUp);
    else if (actionName == increaseAction())
        rows->setScore(m_row->index(), qMin<double>(score() + 1, rows->maximum()));
    else if (actionName == decreaseAction())
        rows->setScore(m_row->index(), qMax(0.0, score() - 1));
}

QStringList DelegateControlAccessible::keyBindingsForAction(const QString &actionName) const
{
    if (actionName == pressAction() || actionName == toggleAction())
        return { m_kind == Kind::ThumbUp ? QStringLiteral("+") : QStringLiteral("-") };
    return {};
}

QVariant DelegateControlAccessible::currentValue() const
{
    return score();
}

void DelegateControlAccessible::setCurrentValue(const QVariant &value)
{
    bool ok = false;
    const double stars = value.toDouble(&ok);
    if (FeedbackDelegate *rows = m_row->delegate(); ok && rows && isValid())
        rows->setScore(m_row->index(), stars);
}

QVariant DelegateControlAccessible::maximumValue() const
{
    FeedbackDelegate *rows = m_row->delegate();
    return rows ? rows->maximum() : 0;
}

QVariant DelegateControlAccessible::minimumValue() const
{
    return 0;
}

QVariant DelegateControlAccessible::minimumStepSize() const
{
    FeedbackDelegate *rows = m_row->delegate();
    return rows && rows->halfSteps() ? 0.5 : 1.0;
}

void DelegateControlAccessible::announceChange()
{
    if (isThumb()) {
        QAccessible::State changed;
        changed.checked = changed.pressed = true;
        QAccessibleStateChangeEvent event(this, changed);
        QAccessible::updateAccessibility(&event);
    } else {
        QAccessibleValueChangeEvent event(this, score());
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace FeedbackKit
