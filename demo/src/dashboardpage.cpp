#include "dashboardpage.h"
#include "chartbuilders.h"
#include "dashboardsource.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>

namespace FeedbackKitDemo {

namespace {
QChart *addChart(QGridLayout *grid, int row, int column, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    grid->addWidget(view, row, column);
    return chart;
}

// A chart elides a title wider than itself, so its view asks for the title's width (measured
// in the title's font, plus the chart's margins and background) and the window gives it room.
void fitTitle(QChart *chart)
{
    constexpr int kChartFrame = 48;
    const int titleWidth = QFontMetrics(chart->titleFont()).horizontalAdvance(chart->title());
    for (QGraphicsView *view : chart->scene()->views())
        view->setMinimumWidth(qMax(260, titleWidth + kChartFrame));
}
} // namespace

DashboardPage::DashboardPage(DashboardSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_comments(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    m_thumbs = addChart(grid, 0, 0, this);
    m_scores = addChart(grid, 0, 1, this);
    m_reasons = addChart(grid, 1, 0, this);
    m_actions = addChart(grid, 1, 1, this);
    m_comments->setRootIsDecorated(false);
    m_comments->setColumnCount(2);
    m_comments->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_comments->header()->setStretchLastSection(false);
    m_comments->setMaximumHeight(120);
    grid->addWidget(m_comments, 2, 0, 1, 2);
    grid->addWidget(m_status, 3, 0, 1, 2);
    connect(m_source, &DashboardSource::updated, this, &DashboardPage::showFigures);
    connect(m_source, &DashboardSource::refreshFailed, this, [this](const QString &error) {
        m_status->setText(tr("Could not refresh: %1", "@info:status").arg(error));
    });
    retranslate();
}

void DashboardPage::showFigures()
{
    if (!m_source->hasFigures())
        return;
    const DashboardFigures figures = m_source->figures();
    showThumbs(figures);
    showScores(figures);
    showReasons(figures);
    showComments(figures);
    showActions(figures);
    for (QChart *chart : { m_thumbs, m_scores, m_reasons, m_actions })
        fitTitle(chart);
    m_status->setText(tr("Computed by %1 — updated %2", "@info:status")
                          .arg(m_source->originDescription(),
                               QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void DashboardPage::showThumbs(const DashboardFigures &figures)
{
    const qint64 up = figures.thumbsUpPct
        ? qRound64(*figures.thumbsUpPct * double(figures.ratingCount) / 100.0)
        : 0;
    m_thumbs->setTitle(
        figures.thumbsUpPct
            ? tr("Thumbs up: %1% of %Ln rated answer(s)", "@title:chart", int(figures.ratingCount))
                  .arg(QLocale().toString(*figures.thumbsUpPct, 'f', 0))
            : tr("Thumbs up: no ratings yet", "@title:chart"));
    setPie(m_thumbs,
           { { tr("Up", "@item:chart thumbs up"), double(up) },
             { tr("Down", "@item:chart thumbs down"), double(figures.ratingCount - up) } });
}

void DashboardPage::showScores(const DashboardFigures &figures)
{
    const auto number = [](std::optional<double> value) {
        return value ? QLocale().toString(*value, 'g', 3) : QStringLiteral("–");
    };
    m_scores->setTitle(tr("Scores (%1): avg %2 · median %3 · p95 %4 · p99 %5", "@title:chart")
                           .arg(QLocale().toString(figures.scoreCount), number(figures.scoreAvg),
                                number(figures.scoreMedian), number(figures.scoreP95),
                                number(figures.scoreP99)));
    QList<Bar> bars;
    for (int stars = 1; stars <= 5; ++stars)
        bars.append({ QStringLiteral("%1★").arg(QLocale().toString(stars)),
                      double(figures.scoreDistribution.value(stars)) });
    setBars(m_scores, bars, BarDirection::Columns);
}

void DashboardPage::showReasons(const DashboardFigures &figures)
{
    m_reasons->setTitle(tr("Reasons given", "@title:chart"));
    QList<Bar> bars;
    for (auto it = figures.reasons.cbegin(); it != figures.reasons.cend(); ++it)
        bars.append({ it.key(), double(it.value()) });
    setBars(m_reasons, bars, BarDirection::Rows);
}

void DashboardPage::showComments(const DashboardFigures &figures)
{
    m_comments->clear();
    for (auto it = figures.comments.cbegin(); it != figures.comments.cend(); ++it) {
        auto *item = new QTreeWidgetItem(m_comments, { it.key(), QLocale().toString(it.value()) });
        item->setTextAlignment(1, Qt::AlignTrailing | Qt::AlignVCenter);
    }
}

void DashboardPage::showActions(const DashboardFigures &figures)
{
    // The bars name the actions; a title that listed them too did not fit in German.
    m_actions->setTitle(
        tr("Implicit feedback", "@title:chart answers copied, regenerated, edited"));
    setBars(m_actions,
            { { tr("Copied", "@item:chart"), double(figures.copied) },
              { tr("Regenerated", "@item:chart"), double(figures.regenerated) },
              { tr("Edited", "@item:chart"), double(figures.edited) } },
            BarDirection::Rows);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    // The language switcher sets the default locale before the change event arrives; the
    // charts copy it so that their axes and bar labels use the language's digits.
    for (QChart *chart : { m_thumbs, m_scores, m_reasons, m_actions })
        localizeChart(chart);
    m_comments->setHeaderLabels(
        { tr("Comment", "@title:column"), tr("Answers", "@title:column count") });
    m_status->setText(tr("Waiting for the first figures…", "@info:status"));
    showFigures();
}

} // namespace FeedbackKitDemo
