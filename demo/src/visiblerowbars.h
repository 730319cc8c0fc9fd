#pragma once

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QListView;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

/*!
 * \brief Keeps an action bar (a persistent editor) open on the rows that are on screen, and
 * only on those.
 *
 * Bars are opened as rows scroll in and closed as they scroll out, after the scrolling
 * settles into one update per event-loop turn. Closing loses nothing: a bar bound to a target
 * shows the target's stored state again when it is recreated.
 */
class VisibleRowBars : public QObject
{
    Q_OBJECT

public:
    explicit VisibleRowBars(QListView *view);

    /*! How many bars exist (for the performance figures). */
    int openCount() const { return int(m_open.size()); }
    /*! Brings the bars up to date now rather than at the next event-loop turn. */
    void updateNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleUpdate();
    QList<QPersistentModelIndex> visibleBarRows() const;
    void orderTabs();

    QListView *m_view;
    QTimer m_updateTimer;
    QList<QPersistentModelIndex> m_open;
};

} // namespace FeedbackKitDemo
