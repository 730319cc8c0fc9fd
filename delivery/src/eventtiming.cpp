#include "eventtiming_p.h"

#include <optional>

namespace FeedbackKit {

namespace {
const QString startKey = QStringLiteral("start_time");
const QString endKey = QStringLiteral("end_time");
const QString durationKey = QStringLiteral("duration");

std::optional<qint64> millisecondsAt(const QJsonObject &fields, const QString &key)
{
    const QJsonValue value = fields.value(key);
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}
} // namespace

QString eventTimingProblem(const QJsonObject &fields)
{
    for (const QString &key : { startKey, endKey, durationKey }) {
        const QJsonValue value = fields.value(key);
        if (!value.isUndefined() && (!value.isDouble() || value.toDouble() < 0))
            return QStringLiteral("%1 must be a number of milliseconds, not negative").arg(key);
    }
    const auto start = millisecondsAt(fields, startKey);
    const auto end = millisecondsAt(fields, endKey);
    if (start && end && *end < *start)
        return QStringLiteral("end_time is before start_time");
    return {};
}

void completeEventTiming(QJsonObject &fields, qint64 nowMs)
{
    const auto given = [&](const QString &key) { return millisecondsAt(fields, key); };
    const auto start = given(startKey);
    const auto duration = given(durationKey);
    const qint64 end = given(endKey).value_or(start && duration ? *start + *duration : nowMs);
    const qint64 begin = start.value_or(duration ? end - *duration : end);
    fields.insert(endKey, end);
    fields.insert(startKey, begin);
    if (!duration)
        fields.insert(durationKey, qMax<qint64>(0, end - begin));
}

} // namespace FeedbackKit
