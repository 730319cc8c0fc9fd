#include "dashboardfigures.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace FeedbackKitDemo {

namespace {

ChartQuery query(const char *key, const char *metric, const char *aggregation,
                 const char *groupBy = "")
{
    return { QString::fromLatin1(key), QString::fromLatin1(metric),
             QString::fromLatin1(aggregation), QString::fromLatin1(groupBy) };
}

std::optional<double> valueOf(const QJsonObject &answer)
{
    const QJsonValue value = answer.value(QStringLiteral("value"));
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

qint64 countOf(const QJsonObject &answer)
{
    return qint64(answer.value(QStringLiteral("count")).toDouble());
}

// The groups of a grouped answer: group name → count. Events without the grouped path form
// the group "null", which is not a value anyone chose.
QMap<QString, qint64> groupsOf(const QJsonObject &answer)
{
    QMap<QString, qint64> groups;
    for (const QJsonValue &point : answer.value(QStringLiteral("events")).toArray()) {
        const QJsonObject object = point.toObject();
        const QString group = object.value(QStringLiteral("group")).toString();
        if (!group.isEmpty() && group != QLatin1String("null"))
            groups[group] += countOf(object);
    }
    return groups;
}

// Reasons are an array per answer, so the collector groups by the whole array (as JSON
// text); each reason of a group counts for every answer of the group.
QMap<QString, qint64> splitReasonGroups(const QMap<QString, qint64> &groups)
{
    QMap<QString, qint64> reasons;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QJsonArray array = QJsonDocument::fromJson(it.key().toUtf8()).array();
        for (const QJsonValue &reason : array)
            reasons[reason.toString()] += it.value();
    }
    return reasons;
}

QJsonValue optionalJson(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QList<ChartQuery> dashboardQueries()
{
    return {
        query("thumbs", "feedback.rating", "true_pct"),
        query("score_avg", "feedback.score", "avg"),
        query("score_median", "feedback.score", "median"),
        query("score_p95", "feedback.score", "p95"),
        query("score_p99", "feedback.score", "p99"),
        query("score_groups", "feedback.score", "count", "feedback.score"),
        query("reasons", "event_id", "count", "feedback.reasons"),
        query("comments", "feedback.comment", "count", "feedback.comment"),
        query("copied", "feedback.actions.copied", "count"),
        query("regenerated", "feedback.actions.regenerated", "count"),
        query("edited", "feedback.actions.edited", "count"),
    };
}

DashboardFigures DashboardFigures::fromAnswers(const QMap<QString, QJsonObject> &answers)
{
    DashboardFigures figures;
    const auto answer
        = [&answers](const char *key) { return answers.value(QString::fromLatin1(key)); };
    figures.ratingCount = countOf(answer("thumbs"));
    figures.thumbsUpPct = valueOf(answer("thumbs"));
    figures.scoreCount = countOf(answer("score_avg"));
    figures.scoreAvg = valueOf(answer("score_avg"));
    figures.scoreMedian = valueOf(answer("score_median"));
    figures.scoreP95 = valueOf(answer("score_p95"));
    figures.scoreP99 = valueOf(answer("score_p99"));
    const QMap<QString, qint64> scoreGroups = groupsOf(answer("score_groups"));
    for (auto it = scoreGroups.cbegin(); it != scoreGroups.cend(); ++it)
        figures.scoreDistribution[it.key().toDouble()] += it.value();
    figures.reasons = splitReasonGroups(groupsOf(answer("reasons")));
    figures.comments = groupsOf(answer("comments"));
    figures.copied = countOf(answer("copied"));
    figures.regenerated = countOf(answer("regenerated"));
    figures.edited = countOf(answer("edited"));
    return figures;
}

QJsonObject DashboardFigures::toJson() const
{
    QJsonObject distribution;
    for (auto it = scoreDistribution.cbegin(); it != scoreDistribution.cend(); ++it)
        distribution.insert(QString::number(it.key()), it.value());
    QJsonObject reasonCounts;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        reasonCounts.insert(it.key(), it.value());
    QJsonObject commentCounts;
    for (auto it = comments.cbegin(); it != comments.cend(); ++it)
        commentCounts.insert(it.key(), it.value());
    return {
        { QStringLiteral("rating_count"), ratingCount },
        { QStringLiteral("thumbs_up_pct"), optionalJson(thumbsUpPct) },
        { QStringLiteral("score_count"), scoreCount },
        { QStringLiteral("score_avg"), optionalJson(scoreAvg) },
        { QStringLiteral("score_median"), optionalJson(scoreMedian) },
        { QStringLiteral("score_p95"), optionalJson(scoreP95) },
        { QStringLiteral("score_p99"), optionalJson(scoreP99) },
        { QStringLiteral("score_distribution"), distribution },
        { QStringLiteral("reasons"), reasonCounts },
        { QStringLiteral("comments"), commentCounts },
        { QStringLiteral("copied"), copied },
        { QStringLiteral("regenerated"), regenerated },
        { QStringLiteral("edited"), edited },
    };
}

} // namespace FeedbackKitDemo
