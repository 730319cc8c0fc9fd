#include "visiblerowbars.h"
#include "chatdelegate.h"
#include "chatmodel.h"

#include <QEvent>
#include <QListView>
#include <QScrollBar>

namespace FeedbackKitDemo {

namespace {
// Rows just outside the viewport keep (or get) their bar, so a short scroll shows no gap.
constexpr int kOverscanRows = 2;
} // namespace

VisibleRowBars::VisibleRowBars(QListView *view)
    : QObject(view)
    , m_view(view)
{
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(0);
    connect(&m_updateTimer, &QTimer::timeout, this, &VisibleRowBars::updateNow);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &VisibleRowBars::scheduleUpdate);
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &VisibleRowBars::scheduleUpdate);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &VisibleRowBars::scheduleUpdate);
    connect(model, &QAbstractItemModel::modelReset, this, &VisibleRowBars::scheduleUpdate);
    connect(model, &QAbstractItemModel::dataChanged, this, &VisibleRowBars::scheduleUpdate);
    view->viewport()->installEventFilter(this);
}

bool VisibleRowBars::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        scheduleUpdate();
    return QObject::eventFilter(watched, event);
}

void VisibleRowBars::scheduleUpdate()
{
    m_updateTimer.start();
}

QList<QPersistentModelIndex> VisibleRowBars::visibleBarRows() const
{
    QList<QPersistentModelIndex> rows;
    const QAbstractItemModel *model = m_view->model();
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    if (!top.isValid())
        return rows;
    const int viewportHeight = m_view->viewport()->height();
    int row = qMax(0, top.row() - kOverscanRows);
    int pastBottom = 0;
    for (; row < model->rowCount() && pastBottom <= kOverscanRows; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (m_view->visualRect(index).top() > viewportHeight)
            ++pastBottom;
        if (ChatDelegate::hasBar(index))
            rows.append(index);
    }
    return rows;
}

void VisibleRowBars::updateNow()
{
    m_updateTimer.stop();
    const QList<QPersistentModelIndex> wanted = visibleBarRows();
    for (const QPersistentModelIndex &index : std::as_const(m_open)) {
        if (index.isValid() && !wanted.contains(index) && m_view->isPersistentEditorOpen(index))
            m_view->closePersistentEditor(index);
    }
    for (const QPersistentModelIndex &index : wanted) {
        if (!m_view->isPersistentEditorOpen(index))
            m_view->openPersistentEditor(index);
    }
    m_open = wanted;
    orderTabs();
}

void VisibleRowBars::orderTabs()
{
    // Bars open as rows scroll in, so their creation order (Qt's default tab order) is not
    // the reading order: Tab goes from the list through every bar, top to bottom.
    QWidget *previous = m_view;
    for (const QPersistentModelIndex &index : std::as_const(m_open)) {
        if (QWidget *bar = m_view->indexWidget(index)) {
            QWidget::setTabOrder(previous, bar);
            previous = bar;
        }
    }
}

} // namespace FeedbackKitDemo
