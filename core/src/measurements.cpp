#include "measurements.h"

#include "feedback_p.h"
#include "jsonconvert_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace FeedbackKit {

using nlohmann::json;

namespace {
Measurement::Type typeOf(const json &value)
{
    if (value.is_boolean())
        return Measurement::Type::Boolean;
    if (value.is_number())
        return Measurement::Type::Number;
    if (value.is_string())
        return Measurement::Type::String;
    return Measurement::Type::None;
}

// Linear interpolation between closest ranks (rank = p * (n - 1)), as NumPy's default and
// spreadsheets' PERCENTILE.INC compute it.
double percentile(const std::vector<double> &sorted, double p)
{
    const double rank = p * double(sorted.size() - 1);
    const size_t below = size_t(std::floor(rank));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (rank - double(below)) * (sorted[above] - sorted[below]);
}

// The values of one group, kept until result() so numbers can be sorted once.
struct Bucket
{
    Measurement measurement;
    std::vector<double> numbers;

    void add(const json &value)
    {
        const Measurement::Type type = typeOf(value);
        if (measurement.type == Measurement::Type::None)
            measurement.type = type;
        if (type != measurement.type || type == Measurement::Type::None) {
            ++measurement.skipped;
            return;
        }
        // NaN and infinities cannot be in a valid document, but measured documents are not
        // always validated (the collector measures whole events); sorting them would be UB.
        if (type == Measurement::Type::Number && !std::isfinite(value.get<double>())) {
            ++measurement.skipped;
            return;
        }
        ++measurement.count;
        if (type == Measurement::Type::Boolean)
            ++(value.get<bool>() ? measurement.trueCount : measurement.falseCount);
        else if (type == Measurement::Type::Number)
            numbers.push_back(value.get<double>());
        else
            ++measurement.values[toQString(value.get_ref<const std::string &>())];
    }

    Measurement finish() const
    {
        Measurement result = measurement;
        if (result.type == Measurement::Type::Boolean && result.count > 0)
            result.truePct = 100.0 * double(result.trueCount) / double(result.count);
        if (result.type == Measurement::Type::Number && !numbers.empty())
            summarise(result);
        return result;
    }

    void summarise(Measurement &result) const
    {
        std::vector<double> sorted = numbers;
        std::sort(sorted.begin(), sorted.end());
        for (double number : sorted)
            result.sum += number;
        result.avg = result.sum / double(sorted.size());
        result.min = sorted.front();
        result.max = sorted.back();
        result.median = percentile(sorted, 0.5);
        result.p95 = percentile(sorted, 0.95);
        result.p98 = percentile(sorted, 0.98);
        result.p99 = percentile(sorted, 0.99);
    }
};

// A filter with its path and value converted once, not once per document.
struct CompiledFilter
{
    PathSegments path;
    MeasurementQuery::Filter::Op op;
    json wanted;

    bool matches(const json &document) const
    {
        const json *value = findAtPath(document, path);
        if (!value)
            return false;
        if (op == MeasurementQuery::Filter::Op::Equals)
            return *value == wanted;
        if (value->is_string() && wanted.is_string())
            return value->get_ref<const std::string &>().find(wanted.get_ref<const std::string &>())
                != std::string::npos;
        return value->is_array() && std::find(value->begin(), value->end(), wanted) != value->end();
    }
};

QString groupName(const json &value)
{
    if (value.is_string())
        return toQString(value.get_ref<const std::string &>());
    return toQString(value.dump(-1, ' ', false, json::error_handler_t::replace));
}
} // namespace

struct MeasurementAccumulator::Private
{
    PathSegments pathSegments;
    PathSegments groupSegments;
    std::vector<CompiledFilter> filters;
    Bucket overall;
    QMap<QString, Bucket> groups;
};

MeasurementAccumulator::MeasurementAccumulator(MeasurementQuery query)
    : d(std::make_unique<Private>())
{
    d->pathSegments = toPathSegments(splitDotPath(query.path));
    d->groupSegments = toPathSegments(splitDotPath(query.groupBy));
    for (const auto &filter : query.filters)
        d->filters.push_back(
            { toPathSegments(splitDotPath(filter.path)), filter.op, toNlohmann(filter.value) });
}

MeasurementAccumulator::~MeasurementAccumulator() = default;

void MeasurementAccumulator::add(const Feedback &document)
{
    const json &root = FeedbackData::of(document);
    for (const CompiledFilter &filter : d->filters) {
        if (!filter.matches(root))
            return;
    }
    const json *value = findAtPath(root, d->pathSegments);
    if (!value || value->is_null())
        return;
    d->overall.add(*value);
    if (d->groupSegments.empty())
        return;
    const json *group = findAtPath(root, d->groupSegments);
    d->groups[group ? groupName(*group) : QStringLiteral("null")].add(*value);
}

MeasurementResult MeasurementAccumulator::result() const
{
    MeasurementResult result;
    result.overall = d->overall.finish();
    for (auto it = d->groups.cbegin(); it != d->groups.cend(); ++it)
        result.groups.insert(it.key(), it->finish());
    return result;
}

MeasurementResult measure(const QList<Feedback> &documents, const MeasurementQuery &query)
{
    MeasurementAccumulator accumulator(query);
    for (const Feedback &document : documents)
        accumulator.add(document);
    return accumulator.result();
}

} // namespace FeedbackKit
