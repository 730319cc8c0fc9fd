// POST /events/export (the TypeScript SDK's events.getEvents) and POST /v1/events/export (the
// Python SDK's events.export) over a fixed set of events, against hand-picked answers.

#include "httptestclient.h"

#include <FeedbackKit/Collector>

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace FeedbackKit;

namespace {
const qint64 t0 = 1700000000000; // 2023-11-14T22:13:20Z
} // namespace

class CollectorExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void query_data();
    void query();
    void eventsAreTheStoredOnes();
    void projections();

private:
    void add(const QString &name, const QByteArray &verb, const QString &path, const QString &json);
    QByteArray withIds(QString text) const;
    HttpResult exportEvents(const QString &path, const QByteArray &body);

    Collector m_collector;
    std::unique_ptr<HttpTestClient> m_http;
    QHash<QString, QString> m_ids;
};

void CollectorExportTest::add(const QString &name, const QByteArray &verb, const QString &path,
                              const QString &json)
{
    m_ids.insert(name, newTestId());
    const HttpResult result = m_http->send(verb, path, withIds(json));
    QVERIFY2(result.status == 200, result.body.constData());
}

// "{E1}" becomes E1's ID, "{t1500}" the time 1500 ms after t0 (milliseconds since the epoch).
QByteArray CollectorExportTest::withIds(QString text) const
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    static const QRegularExpression time(QStringLiteral("\\{t([0-9]+)\\}"));
    for (QRegularExpressionMatch match = time.match(text); match.hasMatch();
         match = time.match(text))
        text.replace(match.capturedStart(), match.capturedLength(),
                     QString::number(t0 + match.captured(1).toLongLong()));
    return text.toUtf8();
}

void CollectorExportTest::initTestCase()
{
    QString error;
    QVERIFY2(m_collector.start(&error), qPrintable(error));
    m_http = std::make_unique<HttpTestClient>(m_collector.baseUrl());
    // In the order stored, which is the order of every answer.
    add(QStringLiteral("S1"), "POST", QStringLiteral("/session/start"),
        R"({"session": {"session_id": "{S1}", "project": "alpha", "start_time": {t0}}})");
    add(QStringLiteral("E1"), "POST", QStringLiteral("/events"),
        R"({"event": {"event_id": "{E1}", "session_id": "{S1}", "project": "alpha",
            "event_type": "model", "inputs": {}, "duration": 10, "start_time": {t1000},
            "metadata": {"model": "gpt-x"}, "feedback": {"rating": true}}})");
    // No project of its own: it is its session's.
    add(QStringLiteral("E2"), "POST", QStringLiteral("/events"),
        R"({"event": {"event_id": "{E2}", "session_id": "{S1}", "event_type": "tool",
            "inputs": {}, "duration": 50, "start_time": {t2000}}})");
    add(QStringLiteral("S2"), "POST", QStringLiteral("/session/start"),
        R"({"session": {"session_id": "{S2}", "project": "beta", "start_time": {t0}}})");
    add(QStringLiteral("E3"), "POST", QStringLiteral("/events"),
        R"({"event": {"event_id": "{E3}", "session_id": "{S2}", "project": "beta",
            "event_type": "model", "inputs": {}, "duration": 30, "start_time": {t3000},
            "metadata": {"tags": ["x", "y"]}}})");
    // A placeholder: no project, no session, no start_time.
    add(QStringLiteral("P"), "PUT", QStringLiteral("/events"),
        R"({"event_id": "{P}", "feedback": {"rating": false}})");
}

HttpResult CollectorExportTest::exportEvents(const QString &path, const QByteArray &body)
{
    return m_http->post(path, body);
}

void CollectorExportTest::query_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("total");
    struct Row
    {
        const char *name;
        const char *body;
        QStringList expected;
        int total = -1; // -1: as many as expected
    };
    const QStringList all { "S1", "E1", "E2", "S2", "E3", "P" };
    const Row rows[] = {
        { "nothing asked", "{}", all },
        { "empty filters", R"({"filters": []})", all },
        { "project", R"({"project": "alpha", "filters": []})", { "S1", "E1", "E2" } },
        { "another project", R"({"project": "beta", "filters": []})", { "S2", "E3" } },
        { "empty project is no filter", R"({"project": "", "filters": []})", all },
        { "unknown project", R"({"project": "gamma", "filters": []})", {} },
        { "session_id",
          R"({"project": "alpha", "filters": [
              {"field": "session_id", "operator": "is", "value": "{S1}", "type": "id"}]})",
          { "S1", "E1", "E2" } },
        { "event_type",
          R"({"filters": [
              {"field": "event_type", "operator": "is", "value": "model", "type": "string"}]})",
          { "E1", "E3" } },
        { "operator left out is \"is\"",
          R"({"filters": [
              {"field": "event_type", "value": "tool"}]})",
          { "E2" } },
        { "is not (a missing field is not)",
          R"({"filters": [
              {"field": "event_type", "operator": "is not", "value": "session"}]})",
          { "E1", "E2", "E3", "P" } },
        { "greater than, number as text",
          R"({"filters": [
              {"field": "duration", "operator": "greater than", "value": "20", "type": "number"}]})",
          { "E2", "E3" } },
        { "less than",
          R"({"filters": [
              {"field": "duration", "operator": "less than", "value": 20, "type": "number"}]})",
          { "E1" } },
        { "number as text, no type",
          R"({"filters": [
              {"field": "duration", "operator": "is", "value": "10"}]})",
          { "E1" } },
        { "boolean as text",
          R"({"filters": [
              {"field": "feedback.rating", "operator": "is", "value": "false", "type": "boolean"}]})",
          { "P" } },
        { "contains in a string",
          R"({"filters": [
              {"field": "metadata.model", "operator": "contains", "value": "gpt"}]})",
          { "E1" } },
        { "contains in an array",
          R"({"filters": [
              {"field": "metadata.tags", "operator": "contains", "value": "y"}]})",
          { "E3" } },
        { "not contains",
          R"({"project": "beta", "filters": [
              {"field": "metadata.tags", "operator": "not contains", "value": "y"}]})",
          { "S2" } },
        { "exists",
          R"({"filters": [{"field": "feedback", "operator": "exists"}]})",
          { "E1", "P" } },
        { "not exists",
          R"({"filters": [{"field": "project", "operator": "not exists"}]})",
          { "E2", "P" } },
        { "two filters",
          R"({"filters": [
              {"field": "event_type", "operator": "is", "value": "model"},
              {"field": "duration", "operator": "greater than", "value": "20", "type": "number"}]})",
          { "E3" } },
        { "date range",
          R"({"dateRange": {"$gte": "2023-11-14T22:13:21.500Z",
                                         "$lte": "2023-11-14T22:13:23Z"}})",
          { "E2", "E3" } },
        { "date range from only, in milliseconds",
          R"({"dateRange": {"$gte": {t2500}}})",
          { "E3" } },
        { "datetime filter",
          R"({"filters": [{"field": "start_time", "operator": "greater than",
              "value": "2023-11-14T22:13:21Z", "type": "datetime"}]})",
          { "E2", "E3" } },
        { "limit", R"({"limit": 2})", { "S1", "E1" }, 6 },
        { "limit as a float (the Python SDK's model)",
          R"({"limit": 2.0, "page": 1.0})",
          { "S1", "E1" },
          6 },
        { "second page", R"({"limit": 2, "page": 2})", { "E2", "S2" }, 6 },
        { "last page, short", R"({"limit": 4, "page": 2})", { "E3", "P" }, 6 },
        { "page past the end", R"({"limit": 5, "page": 3})", {}, 6 },
        { "page of a filtered query",
          R"({"project": "alpha", "limit": 1, "page": 3})",
          { "E2" },
          3 },
        { "largest limit", R"({"limit": 7500})", all },
        { "ignore_order", R"({"ignore_order": true})", all },
    };
    for (const char *path : { "/events/export", "/v1/events/export" }) {
        for (const Row &row : rows) {
            QTest::addRow("%s %s", path, row.name)
                << QString::fromLatin1(path) << QString::fromUtf8(row.body) << row.expected
                << (row.total < 0 ? int(row.expected.size()) : row.total);
        }
    }
}

void CollectorExportTest::query()
{
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(QStringList, expected);
    QFETCH(int, total);
    const HttpResult result = exportEvents(path, withIds(body));
    QCOMPARE(result.status, 200);
    QStringList names;
    const QJsonArray events = result.json().value("events").toArray();
    for (const QJsonValue &event : events)
        names.append(m_ids.key(event.toObject().value("event_id").toString(), QStringLiteral("?")));
    QCOMPARE(names, expected);
    QCOMPARE(result.json().value("totalEvents").toInt(-1), total);
    QCOMPARE(result.json().value("count").toInt(-1), total);
}

void CollectorExportTest::eventsAreTheStoredOnes()
{
    const HttpResult result = exportEvents(QStringLiteral("/events/export"), "{}");
    QCOMPARE(result.status, 200);
    const QJsonArray events = result.json().value("events").toArray();
    QCOMPARE(events.size(), m_ids.size());
    for (const QJsonValue &event : events) {
        const QString id = event.toObject().value("event_id").toString();
        QCOMPARE(event.toObject(), m_collector.event(id));
    }
}

void CollectorExportTest::projections()
{
    const HttpResult result
        = exportEvents(QStringLiteral("/v1/events/export"),
                       R"({"projections": ["event_id", "feedback.rating", "nowhere.at.all"],
                           "filters": [{"field": "feedback", "operator": "exists"}]})");
    QCOMPARE(result.status, 200);
    const QJsonArray events = result.json().value("events").toArray();
    QCOMPARE(events.size(), 2);
    const QJsonObject expected { { "event_id", m_ids.value(QStringLiteral("E1")) },
                                 { "feedback", QJsonObject { { "rating", true } } } };
    QCOMPARE(events.at(0).toObject(), expected);
    QCOMPARE(events.at(1).toObject().value("feedback").toObject().value("rating").toBool(true),
             false);
    QCOMPARE(events.at(1).toObject().size(), 2);
}

QTEST_GUILESS_MAIN(CollectorExportTest)
#include "tst_collector_export.moc"
