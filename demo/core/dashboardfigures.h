#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace FeedbackKitDemo {

/*!
 * \brief One question the dashboard asks, in the terms of GET /v1/events/chart: a metric
 * (a dot path from the event's root), an aggregation, and an optional group-by path.
 */
struct ChartQuery
{
    QString key;
    QString metric;
    QString aggregation;
    QString groupBy;
};

/*! Every query behind the dashboard. */
QList<ChartQuery> dashboardQueries();

/*!
 * \brief What the dashboard shows, read from the answers to dashboardQueries().
 *
 * Figures are absent (nullopt, empty) when nothing was measured yet.
 */
struct DashboardFigures
{
    qint64 ratingCount = 0;
    std::optional<double> thumbsUpPct;
    qint64 scoreCount = 0;
    std::optional<double> scoreAvg;
    std::optional<double> scoreMedian;
    std::optional<double> scoreP95;
    std::optional<double> scoreP99;
    /*! Answers per score (stars). */
    QMap<double, qint64> scoreDistribution;
    /*! Answers per reason (an answer with two reasons counts for both). */
    QMap<QString, qint64> reasons;
    /*! Answers per distinct comment. */
    QMap<QString, qint64> comments;
    /*! Answers copied, regenerated and edited at least once. */
    qint64 copied = 0;
    qint64 regenerated = 0;
    qint64 edited = 0;

    /*! Reads the chart answers, keyed by ChartQuery::key. */
    static DashboardFigures fromAnswers(const QMap<QString, QJsonObject> &answers);
    /*! The figures as JSON (for --dump-state). */
    QJsonObject toJson() const;
};

} // namespace FeedbackKitDemo
