#include "rowaccessible_p.h"

#include "delegatecontrolaccessible_p.h"
#include "feedbackbar.h"
#include "feedbackdelegate.h"
#include "starrating.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace FeedbackKit {

RowAccessible::RowAccessible(QAbstractItemView *view, const QModelIndex &index)
    : m_view(view)
    , m_index(index)
{ }

RowAccessible::~RowAccessible()
{
    for (const QAccessible::Id id : m_controls) {
        if (id)
            QAccessible::deleteAccessibleInterface(id);
    }
}

FeedbackDelegate *RowAccessible::delegate() const
{
    return m_view ? qobject_cast<FeedbackDelegate *>(m_view->itemDelegateForIndex(m_index))
                  : nullptr;
}

bool RowAccessible::isValid() const
{
    return m_view && m_index.isValid();
}

QWindow *RowAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *RowAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
}

QList<QAccessibleInterface *> RowAccessible::controls() const
{
    QList<QAccessibleInterface *> shown;
    FeedbackDelegate *rows = delegate();
    if (!rows)
        return shown;
    using Kind = DelegateControlAccessible::Kind;
    const std::array<std::pair<Kind, bool>, 3> kinds { { { Kind::ThumbUp, rows->thumbsVisible() },
                                                         { Kind::ThumbDown, rows->thumbsVisible() },
                                                         { Kind::Stars, rows->starsVisible() } } };
    for (size_t i = 0; i < kinds.size(); ++i) {
        if (!kinds[i].second)
            continue;
        if (!m_controls[i]) {
            auto *self = const_cast<RowAccessible *>(this);
            m_controls[i] = QAccessible::registerAccessibleInterface(
                new DelegateControlAccessible(self, kinds[i].first));
        }
        shown << QAccessible::accessibleInterface(m_controls[i]);
    }
    return shown;
}

QWidget *RowAccessible::rowWidget() const
{
    return m_view ? m_view->indexWidget(m_index) : nullptr;
}

int RowAccessible::childCount() const
{
    return int(controls().size()) + (rowWidget() ? 1 : 0);
}

QAccessibleInterface *RowAccessible::child(int index) const
{
    const QList<QAccessibleInterface *> painted = controls();
    if (index >= 0 && index < painted.size())
        return painted.at(index);
    if (index == painted.size() && rowWidget())
        return QAccessible::queryAccessibleInterface(rowWidget());
    return nullptr;
}

int RowAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const QList<QAccessibleInterface *> painted = controls();
    const qsizetype at = painted.indexOf(const_cast<QAccessibleInterface *>(child));
    if (at >= 0)
        return int(at);
    return child && rowWidget() && child->object() == rowWidget() ? int(painted.size()) : -1;
}

QAccessibleInterface *RowAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        QAccessibleInterface *candidate = child(i);
        if (candidate && candidate->rect().contains(x, y))
            return candidate;
    }
    return nullptr;
}

QString RowAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    switch (t) {
    case QAccessible::Name: {
        const QString spoken = m_index.data(Qt::AccessibleTextRole).toString();
        return spoken.isEmpty() ? m_index.data(Qt::DisplayRole).toString() : spoken;
    }
    case QAccessible::Description: {
        const QString given = m_index.data(Qt::AccessibleDescriptionRole).toString();
        if (!given.isEmpty())
            return given;
        if (FeedbackDelegate *rows = delegate())
            return FeedbackDelegate::summary(
                FeedbackDelegate::feedbackFromVariant(m_index.data(FeedbackDelegate::FeedbackRole)),
                rows->maximum());
        // A row carrying a FeedbackBar is summed up from what the bar shows.
        const QWidget *placed = rowWidget();
        if (const auto *bar = placed ? placed->findChild<FeedbackBar *>() : nullptr)
            return FeedbackDelegate::summary(bar->feedbackState(), bar->stars()->maximum());
        return {};
    }
    default:
        return {};
    }
}

QRect RowAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_view->visualRect(m_index);
    return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State RowAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.selectable = true;
    state.focusable = true;
    if (QItemSelectionModel *selection = m_view->selectionModel())
        state.selected = selection->isSelected(m_index);
    state.active = m_view->currentIndex() == m_index;
    state.focused = state.active && m_view->hasFocus();
    state.invisible = !m_view->viewport()->rect().intersects(m_view->visualRect(m_index));
    state.offscreen = state.invisible;
    return state;
}

void RowAccessible::announceChange()
{
    QAccessibleEvent described(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&described);
    for (const QAccessible::Id id : m_controls) {
        if (auto *control = static_cast<DelegateControlAccessible *>(
                id ? QAccessible::accessibleInterface(id) : nullptr))
            control->announceChange();
    }
}

} // namespace FeedbackKit
