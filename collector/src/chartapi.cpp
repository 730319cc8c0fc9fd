// GET /v1/events/chart: measurements over the stored events, computed by the core's
// MeasurementAccumulator (the same code as the CLI), each event wrapped whole as a Feedback so
// that the metric is a dot path from the event's root ("feedback.rating", "metrics.accuracy").
// A null at the metric is no value, as a missing one is: neither counted nor a group of its own
// (the accumulator skips both; events can hold nulls, e.g. inside nested objects or under
// MergeRule::Replace).

#include "eventsapi_p.h"
#include "eventstore_p.h"
#include "requestjson_p.h"

#include <nlohmann/json.hpp>

#include <FeedbackKit/FeedbackJson>
#include <FeedbackKit/Measurements>

#include <QJsonArray>
#include <QJsonDocument>

namespace FeedbackKit {

using json = nlohmann::json;

namespace {

enum class Needs { Any, Number, Boolean };

struct Aggregation
{
    QString name;
    Needs needs = Needs::Number;
    std::function<double(const Measurement &)> value;
};

std::optional<Aggregation> aggregationNamed(const QString &name)
{
    using M = Measurement;
    static const QHash<QString, Aggregation> known {
        { QStringLiteral("avg"), { {}, Needs::Number, [](const M &m) { return m.avg; } } },
        { QStringLiteral("sum"), { {}, Needs::Number, [](const M &m) { return m.sum; } } },
        { QStringLiteral("min"), { {}, Needs::Number, [](const M &m) { return m.min; } } },
        { QStringLiteral("max"), { {}, Needs::Number, [](const M &m) { return m.max; } } },
        { QStringLiteral("median"), { {}, Needs::Number, [](const M &m) { return m.median; } } },
        { QStringLiteral("p95"), { {}, Needs::Number, [](const M &m) { return m.p95; } } },
        { QStringLiteral("p98"), { {}, Needs::Number, [](const M &m) { return m.p98; } } },
        { QStringLiteral("p99"), { {}, Needs::Number, [](const M &m) { return m.p99; } } },
        { QStringLiteral("count"), { {}, Needs::Any, [](const M &m) { return double(m.count); } } },
        { QStringLiteral("true_pct"),
          { {}, Needs::Boolean, [](const M &m) { return m.truePct; } } },
    };
    static const QHash<QString, QString> aliases {
        { QStringLiteral("average"), QStringLiteral("avg") },
        { QStringLiteral("mean"), QStringLiteral("avg") },
        { QStringLiteral("p50"), QStringLiteral("median") }
    };
    const QString canonical = aliases.value(name, name);
    auto it = known.constFind(canonical);
    if (it == known.cend())
        return std::nullopt;
    Aggregation found = *it;
    found.name = canonical;
    return found;
}

// "filters" is a JSON array; each entry {"field", "operator", "value"} (operator "is" or
// "contains") or a "PATH=VALUE" / "PATH~VALUE" string as the CLI takes it.
std::optional<QList<MeasurementQuery::Filter>> parseFilters(const QString &text, QString *error)
{
    QList<MeasurementQuery::Filter> filters;
    if (text.isEmpty())
        return filters;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!document.isArray()) {
        *error = QStringLiteral("filters: must be a JSON array");
        return std::nullopt;
    }
    for (const QJsonValue &entry : document.array()) {
        if (entry.isString()) {
            auto filter = MeasurementQuery::parseFilter(entry.toString(), error);
            if (!filter)
                return std::nullopt;
            filters.append(*filter);
            continue;
        }
        const QJsonObject object = entry.toObject();
        const QString op = object.value(QStringLiteral("operator")).toString(QStringLiteral("is"));
        MeasurementQuery::Filter filter;
        filter.path = object.value(QStringLiteral("field")).toString();
        filter.value = object.value(QStringLiteral("value"));
        const bool equals = op == QLatin1String("is") || op == QLatin1String("equals");
        const bool contains = op == QLatin1String("contains");
        filter.op = contains ? MeasurementQuery::Filter::Op::Contains
                             : MeasurementQuery::Filter::Op::Equals;
        if (filter.path.isEmpty() || !(equals || contains) || filter.value.isUndefined()) {
            *error = QStringLiteral("filters: each filter needs \"field\", \"operator\" (is, "
                                    "contains) and \"value\"");
            return std::nullopt;
        }
        filters.append(filter);
    }
    return filters;
}

bool typeFits(const Aggregation &aggregation, Measurement::Type type)
{
    if (aggregation.needs == Needs::Any || type == Measurement::Type::None)
        return true;
    return aggregation.needs == Needs::Number ? type == Measurement::Type::Number
                                              : type == Measurement::Type::Boolean;
}

QJsonObject point(const Aggregation &aggregation, const Measurement &m, const QJsonValue &group)
{
    QJsonObject entry { { QStringLiteral("count"), double(m.count) } };
    const bool empty = m.count == 0 && aggregation.needs != Needs::Any;
    entry.insert(QStringLiteral("value"), empty ? QJsonValue() : QJsonValue(aggregation.value(m)));
    if (!group.isUndefined())
        entry.insert(QStringLiteral("group"), group);
    return entry;
}

} // namespace

HttpReply getChart(const EventStore &store, const QUrlQuery &query)
{
    MeasurementQuery measurementQuery;
    measurementQuery.path = query.queryItemValue(QStringLiteral("metric"), QUrl::FullyDecoded);
    if (measurementQuery.path.isEmpty())
        measurementQuery.path = QStringLiteral("duration");
    measurementQuery.groupBy = query.queryItemValue(QStringLiteral("groupBy"), QUrl::FullyDecoded);
    QString aggregationName
        = query.queryItemValue(QStringLiteral("aggregation"), QUrl::FullyDecoded);
    const std::optional<Aggregation> aggregation
        = aggregationNamed(aggregationName.isEmpty() ? QStringLiteral("avg") : aggregationName);
    if (!aggregation) {
        return HttpReply::error(400,
                                QStringLiteral("aggregation: one of avg, sum, min, max, median, "
                                               "p95, p98, p99, count, true_pct"));
    }
    QString error;
    const auto filters
        = parseFilters(query.queryItemValue(QStringLiteral("filters"), QUrl::FullyDecoded), &error);
    if (!filters)
        return HttpReply::error(400, error);
    measurementQuery.filters = *filters;

    MeasurementAccumulator accumulator(measurementQuery);
    store.forEach([&](const json &event) { accumulator.add(feedbackFromJson(event)); });
    const MeasurementResult result = accumulator.result();
    if (!typeFits(*aggregation, result.overall.type)) {
        return HttpReply::error(400,
                                QStringLiteral("%1 does not apply to %2, which holds %3 values")
                                    .arg(aggregation->name, measurementQuery.path,
                                         measurementTypeName(result.overall.type)));
    }
    QJsonObject body = point(*aggregation, result.overall, QJsonValue::Undefined);
    body.insert(QStringLiteral("metric"), measurementQuery.path);
    body.insert(QStringLiteral("aggregation"), aggregation->name);
    body.insert(QStringLiteral("type"), measurementTypeName(result.overall.type));
    body.insert(QStringLiteral("totalEvents"), double(result.overall.count));
    QJsonArray points;
    if (measurementQuery.groupBy.isEmpty())
        points.append(point(*aggregation, result.overall, QJsonValue::Undefined));
    for (auto it = result.groups.cbegin(); it != result.groups.cend(); ++it)
        points.append(point(*aggregation, it.value(), it.key()));
    body.insert(QStringLiteral("events"), points);
    return HttpReply::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace FeedbackKit
