#include "measurements.h"

#include "feedback_p.h"
#include "jsonconvert_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <unordered_map>

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

// The order statistics a summary needs, found by selection (O(n)) instead of a full sort
// (O(n log n)): the ranks are visited in increasing order, each selection only searching what
// lies above the previous one.
class OrderStatistics
{
public:
    explicit OrderStatistics(std::vector<double> values)
        : m_values(std::move(values))
    { }

    // Linear interpolation between closest ranks (rank = p * (n - 1)), as NumPy's default and
    // spreadsheets' PERCENTILE.INC compute it. Call with increasing \a p.
    double percentile(double p)
    {
        const size_t last = m_values.size() - 1;
        const double rank = p * double(last);
        const size_t below = std::min(size_t(std::floor(rank)), last);
        const size_t above = std::min(below + 1, last);
        const double low = at(below);
        return low + (rank - double(below)) * (at(above) - low);
    }

private:
    double at(size_t rank)
    {
        if (rank >= m_selected) {
            std::nth_element(m_values.begin() + std::ptrdiff_t(m_selected),
                             m_values.begin() + std::ptrdiff_t(rank), m_values.end());
            m_selected = rank;
        }
        return m_values[rank];
    }

    std::vector<double> m_values;
    size_t m_selected = 0; // everything below this rank is in its sorted place
};

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
        // Neumaier's compensated sum: a million values keep their exact-looking total.
        double sum = 0, compensation = 0;
        for (double number : numbers) {
            const double next = sum + number;
            compensation += std::fabs(sum) >= std::fabs(number) ? (sum - next) + number
                                                                : (number - next) + sum;
            sum = next;
        }
        result.sum = sum + compensation;
        result.avg = result.sum / double(numbers.size());
        const auto [min, max] = std::minmax_element(numbers.begin(), numbers.end());
        result.min = *min;
        result.max = *max;
        OrderStatistics order(numbers);
        result.median = order.percentile(0.5);
        result.p95 = order.percentile(0.95);
        result.p98 = order.percentile(0.98);
        result.p99 = order.percentile(0.99);
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

// A group's name: a string as itself, anything else as its JSON text ("null" when missing).
std::string groupName(const json *value)
{
    if (!value)
        return "null";
    if (value->is_string())
        return value->get_ref<const std::string &>();
    return value->dump(-1, ' ', false, json::error_handler_t::replace);
}
} // namespace

class MeasurementAccumulatorPrivate
{
public:
    PathSegments pathSegments;
    PathSegments groupSegments;
    std::vector<CompiledFilter> filters;
    Bucket overall;
    std::unordered_map<std::string, Bucket> groups;
};

MeasurementAccumulator::MeasurementAccumulator(MeasurementQuery query)
    : d(std::make_unique<MeasurementAccumulatorPrivate>())
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
    d->groups[groupName(findAtPath(root, d->groupSegments))].add(*value);
}

MeasurementResult MeasurementAccumulator::result() const
{
    MeasurementResult result;
    result.overall = d->overall.finish();
    for (const auto &[name, bucket] : d->groups)
        result.groups.insert(toQString(name), bucket.finish());
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
