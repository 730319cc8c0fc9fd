// The measurements' JSON shape and the filter syntax, shared by the CLI and the collector.

#include "measurements.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace FeedbackKit {

QString measurementTypeName(Measurement::Type type)
{
    switch (type) {
    case Measurement::Type::Boolean:
        return QStringLiteral("boolean");
    case Measurement::Type::Number:
        return QStringLiteral("number");
    case Measurement::Type::String:
        return QStringLiteral("string");
    case Measurement::Type::None:
        break;
    }
    return QStringLiteral("none");
}

static void insertNumbers(QJsonObject &object, const Measurement &m)
{
    const bool empty = m.count == 0;
    auto figure = [empty](double value) {
        return empty ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    object.insert(QStringLiteral("sum"), m.sum);
    object.insert(QStringLiteral("avg"), figure(m.avg));
    object.insert(QStringLiteral("median"), figure(m.median));
    object.insert(QStringLiteral("min"), figure(m.min));
    object.insert(QStringLiteral("max"), figure(m.max));
    object.insert(QStringLiteral("p95"), figure(m.p95));
    object.insert(QStringLiteral("p98"), figure(m.p98));
    object.insert(QStringLiteral("p99"), figure(m.p99));
}

QJsonObject Measurement::toJson() const
{
    QJsonObject object { { QStringLiteral("type"), measurementTypeName(type) },
                         { QStringLiteral("count"), count },
                         { QStringLiteral("skipped"), skipped } };
    if (type == Type::Boolean) {
        object.insert(QStringLiteral("true"), trueCount);
        object.insert(QStringLiteral("false"), falseCount);
        object.insert(QStringLiteral("true_pct"), truePct);
    } else if (type == Type::Number) {
        insertNumbers(object, *this);
    } else if (type == Type::String) {
        QJsonObject counts;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            counts.insert(it.key(), *it);
        object.insert(QStringLiteral("values"), counts);
    }
    return object;
}

QJsonObject MeasurementResult::toJson() const
{
    QJsonObject object = overall.toJson();
    if (!groups.isEmpty()) {
        QJsonObject byGroup;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            byGroup.insert(it.key(), it->toJson());
        object.insert(QStringLiteral("groups"), byGroup);
    }
    return object;
}

std::optional<MeasurementQuery::Filter> MeasurementQuery::parseFilter(QStringView text,
                                                                      QString *error)
{
    const qsizetype equals = text.indexOf(u'=');
    const qsizetype tilde = text.indexOf(u'~');
    qsizetype split = equals;
    if (split < 0 || (tilde >= 0 && tilde < split))
        split = tilde;
    if (split <= 0) {
        if (error)
            *error = QCoreApplication::translate("FeedbackKit::Measurements",
                                                 "filter \"%1\" must read PATH=VALUE or PATH~VALUE")
                         .arg(text);
        return std::nullopt;
    }
    Filter filter;
    filter.path = text.left(split).toString();
    filter.op = text[split] == u'=' ? Filter::Op::Equals : Filter::Op::Contains;
    const QString raw = text.mid(split + 1).toString();
    // Wrap in an array so scalars (true, 4, "x") parse too.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + raw.toUtf8() + ']');
    filter.value = doc.isArray() && doc.array().size() == 1 ? doc.array().first() : QJsonValue(raw);
    return filter;
}

} // namespace FeedbackKit
