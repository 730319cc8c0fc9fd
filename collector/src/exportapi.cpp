// POST /events/export (the TypeScript SDK's events.getEvents) and POST /v1/events/export (the
// Python SDK's events.export): the stored events that match a query, a page at a time.
//
// The request is the SDKs' GetEventsRequestBody / LegacyExportEventsRequest: "project",
// "filters" [{"field", "operator", "value", "type"}], "dateRange" {"$gte", "$lte"} (on
// start_time), "projections", "limit", "page"; the Python SDK also sends "ignore_order". The
// reply has the events under "events" and their number before paging under both "totalEvents"
// (the TypeScript model) and "count" (the Python model requires it). Anything else in the
// request is refused with 400, so that a misspelt filter is not silently a query for everything.

#include "eventsapi_p.h"
#include "eventstore_p.h"
#include "failure_p.h"
#include "requestjson_p.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <unordered_map>

namespace FeedbackKit {

using json = nlohmann::json;

namespace {

// HoneyHive's limits (the Python SDK's export(): default 1000, at most 7500).
constexpr qint64 exportDefaultLimit = 1000;
constexpr qint64 exportMaxLimit = 7500;

using JsonPath = std::vector<std::string>;

JsonPath splitJsonPath(const std::string &text)
{
    JsonPath path;
    size_t start = 0;
    for (size_t dot = text.find('.'); dot != std::string::npos; dot = text.find('.', start)) {
        path.push_back(text.substr(start, dot - start));
        start = dot + 1;
    }
    path.push_back(text.substr(start));
    return path;
}

const json *valueAtPath(const json &root, const JsonPath &path)
{
    const json *node = &root;
    for (const std::string &key : path) {
        if (!node->is_object())
            return nullptr;
        const auto it = node->find(key);
        if (it == node->end())
            return nullptr;
        node = &*it;
    }
    return node;
}

// A number, or a string holding one in full ("42", "0.5"): filters carry their values as text.
std::optional<double> numberIn(const json &value)
{
    if (value.is_number())
        return value.get<double>();
    if (!value.is_string())
        return std::nullopt;
    bool ok = false;
    const double number = QString::fromStdString(value.get<std::string>()).toDouble(&ok);
    return ok && std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

// Milliseconds since the epoch, as start_time holds them: a number, or an ISO 8601 date.
std::optional<double> timeIn(const json &value)
{
    if (value.is_number() && std::isfinite(value.get<double>()))
        return value.get<double>();
    if (!value.is_string())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(QString::fromStdString(value.get<std::string>()),
                                                 Qt::ISODateWithMs);
    return time.isValid() ? std::optional<double>(double(time.toMSecsSinceEpoch())) : std::nullopt;
}

enum class FilterOp { Is, IsNot, Contains, NotContains, GreaterThan, LessThan, Exists, NotExists };

struct EventFilter
{
    JsonPath path;
    FilterOp op = FilterOp::Is;
    json wanted;

    bool matches(const json &event) const
    {
        const json *value = valueAtPath(event, path);
        const bool present = value && !value->is_null();
        switch (op) {
        case FilterOp::Exists:
            return present;
        case FilterOp::NotExists:
            return !present;
        case FilterOp::IsNot:
            return !present || !equals(*value);
        case FilterOp::NotContains:
            return !present || !contains(*value);
        default:
            break;
        }
        if (!present)
            return false;
        if (op == FilterOp::Is)
            return equals(*value);
        if (op == FilterOp::Contains)
            return contains(*value);
        return compares(*value);
    }

    // A number or boolean also equals its JSON text: the TypeScript SDK sends every value as a
    // string, with "type" to say what it is, and "type" may be left out.
    bool equals(const json &value) const
    {
        return value == wanted
            || (wanted.is_string() && (value.is_number() || value.is_boolean())
                && value.dump() == wanted.get_ref<const std::string &>());
    }

    bool contains(const json &value) const
    {
        if (value.is_array())
            return std::any_of(value.begin(), value.end(),
                               [this](const json &item) { return equals(item); });
        const std::string text = wanted.is_string() ? wanted.get<std::string>() : wanted.dump();
        return value.is_string()
            && value.get_ref<const std::string &>().find(text) != std::string::npos;
    }

    bool compares(const json &value) const
    {
        if (value.is_string() && wanted.is_string()) {
            const int order = value.get_ref<const std::string &>().compare(
                wanted.get_ref<const std::string &>());
            return op == FilterOp::GreaterThan ? order > 0 : order < 0;
        }
        const std::optional<double> have = value.is_number() ? numberIn(value) : std::nullopt;
        const std::optional<double> limit = numberIn(wanted);
        if (!have || !limit)
            return false;
        return op == FilterOp::GreaterThan ? *have > *limit : *have < *limit;
    }
};

struct ExportQuery
{
    std::optional<std::string> project;
    std::vector<EventFilter> filters;
    std::optional<double> from; // start_time bounds, inclusive
    std::optional<double> to;
    std::vector<JsonPath> projections;
    qint64 limit = exportDefaultLimit;
    qint64 page = 1;
};

std::optional<FilterOp> filterOpNamed(const std::string &name)
{
    static const QHash<QString, FilterOp> ops {
        { QStringLiteral("is"), FilterOp::Is },
        { QStringLiteral("is not"), FilterOp::IsNot },
        { QStringLiteral("contains"), FilterOp::Contains },
        { QStringLiteral("not contains"), FilterOp::NotContains },
        { QStringLiteral("greater than"), FilterOp::GreaterThan },
        { QStringLiteral("less than"), FilterOp::LessThan },
        { QStringLiteral("exists"), FilterOp::Exists },
        { QStringLiteral("not exists"), FilterOp::NotExists },
    };
    const auto it = ops.constFind(QString::fromStdString(name));
    return it == ops.cend() ? std::nullopt : std::optional<FilterOp>(*it);
}

// The value a filter compares with, read as its "type" says ("string", "id", "number",
// "boolean", "datetime"; as given when left out).
std::optional<json> filterValue(const json &value, const std::string &type)
{
    if (type.empty())
        return value;
    if (type == "string" || type == "id")
        return value.is_string() ? value : json(value.dump());
    if (type == "number") {
        const std::optional<double> number = numberIn(value);
        return number ? std::optional<json>(*number) : std::nullopt;
    }
    if (type == "boolean") {
        if (value.is_boolean())
            return value;
        return value == "true" || value == "false" ? std::optional<json>(value == "true")
                                                   : std::nullopt;
    }
    const std::optional<double> time = timeIn(value); // "datetime"
    return time ? std::optional<json>(*time) : std::nullopt;
}

bool readFilterValue(const json &entry, const std::string &type, const QString &where, json *wanted,
                     QString *error)
{
    static const std::set<std::string> types {
        "", "string", "id", "number", "boolean", "datetime"
    };
    if (!types.count(type))
        return fail(error,
                    where + QStringLiteral(".type: one of string, id, number, boolean, datetime"));
    const auto value = entry.find("value");
    if (value == entry.end())
        return fail(error, where + QStringLiteral(".value: missing"));
    if (!value->is_primitive())
        return fail(error, where + QStringLiteral(".value: must be a string, number or boolean"));
    std::optional<json> read = filterValue(*value, type);
    if (!read)
        return fail(error,
                    where + QStringLiteral(".value: not a %1").arg(QString::fromStdString(type)));
    *wanted = std::move(*read);
    return true;
}

bool readFilter(const json &entry, const QString &where, EventFilter *filter, QString *error)
{
    if (!entry.is_object())
        return fail(error, where + QStringLiteral(": must be an object"));
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        static const std::set<std::string> keys { "field", "operator", "value", "type" };
        if (!keys.count(it.key()))
            return fail(error,
                        where
                            + QStringLiteral(": unknown key \"%1\" (a filter has field, "
                                             "operator, value and type)")
                                  .arg(QString::fromStdString(it.key())));
    }
    const json field = entry.value("field", json());
    const json op = entry.value("operator", json("is"));
    const json type = entry.value("type", json(""));
    if (!field.is_string() || field.get_ref<const std::string &>().empty())
        return fail(error, where + QStringLiteral(".field: must be a non-empty string"));
    const std::optional<FilterOp> known
        = op.is_string() ? filterOpNamed(op.get<std::string>()) : std::nullopt;
    if (!known)
        return fail(error,
                    where
                        + QStringLiteral(".operator: one of is, is not, contains, not "
                                         "contains, greater than, less than, exists, "
                                         "not exists"));
    if (!type.is_string())
        return fail(error, where + QStringLiteral(".type: must be a string"));
    filter->path = splitJsonPath(field.get<std::string>());
    filter->op = *known;
    if (*known == FilterOp::Exists || *known == FilterOp::NotExists)
        return true;
    return readFilterValue(entry, type.get<std::string>(), where, &filter->wanted, error);
}

bool readFilters(const json &value, ExportQuery *query, QString *error)
{
    if (!value.is_array())
        return fail(error, QStringLiteral("filters: must be an array"));
    for (size_t i = 0; i < value.size(); ++i) {
        EventFilter filter;
        if (!readFilter(value[i], QStringLiteral("filters.%1").arg(i), &filter, error))
            return false;
        query->filters.push_back(std::move(filter));
    }
    return true;
}

bool readDateRange(const json &value, ExportQuery *query, QString *error)
{
    if (!value.is_object())
        return fail(error, QStringLiteral("dateRange: must be an object"));
    for (auto it = value.begin(); it != value.end(); ++it) {
        const bool from = it.key() == "$gte";
        if (!from && it.key() != "$lte")
            return fail(error,
                        QStringLiteral("dateRange: unknown key \"%1\" (it has $gte and $lte)")
                            .arg(QString::fromStdString(it.key())));
        const std::optional<double> time = timeIn(it.value());
        if (!time)
            return fail(error,
                        QStringLiteral("dateRange.%1: an ISO 8601 date or milliseconds "
                                       "since the epoch")
                            .arg(QString::fromStdString(it.key())));
        (from ? query->from : query->to) = time;
    }
    return true;
}

bool readProjections(const json &value, ExportQuery *query, QString *error)
{
    if (!value.is_array())
        return fail(error, QStringLiteral("projections: must be an array of field names"));
    for (const json &name : value) {
        if (!name.is_string() || name.get_ref<const std::string &>().empty())
            return fail(error, QStringLiteral("projections: must be an array of field names"));
        query->projections.push_back(splitJsonPath(name.get<std::string>()));
    }
    return true;
}

// A whole number from 1 to \a max, also when sent as 10.0 (the Python SDK's models hold
// "limit" and "page" as floats).
bool readCount(const json &value, const char *key, qint64 max, qint64 *count, QString *error)
{
    const double number = value.is_number() ? value.get<double>() : 0;
    if (!value.is_number() || !(number >= 1 && number <= double(max))
        || std::floor(number) != number)
        return fail(error,
                    QStringLiteral("%1: must be a whole number from 1 to %2")
                        .arg(QLatin1String(key))
                        .arg(max));
    *count = qint64(number);
    return true;
}

bool readExportField(const std::string &key, const json &value, ExportQuery *query, QString *error)
{
    if (key == "project") {
        if (!value.is_string())
            return fail(error, QStringLiteral("project: must be a string"));
        if (!value.get_ref<const std::string &>().empty())
            query->project = value.get<std::string>();
        return true;
    }
    if (key == "filters")
        return readFilters(value, query, error);
    if (key == "dateRange")
        return readDateRange(value, query, error);
    if (key == "projections")
        return readProjections(value, query, error);
    if (key == "limit")
        return readCount(value, "limit", exportMaxLimit, &query->limit, error);
    if (key == "page")
        return readCount(value, "page", std::numeric_limits<int>::max(), &query->page, error);
    if (key == "ignore_order") // the order is always the order events were first stored in
        return value.is_boolean() || fail(error, QStringLiteral("ignore_order: must be a boolean"));
    return fail(error,
                QStringLiteral("unknown field \"%1\" (an export takes project, filters, "
                               "dateRange, projections, limit, page and ignore_order)")
                    .arg(QString::fromStdString(key)));
}

std::optional<ExportQuery> readExportQuery(const QByteArray &body, QString *error)
{
    std::optional<json> request = parseRequestJson(body, error);
    if (!request)
        return std::nullopt;
    if (!request->is_object()) {
        fail(error, QStringLiteral("the body must be a JSON object"));
        return std::nullopt;
    }
    ExportQuery query;
    for (auto it = request->begin(); it != request->end(); ++it) {
        if (!readExportField(it.key(), it.value(), &query, error))
            return std::nullopt;
    }
    return query;
}

// An event's project: its own, or else its session's (events of a session often leave it out).
class ProjectMatcher
{
public:
    ProjectMatcher(const EventStore &store, std::optional<std::string> project)
        : m_project(std::move(project))
    {
        if (!m_project)
            return;
        store.forEach([this](const json &event) {
            if (event.value("event_type", json()) == "session")
                m_sessionProjects.emplace(stringField(event, "event_id").toStdString(),
                                          stringField(event, "project").toStdString());
        });
    }

    bool matches(const json &event) const
    {
        if (!m_project)
            return true;
        const auto own = event.find("project");
        if (own != event.end())
            return *own == *m_project;
        const auto session = m_sessionProjects.find(stringField(event, "session_id").toStdString());
        return session != m_sessionProjects.end() && session->second == *m_project;
    }

private:
    std::optional<std::string> m_project;
    std::unordered_map<std::string, std::string> m_sessionProjects;
};

bool inDateRange(const ExportQuery &query, const json &event)
{
    if (!query.from && !query.to)
        return true;
    const auto start = event.find("start_time");
    if (start == event.end() || !start->is_number())
        return false;
    const double time = start->get<double>();
    return (!query.from || time >= *query.from) && (!query.to || time <= *query.to);
}

json projected(const json &event, const std::vector<JsonPath> &projections)
{
    if (projections.empty())
        return event;
    json result = json::object();
    for (const JsonPath &path : projections) {
        const json *value = valueAtPath(event, path);
        if (!value)
            continue;
        json *into = &result;
        for (const std::string &key : path)
            into = &(*into)[key];
        *into = *value;
    }
    return result;
}

} // namespace

HttpReply exportEvents(const EventStore &store, const QByteArray &body)
{
    QString error;
    const std::optional<ExportQuery> query = readExportQuery(body, &error);
    if (!query)
        return HttpReply::error(400, error);
    const ProjectMatcher project(store, query->project);
    const qint64 first = (query->page - 1) * query->limit;
    qint64 total = 0;
    json events = json::array();
    store.forEach([&](const json &event) {
        const bool matches = project.matches(event) && inDateRange(*query, event)
            && std::all_of(query->filters.begin(), query->filters.end(),
                           [&](const EventFilter &filter) { return filter.matches(event); });
        if (!matches)
            return;
        if (total >= first && total < first + query->limit)
            events.push_back(projected(event, query->projections));
        ++total;
    });
    const json reply { { "events", std::move(events) },
                       { "totalEvents", total },
                       { "count", total } };
    return HttpReply::json(
        200, QByteArray::fromStdString(reply.dump(-1, ' ', false, json::error_handler_t::replace)));
}

} // namespace FeedbackKit
