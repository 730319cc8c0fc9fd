#pragma once

#include "dashboardfigures.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QLabel;
class QTreeWidget;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

class DashboardSource;

/*!
 * \brief The dashboard tab: thumbs-up share, score distribution with its statistics, reasons
 * and comments, and how often answers were copied, regenerated and edited.
 *
 * It only draws; the figures come from DashboardSource, asynchronously.
 */
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(DashboardSource *source, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFigures();
    void showThumbs(const DashboardFigures &figures);
    void showScores(const DashboardFigures &figures);
    void showReasons(const DashboardFigures &figures);
    void showComments(const DashboardFigures &figures);
    void showActions(const DashboardFigures &figures);
    void retranslate();

    DashboardSource *m_source;
    QChart *m_thumbs;
    QChart *m_scores;
    QChart *m_reasons;
    QChart *m_actions;
    QTreeWidget *m_comments;
    QLabel *m_status;
};

} // namespace FeedbackKitDemo
