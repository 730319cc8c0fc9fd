#pragma once

#include <FeedbackKit/Feedback>

#include <QJsonObject>
#include <QList>
#include <QMap>

#include <memory>

namespace FeedbackKit {

/*!
 * \brief Which values to measure: a dot path, optional filters and an optional group-by path.
 */
struct FEEDBACKKIT_CORE_EXPORT MeasurementQuery
{
    struct Filter
    {
        enum class Op {
            Equals, ///< the value at \c path equals \c value (JSON equality; 4 == 4.0)
            Contains, ///< a string containing \c value, or an array with an element equal to it
        };
        QString path;
        Op op = Op::Equals;
        QJsonValue value;
    };

    QString path;
    QString groupBy;
    QList<Filter> filters;

    /*!
     * Parses a filter written "PATH=VALUE" (equals) or "PATH~VALUE" (contains). VALUE is read
     * as JSON when it is JSON (true, 4, "x"), otherwise as a plain string.
     */
    static std::optional<Filter> parseFilter(QStringView text, QString *error = nullptr);
};

/*!
 * \brief The measurements of one set of values, by the type of the values.
 *
 * The type is that of the first value found at the path; values of another type are counted
 * in \c skipped, never coerced. Documents without the path (or filtered out) are not counted.
 * Percentiles (and the median) interpolate linearly between the closest ranks.
 */
struct FEEDBACKKIT_CORE_EXPORT Measurement
{
    enum class Type { None, Boolean, Number, String };

    Type type = Type::None;
    qint64 count = 0;
    qint64 skipped = 0;
    // Boolean
    qint64 trueCount = 0;
    qint64 falseCount = 0;
    double truePct = 0;
    // Number
    double sum = 0;
    double avg = 0;
    double median = 0;
    double min = 0;
    double max = 0;
    double p95 = 0;
    double p98 = 0;
    double p99 = 0;
    // String: how many times each distinct value occurs.
    QMap<QString, qint64> values;

    /*!
     * The figures under their documented keys: "type", "count", "skipped", and per type
     * "true", "false", "true_pct" / "sum", "avg", "median", "min", "max", "p95", "p98", "p99" /
     * "values". Number figures of an empty set are null.
     */
    QJsonObject toJson() const;
};

/*! The measurement of the whole set, and of each group when the query groups. */
struct FEEDBACKKIT_CORE_EXPORT MeasurementResult
{
    Measurement overall;
    QMap<QString, Measurement> groups;
    /*! overall.toJson(), plus "groups" mapping each group value to its measurement. */
    QJsonObject toJson() const;
};

class MeasurementAccumulatorPrivate;

/*!
 * \brief Measures feedback documents one at a time (so a large file never sits in memory as
 * documents, only as the values measured).
 *
 * Works on any JSON object wrapped in Feedback, so the collector measures whole events
 * ("feedback.rating") with the same code the CLI uses for bare feedback ("rating").
 */
class FEEDBACKKIT_CORE_EXPORT MeasurementAccumulator
{
public:
    explicit MeasurementAccumulator(MeasurementQuery query);
    ~MeasurementAccumulator();
    MeasurementAccumulator(const MeasurementAccumulator &) = delete;
    MeasurementAccumulator &operator=(const MeasurementAccumulator &) = delete;

    void add(const Feedback &document);
    MeasurementResult result() const;

private:
    std::unique_ptr<MeasurementAccumulatorPrivate> const d;
};

/*! Convenience: measures \a documents in one go. */
FEEDBACKKIT_CORE_EXPORT MeasurementResult measure(const QList<Feedback> &documents,
                                                  const MeasurementQuery &query);

/*! "boolean", "number", "string" or "none". */
FEEDBACKKIT_CORE_EXPORT QString measurementTypeName(Measurement::Type type);

} // namespace FeedbackKit
