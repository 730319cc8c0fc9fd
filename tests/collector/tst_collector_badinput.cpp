// Every kind of bad request gets a 4xx with {"error": "..."} and changes nothing.

#include "httptestclient.h"

#include <FeedbackKit/Collector>

#include <QTest>

using namespace FeedbackKit;

namespace {
const QString knownId = QStringLiteral("7f22137a-6911-4ed3-bc36-110f1dde6b66");
} // namespace

class CollectorBadInputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void oversizedBody_data();
    void oversizedBody();
    void absurdNestingIsRefusedCheaply();
    void apiKey();

private:
    std::unique_ptr<Collector> m_collector;
    std::unique_ptr<HttpTestClient> m_http;
    QJsonObject m_knownEvent;
};

void CollectorBadInputTest::initTestCase()
{
    CollectorOptions options;
    options.maxBodyBytes = 64 * 1024; // small, so the oversize cases stay fast
    m_collector = std::make_unique<Collector>(options);
    QString error;
    QVERIFY2(m_collector->start(&error), qPrintable(error));
    m_http = std::make_unique<HttpTestClient>(m_collector->baseUrl());
    QCOMPARE(m_http
                 ->put(QStringLiteral(R"({"event_id": "%1", "feedback": {"rating": true}})")
                           .arg(knownId)
                           .toUtf8())
                 .status,
             200);
    m_knownEvent = m_collector->event(knownId);
}

void CollectorBadInputTest::refused_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorPart");
    const QByteArray id = knownId.toUtf8();
    auto put = [&](const char *name, const QByteArray &body, const char *part) {
        QTest::newRow(name) << QByteArray("PUT") << "/events" << body << 400 << part;
    };
    put("malformed JSON", "{\"event_id\": ", "malformed JSON");
    put("not an object", "[1, 2]", "object");
    put("empty body", "", "malformed JSON");
    put("duplicate key", "{\"event_id\": \"" + id + "\", \"event_id\": \"" + id + "\"}",
        "duplicate key");
    put("invalid UTF-8", "{\"event_id\": \"" + id + "\", \"feedback\": {\"c\": \"\xff\xfe\"}}",
        "malformed JSON");
    put("missing event_id", "{\"feedback\": {\"rating\": false}}", "event_id");
    put("event_id not a UUID", "{\"event_id\": \"ABC\", \"feedback\": {}}", "event_id");
    put("event_id a number", "{\"event_id\": 7}", "event_id: must be a string");
    put("feedback a string", "{\"event_id\": \"" + id + "\", \"feedback\": \"good\"}",
        "feedback: must be an object");
    put("metrics an array", "{\"event_id\": \"" + id + "\", \"metrics\": [1]}",
        "metrics: must be an object");
    put("duration a string", "{\"event_id\": \"" + id + "\", \"duration\": \"5\"}",
        "duration: must be a finite number");
    put("duration overflowing", "{\"event_id\": \"" + id + "\", \"duration\": 1e999}", "");
    put("six object levels",
        "{\"event_id\": \"" + id
            + "\", \"feedback\": {\"a\": {\"b\": {\"c\": {\"d\": {\"e\": {\"f\": {}}}}}}}}",
        "feedback.a.b.c.d.e.f");
    put("three array levels", "{\"event_id\": \"" + id + "\", \"feedback\": {\"edits\": [[[1]]]}}",
        "feedback.edits");
    put("dotted key", "{\"event_id\": \"" + id + "\", \"feedback\": {\"a.b\": 1}}", "feedback");
    put("ground_truth a number",
        "{\"event_id\": \"" + id + "\", \"feedback\": {\"ground_truth\": 4}}",
        "feedback.ground_truth");
    put("expert metrics too deep",
        "{\"event_id\": \"" + id
            + "\", \"metrics\": {\"a\": {\"b\": {\"c\": {\"d\": {\"e\": {\"f\": {}}}}}}}}",
        "metrics.a.b.c.d.e.f");

    auto post = [&](const char *name, const char *path, const QByteArray &body, const char *part) {
        QTest::newRow(name) << QByteArray("POST") << path << body << 400 << part;
    };
    post("event missing", "/events", "{\"evnt\": {}}", "missing \"event\"");
    post("event a number", "/events", "{\"event\": 42}", "event: must be an object");
    post("event string not JSON", "/events", "{\"event\": \"{nope\"}", "event: malformed JSON");
    post("event_type unknown", "/events", "{\"event\": {\"event_type\": \"span\", \"inputs\": {}}}",
         "event_type");
    post("session event_id differs", "/session/start",
         "{\"session\": {\"session_id\": \"" + id
             + "\", \"event_id\": \"7f22137a-6911-4ed3-bc36-110f1dde6b67\"}}",
         "session_id");
    post("session missing", "/session/start", "{}", "missing \"session\"");
    post("batch events not array", "/events/batch", "{\"events\": {}}", "events");
    post("batch empty", "/events/batch", "{\"events\": []}", "events");
    post("batch bad entry", "/events/batch",
         "{\"events\": [{\"event_type\": \"tool\", \"inputs\": {}}, {\"event_type\": \"tool\", "
         "\"inputs\": 3}]}",
         "events.1.inputs");
    post("batch flag not boolean", "/events/batch", "{\"events\": [{}], \"is_single_session\": 1}",
         "is_single_session");

    post("batch flags disagree", "/v1/events/batch",
         "{\"events\": [{}], \"is_single_session\": true, \"single_session\": false}", "disagree");
    post("batch single_session not boolean", "/v1/events/batch",
         "{\"events\": [{}], \"single_session\": \"yes\"}", "single_session");
    post("v1 batch events not array", "/v1/events/batch", "{\"events\": 3}", "events");

    // The types HoneyHive's SDKs read back (their Event models), refused on the way in.
    post("event_name a number", "/events",
         "{\"event\": {\"event_type\": \"tool\", \"inputs\": {}, \"event_name\": 3}}",
         "event_name: must be a string");
    post("source an object", "/session/start", "{\"session\": {\"source\": {}}}",
         "source: must be a string");
    post("project a number", "/session/start", "{\"session\": {\"project\": 1}}",
         "project: must be a string");
    post("children_ids not strings", "/events",
         "{\"event\": {\"event_type\": \"tool\", \"inputs\": {}, \"children_ids\": [1]}}",
         "children_ids");
    post("error an object", "/events",
         "{\"event\": {\"event_type\": \"tool\", \"inputs\": {}, \"error\": {}}}",
         "error: must be a string or null");
    post("end_time a fraction", "/events",
         "{\"event\": {\"event_type\": \"tool\", \"inputs\": {}, \"end_time\": 1.5}}", "end_time");
    post("batch entry session_name a number", "/events/batch",
         "{\"events\": [{\"event_type\": \"tool\", \"inputs\": {}, \"session_name\": 2}]}",
         "events.0.session_name");

    // The export: a query refused whole, with the field named.
    for (const char *path : { "/events/export", "/v1/events/export" }) {
        auto query = [&](const char *name, const QByteArray &body, const char *part) {
            QTest::addRow("%s %s", path, name) << QByteArray("POST") << path << body << 400 << part;
        };
        query("malformed JSON", "{\"filters\": [", "malformed JSON");
        query("empty body", "", "malformed JSON");
        query("not an object", "[]", "object");
        query("duplicate key", "{\"limit\": 1, \"limit\": 2}", "duplicate key");
        query("unknown field", "{\"filter\": []}", "unknown field \"filter\"");
        query("evaluation_id (not served)", "{\"evaluation_id\": \"e\"}", "evaluation_id");
        query("project a number", "{\"project\": 5}", "project: must be a string");
        query("filters an object", "{\"filters\": {}}", "filters: must be an array");
        query("filter a string", "{\"filters\": [\"session_id=x\"]}", "filters.0");
        query("filter without field", "{\"filters\": [{\"value\": \"x\"}]}", "filters.0.field");
        query("filter field a number", "{\"filters\": [{\"field\": 1, \"value\": \"x\"}]}",
              "filters.0.field");
        query("unknown operator",
              "{\"filters\": [{\"field\": \"a\", \"operator\": \"near\", \"value\": 1}]}",
              "filters.0.operator");
        query("unknown filter type",
              "{\"filters\": [{\"field\": \"a\", \"value\": 1, \"type\": \"float\"}]}",
              "filters.0.type");
        query("unknown filter key",
              "{\"filters\": [{\"field\": \"a\", \"value\": 1, \"op\": \"is\"}]}",
              "filters.0: unknown key \"op\"");
        query("filter value missing", "{\"filters\": [{\"field\": \"a\", \"operator\": \"is\"}]}",
              "filters.0.value: missing");
        query("filter value an object", "{\"filters\": [{\"field\": \"a\", \"value\": {}}]}",
              "filters.0.value");
        query("empty filter",
              "{\"filters\": [{}, {\"field\": \"a\", \"value\": \"ten\", \"type\": \"number\"}]}",
              "filters.0.field");
        query("second filter, number that is not",
              "{\"filters\": [{\"field\": \"b\", \"value\": 1}, {\"field\": \"a\", "
              "\"value\": \"ten\", \"type\": \"number\"}]}",
              "filters.1.value: not a number");
        query("boolean that is not",
              "{\"filters\": [{\"field\": \"a\", \"value\": \"yes\", \"type\": \"boolean\"}]}",
              "filters.0.value: not a boolean");
        query("bad datetime",
              "{\"filters\": [{\"field\": \"a\", \"value\": \"soon\", \"type\": \"datetime\"}]}",
              "filters.0.value: not a datetime");
        query("dateRange a string", "{\"dateRange\": \"today\"}", "dateRange");
        query("dateRange unknown key", "{\"dateRange\": {\"$gt\": \"2024-01-01T00:00:00Z\"}}",
              "dateRange: unknown key");
        query("dateRange bad date", "{\"dateRange\": {\"$gte\": \"yesterday\"}}", "dateRange.$gte");
        query("projections not names", "{\"projections\": [1]}", "projections");
        query("limit zero", "{\"limit\": 0}", "limit");
        query("limit negative", "{\"limit\": -5}", "limit");
        query("limit a fraction", "{\"limit\": 2.5}", "limit");
        query("limit a string", "{\"limit\": \"10\"}", "limit");
        query("limit huge", "{\"limit\": 7501}", "limit: must be a whole number from 1 to 7500");
        query("limit absurd", "{\"limit\": 1e300}", "limit");
        query("page zero", "{\"page\": 0}", "page");
        query("page absurd", "{\"page\": 1e18}", "page");
        query("ignore_order a string", "{\"ignore_order\": \"yes\"}", "ignore_order");
    }

    QTest::newRow("unknown path") << QByteArray("GET") << "/v2/whatever" << QByteArray() << 404
                                  << "no such endpoint";
    QTest::newRow("unknown nested path")
        << QByteArray("GET") << "/v1/events/a/b" << QByteArray() << 404 << "no such endpoint";
    QTest::newRow("DELETE /events")
        << QByteArray("DELETE") << "/events" << QByteArray() << 405 << "method";
    QTest::newRow("GET /events/batch")
        << QByteArray("GET") << "/events/batch" << QByteArray() << 405 << "method";
    QTest::newRow("PUT an event by path")
        << QByteArray("PUT") << "/v1/events/" + knownId << QByteArray("{}") << 405 << "method";
    QTest::newRow("GET /events/export")
        << QByteArray("GET") << "/events/export" << QByteArray() << 405 << "method";
    QTest::newRow("PUT /v1/events/export")
        << QByteArray("PUT") << "/v1/events/export" << QByteArray("{}") << 405 << "method";
    QTest::newRow("DELETE /v1/events/batch")
        << QByteArray("DELETE") << "/v1/events/batch" << QByteArray() << 405 << "method";
    QTest::newRow("POST /session/{id}")
        << QByteArray("POST") << "/session/" + knownId << QByteArray("{}") << 405 << "method";
    QTest::newRow("GET /session/{malformed id}")
        << QByteArray("GET") << "/session/export" << QByteArray() << 400 << "session id";
}

void CollectorBadInputTest::refused()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorPart);
    const int before = m_collector->eventCount();
    const qint64 appliedBefore = m_collector->stats().appliedWrites;

    const HttpResult result = m_http->send(verb, path, body);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    const QString error = result.json().value("error").toString();
    QVERIFY2(!error.isEmpty() && error.contains(errorPart), result.body.constData());
    if (status == 405)
        QVERIFY(!result.header("Allow").isEmpty());

    QCOMPARE(m_collector->eventCount(), before);
    QCOMPARE(m_collector->stats().appliedWrites, appliedBefore);
    QCOMPARE(m_collector->event(knownId), m_knownEvent);
}

void CollectorBadInputTest::oversizedBody_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::newRow("PUT") << QByteArray("PUT");
    QTest::newRow("POST") << QByteArray("POST");
}

void CollectorBadInputTest::oversizedBody()
{
    QFETCH(QByteArray, verb);
    const int before = m_collector->eventCount();
    const QByteArray filler(200 * 1024, 'x');
    const QByteArray body = "{\"event_id\": \"" + knownId.toUtf8()
        + "\", \"feedback\": {\"comment\": \"" + filler + "\"}}";
    const HttpResult result = m_http->send(verb, QStringLiteral("/events"), body);
    QCOMPARE(result.status, 413);
    QVERIFY(result.json().value("error").toString().contains(QStringLiteral("larger than")));
    QCOMPARE(m_collector->eventCount(), before);
    QCOMPARE(m_collector->event(knownId), m_knownEvent);
    // The connection was closed; the next request opens another and works.
    QCOMPARE(m_http->get(QStringLiteral("/v1/events/") + knownId).status, 200);
}

void CollectorBadInputTest::absurdNestingIsRefusedCheaply()
{
    const QByteArray deep = "{\"event_id\": \"" + knownId.toUtf8()
        + "\", \"feedback\": " + QByteArray(30000, '[') + QByteArray(30000, ']') + "}";
    QElapsedTimer timer;
    timer.start();
    const HttpResult result = m_http->put(deep);
    QCOMPARE(result.status, 400);
    QVERIFY2(result.json().value("error").toString().contains(QStringLiteral("deeper")),
             result.body.constData());
    QVERIFY(timer.elapsed() < 2000);
}

void CollectorBadInputTest::apiKey()
{
    CollectorOptions options;
    options.apiKey = QStringLiteral("s3cret-key");
    Collector guarded(options);
    QString error;
    QVERIFY2(guarded.start(&error), qPrintable(error));
    HttpTestClient http(guarded.baseUrl());
    const QByteArray body = QStringLiteral(R"({"event_id": "%1", "feedback": {"rating": true}})")
                                .arg(knownId)
                                .toUtf8();

    const HttpResult anonymous = http.put(body);
    QCOMPARE(anonymous.status, 401);
    QVERIFY(!anonymous.json().value("error").toString().contains(QStringLiteral("s3cret")));
    http.setBearer("s3cret-kez");
    QCOMPARE(http.put(body).status, 401);
    http.setBearer("s3cret-key-longer");
    QCOMPARE(http.put(body).status, 401);
    QCOMPARE(http.get(QStringLiteral("/v1/events/") + knownId).status, 401);
    QCOMPARE(guarded.eventCount(), 0);
    QCOMPARE(guarded.stats().count(401), 4);

    http.setBearer("s3cret-key");
    QCOMPARE(http.put(body).status, 200);
    QCOMPARE(http.get(QStringLiteral("/v1/events/") + knownId).status, 200);
    QCOMPARE(guarded.eventCount(), 1);
}

QTEST_GUILESS_MAIN(CollectorBadInputTest)
#include "tst_collector_badinput.moc"
