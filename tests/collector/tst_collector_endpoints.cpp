// Every endpoint of the collector over real HTTP: sessions, events, batches, the PUT merge rule,
// placeholders, and reading back (the export has its own suite).

#include "httptestclient.h"

#include <FeedbackKit/Collector>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace FeedbackKit;

class CollectorEndpointsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startSession_data();
    void startSession();
    void createEventFillsDefaults();
    void putMergesTopLevelKeys();
    void putOnUnknownEventCreatesPlaceholder();
    void mergeRules_data();
    void mergeRules();
    void sessionListsItsEvents();
    void sessionEventAsTheSdkReadsIt();
    void batchWithSingleSession_data();
    void batchWithSingleSession();
    void readingUnknownOrMalformedIds();
    void reservedWordsAreNoIds_data();
    void reservedWordsAreNoIds();
    void startRefusals_data();
    void startRefusals();
    void invalidFaultsAreRefused();

private:
    QJsonObject read(const QString &eventId);

    Collector m_collector;
    std::unique_ptr<HttpTestClient> m_http;
};

void CollectorEndpointsTest::initTestCase()
{
    QString error;
    QVERIFY2(m_collector.start(&error), qPrintable(error));
    QVERIFY(m_collector.isRunning());
    QCOMPARE(m_collector.baseUrl().host(), QStringLiteral("127.0.0.1"));
    m_http = std::make_unique<HttpTestClient>(m_collector.baseUrl());
}

QJsonObject CollectorEndpointsTest::read(const QString &eventId)
{
    const HttpResult result = m_http->get(QStringLiteral("/v1/events/") + eventId);
    return result.status == 200 ? result.json() : QJsonObject();
}

void CollectorEndpointsTest::startSession_data()
{
    QTest::addColumn<bool>("encoded");
    QTest::newRow("object") << false;
    QTest::newRow("JSON-encoded string") << true;
}

void CollectorEndpointsTest::startSession()
{
    QFETCH(bool, encoded);
    const QString id = newTestId();
    const QJsonObject session { { "session_id", id },
                                { "project", "demo" },
                                { "session_name", "chat" },
                                { "user_properties", QJsonObject { { "plan", "pro" } } } };
    const QJsonValue wrapped = encoded
        ? QJsonValue(QString::fromUtf8(QJsonDocument(session).toJson()))
        : QJsonValue(session);
    const HttpResult result
        = m_http->post(QStringLiteral("/session/start"),
                       QJsonDocument(QJsonObject { { "session", wrapped } }).toJson());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value("session_id").toString(), id);

    const QJsonObject stored = read(id);
    // The reply is the stored session event with the IDs the Python SDK's model requires.
    QJsonObject reply = result.json();
    for (const char *key : { "org_id", "workspace_id", "project_id" })
        QCOMPARE(reply.take(QLatin1String(key)).toString(), QStringLiteral("local"));
    QCOMPARE(reply, stored);
    const HttpResult own
        = m_http->post(QStringLiteral("/session/start"), R"({"session": {"project_id": "p-1"}})");
    QCOMPARE(own.json().value("project_id").toString(), QStringLiteral("p-1"));
    QCOMPARE(stored.value("event_type").toString(), QStringLiteral("session"));
    QCOMPARE(stored.value("event_id").toString(), id);
    QCOMPARE(stored.value("event_name").toString(), QStringLiteral("chat"));
    QCOMPARE(stored.value("user_properties").toObject().value("plan").toString(),
             QStringLiteral("pro"));
    QCOMPARE(m_collector.event(id), stored);
}

void CollectorEndpointsTest::createEventFillsDefaults()
{
    const HttpResult result = m_http->post(
        QStringLiteral("/events"),
        R"({"event": {"event_type": "model", "inputs": {"prompt": "hi"}, "duration": 12.5}})");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value("success").toBool(), true);
    const QString id = result.json().value("event_id").toString();
    QVERIFY(!id.isEmpty());

    const QJsonObject stored = read(id);
    QCOMPARE(stored.value("event_type").toString(), QStringLiteral("model"));
    QCOMPARE(stored.value("event_name").toString(), QStringLiteral("unknown"));
    QCOMPARE(stored.value("duration").toDouble(), 12.5);
    QVERIFY(!stored.value("session_id").toString().isEmpty());
    QCOMPARE(stored.value("parent_id"), stored.value("session_id"));
}

void CollectorEndpointsTest::putMergesTopLevelKeys()
{
    const QString id = newTestId();
    QCOMPARE(m_http
                 ->post(QStringLiteral("/events"),
                        QStringLiteral(
                            R"({"event": {"event_id": "%1", "event_type": "tool", "inputs": {},
                                          "metadata": {"cost": 1, "tokens": 3}}})")
                            .arg(id)
                            .toUtf8())
                 .status,
             200);
    QCOMPARE(
        m_http
            ->put(QStringLiteral(R"({"event_id": "%1", "feedback": {"rating": true, "comment": "ok",
                                           "actions": {"copied": true}}})")
                      .arg(id)
                      .toUtf8())
            .status,
        200);
    // Top-level keys merge; a nested object is replaced whole; null removes the key.
    const HttpResult second = m_http->put(
        QStringLiteral(
            R"({"event_id": "%1", "feedback": {"comment": null, "actions": {"edited": 2}},
                "metrics": {"accuracy": 0.9}, "metadata": {"tokens": null}, "outputs": {"text": "x"},
                "config": {"model": "m"}, "user_properties": {"id": "u"}, "duration": 40})")
            .arg(id)
            .toUtf8());
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value("placeholder").toBool(), false);

    const QJsonObject stored = read(id);
    const QJsonObject expectedFeedback { { "rating", true },
                                         { "actions", QJsonObject { { "edited", 2 } } } };
    QCOMPARE(stored.value("feedback").toObject(), expectedFeedback);
    QCOMPARE(stored.value("metrics").toObject(), (QJsonObject { { "accuracy", 0.9 } }));
    QCOMPARE(stored.value("metadata").toObject(), (QJsonObject { { "cost", 1 } }));
    QCOMPARE(stored.value("outputs").toObject().value("text").toString(), QStringLiteral("x"));
    QCOMPARE(stored.value("config").toObject().value("model").toString(), QStringLiteral("m"));
    QCOMPARE(stored.value("user_properties").toObject().value("id").toString(),
             QStringLiteral("u"));
    QCOMPARE(stored.value("duration").toDouble(), 40.0);
    QCOMPARE(stored.value("inputs").toObject(), QJsonObject());

    // The same whole state sent again (a resend) ends in the same stored event.
    QCOMPARE(m_http
                 ->put(QStringLiteral(R"({"event_id": "%1", "feedback": {"rating": true,
                                           "actions": {"edited": 2}}})")
                           .arg(id)
                           .toUtf8())
                 .status,
             200);
    QCOMPARE(read(id), stored);
}

void CollectorEndpointsTest::putOnUnknownEventCreatesPlaceholder()
{
    const QString id = newTestId();
    const HttpResult enrich = m_http->put(
        QStringLiteral(R"({"event_id": "%1", "feedback": {"rating": false}})").arg(id).toUtf8());
    QCOMPARE(enrich.status, 200);
    QCOMPARE(enrich.json().value("placeholder").toBool(), true);
    QCOMPARE(read(id).value("placeholder").toBool(), true);

    // The trace arrives later (from another service): it completes the placeholder and the
    // feedback recorded before it is kept.
    const HttpResult trace = m_http->post(
        QStringLiteral("/events"),
        QStringLiteral(
            R"({"event": {"event_id": "%1", "event_type": "model", "inputs": {"q": 1},
                          "feedback": {"comment": "late"}}})")
            .arg(id)
            .toUtf8());
    QCOMPARE(trace.status, 200);
    const QJsonObject stored = read(id);
    QVERIFY(!stored.contains("placeholder"));
    QCOMPARE(stored.value("event_type").toString(), QStringLiteral("model"));
    QCOMPARE(stored.value("feedback").toObject(),
             (QJsonObject { { "rating", false }, { "comment", "late" } }));
}

void CollectorEndpointsTest::mergeRules_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QByteArray>("enriched");
    QTest::addColumn<QByteArray>("completed");
    // Stored {"rating": true, "comment": "ok", "actions": {"copied": true, "edited": 1}}, then
    // PUT {"comment": null, "actions": {"edited": null, "shared": true}, "score": 4} ("enriched"),
    // then the trace arrives with {"score": null, "actions": {"copied": false}} ("completed").
    QTest::newRow("replace") << int(MergeRule::Replace)
                             << QByteArray(R"({"comment": null, "score": 4,
                                              "actions": {"edited": null, "shared": true}})")
                             << QByteArray(R"({"score": null, "actions": {"copied": false}})");
    QTest::newRow("top-level") << int(MergeRule::TopLevel)
                               << QByteArray(R"({"rating": true, "score": 4,
                                                "actions": {"edited": null, "shared": true}})")
                               << QByteArray(R"({"rating": true, "actions": {"copied": false}})");
    QTest::newRow("deep") << int(MergeRule::Deep) << QByteArray(R"({"rating": true, "score": 4,
                                           "actions": {"copied": true, "shared": true}})")
                          << QByteArray(R"({"rating": true,
                                           "actions": {"copied": false, "shared": true}})");
}

void CollectorEndpointsTest::mergeRules()
{
    QFETCH(int, rule);
    QFETCH(QByteArray, enriched);
    QFETCH(QByteArray, completed);
    CollectorOptions options;
    options.mergeRule = MergeRule(rule);
    Collector collector(options);
    QString error;
    QVERIFY2(collector.start(&error), qPrintable(error));
    HttpTestClient http(collector.baseUrl());
    const QString id = newTestId();
    auto stored = [&] {
        const HttpResult result = http.get(QStringLiteral("/v1/events/") + id);
        return result.status == 200 ? result.json() : QJsonObject();
    };
    auto send = [&](const QByteArray &verb, const QString &path, const char *json) {
        return http.send(verb, path, QString::fromLatin1(json).arg(id).toUtf8()).status;
    };

    QCOMPARE(send("PUT", QStringLiteral("/events"), R"({"event_id": "%1", "metadata": {"k": 1},
             "feedback": {"rating": true, "comment": "ok", "actions": {"copied": true,
                                                                       "edited": 1}}})"),
             200);
    QCOMPARE(send("PUT", QStringLiteral("/events"), R"({"event_id": "%1", "feedback": {
             "comment": null, "actions": {"edited": null, "shared": true}, "score": 4}})"),
             200);
    QCOMPARE(stored().value("feedback").toObject(), QJsonDocument::fromJson(enriched).object());

    QCOMPARE(send("POST", QStringLiteral("/events"), R"({"event": {"event_id": "%1",
             "event_type": "tool", "inputs": {}, "feedback": {"score": null,
                                                               "actions": {"copied": false}}}})"),
             200);
    const QJsonObject complete = stored();
    QCOMPARE(complete.value("feedback").toObject(), QJsonDocument::fromJson(completed).object());
    QVERIFY(!complete.contains("placeholder"));
    QCOMPARE(complete.value("event_type").toString(), QStringLiteral("tool"));
    // An enrichable object that no write sent is left alone by every rule.
    QCOMPARE(complete.value("metadata").toObject(), (QJsonObject { { "k", 1 } }));
}

void CollectorEndpointsTest::sessionListsItsEvents()
{
    const QString session = newTestId();
    QCOMPARE(
        m_http
            ->post(QStringLiteral("/session/start"),
                   QStringLiteral(R"({"session": {"session_id": "%1"}})").arg(session).toUtf8())
            .status,
        200);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(
            m_http
                ->post(
                    QStringLiteral("/events"),
                    QStringLiteral(
                        R"({"event": {"session_id": "%1", "event_type": "chain", "inputs": {"i": %2}}})")
                        .arg(session)
                        .arg(i)
                        .toUtf8())
                .status,
            200);
    }
    const HttpResult tree = m_http->get(QStringLiteral("/v1/sessions/") + session);
    QCOMPARE(tree.status, 200);
    QCOMPARE(tree.json().value("event_id").toString(), session);
    const QJsonArray children = tree.json().value("children").toArray();
    QCOMPARE(children.size(), 2);
    QCOMPARE(children.at(1).toObject().value("inputs").toObject().value("i").toInt(), 1);
    QCOMPARE(m_http->get(QStringLiteral("/v1/sessions/") + newTestId()).status, 404);
}

void CollectorEndpointsTest::sessionEventAsTheSdkReadsIt()
{
    // GET /session/{id}, what the TypeScript SDK's session.getSession() calls: the stored event.
    const QString session = newTestId();
    QCOMPARE(m_http
                 ->post(QStringLiteral("/session/start"),
                        QStringLiteral(R"({"session": {"session_id": "%1", "project": "p",
                                          "session_name": "s", "source": "dev"}})")
                            .arg(session)
                            .toUtf8())
                 .status,
             200);
    QCOMPARE(m_http
                 ->put(QStringLiteral(R"({"event_id": "%1", "feedback": {"rating": true}})")
                           .arg(session)
                           .toUtf8())
                 .status,
             200);
    const HttpResult result = m_http->get(QStringLiteral("/session/") + session);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json(), read(session));
    QCOMPARE(result.json().value("event_type").toString(), QStringLiteral("session"));
    QCOMPARE(result.json().value("session_id").toString(), session);
    QCOMPARE(result.json().value("feedback").toObject().value("rating").toBool(), true);

    // Enriched before its start arrived: the placeholder, as stored.
    const QString early = newTestId();
    QCOMPARE(m_http
                 ->put(QStringLiteral(R"({"event_id": "%1", "feedback": {"score": 2}})")
                           .arg(early)
                           .toUtf8())
                 .status,
             200);
    const HttpResult placeholder = m_http->get(QStringLiteral("/session/") + early);
    QCOMPARE(placeholder.status, 200);
    QCOMPARE(placeholder.json().value("placeholder").toBool(), true);

    const QString unknown = newTestId();
    const HttpResult missing = m_http->get(QStringLiteral("/session/") + unknown);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(missing.json().value("error").toString(), QStringLiteral("no session ") + unknown);
    const QString span = m_http
                             ->post(QStringLiteral("/events"),
                                    R"({"event": {"event_type": "model", "inputs": {}}})")
                             .json()
                             .value("event_id")
                             .toString();
    const HttpResult notSession = m_http->get(QStringLiteral("/session/") + span);
    QCOMPARE(notSession.status, 404);
    QVERIFY2(notSession.json().value("error").toString().contains(QStringLiteral("model event")),
             notSession.body.constData());
    QCOMPARE(m_http->get(QStringLiteral("/session/NOT-AN-ID")).status, 400);
}

void CollectorEndpointsTest::batchWithSingleSession_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("flag");
    QTest::newRow("/events/batch (TypeScript SDK)") << "/events/batch"
                                                    << "\"is_single_session\": true";
    QTest::newRow("/v1/events/batch") << "/v1/events/batch"
                                      << "\"is_single_session\": true";
    QTest::newRow("/v1/events/batch, single_session (Python SDK)") << "/v1/events/batch"
                                                                   << "\"single_session\": true";
    QTest::newRow("both flags") << "/events/batch"
                                << "\"single_session\": true, \"is_single_session\": true";
}

void CollectorEndpointsTest::batchWithSingleSession()
{
    QFETCH(QString, path);
    QFETCH(QString, flag);
    const QString named = newTestId();
    const HttpResult result = m_http->post(path,
                                           QStringLiteral(R"({
        %2, "session_properties": {"session_name": "batch"},
        "events": [{"project": "p", "event_type": "model", "inputs": {}, "event_id": "%1"},
                   "{\"project\": \"p\", \"event_type\": \"tool\", \"inputs\": {}}"]})")
                                               .arg(named, flag)
                                               .toUtf8());
    QCOMPARE(result.status, 200);
    const QJsonArray ids = result.json().value("event_ids").toArray();
    QCOMPARE(ids.size(), 2);
    QCOMPARE(ids.at(0).toString(), named);
    const QString session = result.json().value("session_id").toString();
    QCOMPARE(read(session).value("event_name").toString(), QStringLiteral("batch"));
    QCOMPARE(read(ids.at(1).toString()).value("session_id").toString(), session);
    QCOMPARE(m_http->get(QStringLiteral("/v1/sessions/") + session)
                 .json()
                 .value("children")
                 .toArray()
                 .size(),
             2);
}

void CollectorEndpointsTest::readingUnknownOrMalformedIds()
{
    QCOMPARE(m_http->get(QStringLiteral("/v1/events/") + newTestId()).status, 404);
    const HttpResult malformed = m_http->get(QStringLiteral("/v1/events/NOT-AN-ID"));
    QCOMPARE(malformed.status, 400);
    QVERIFY(malformed.json().value("error").toString().startsWith(QStringLiteral("event id")));
    QVERIFY(m_collector.event(newTestId()).isEmpty());
}

void CollectorEndpointsTest::reservedWordsAreNoIds_data()
{
    // The last segment of a fixed path is never read as an event or session ID: a wrong method
    // gets that endpoint's 405 and Allow, not the ID route's.
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("GET /v1/events/export")
        << QByteArray("GET") << "/v1/events/export" << 405 << QByteArray("POST");
    QTest::newRow("GET /events/export")
        << QByteArray("GET") << "/events/export" << 405 << QByteArray("POST");
    QTest::newRow("GET /v1/events/batch")
        << QByteArray("GET") << "/v1/events/batch" << 405 << QByteArray("POST");
    QTest::newRow("PUT /v1/events/batch")
        << QByteArray("PUT") << "/v1/events/batch" << 405 << QByteArray("POST");
    QTest::newRow("POST /v1/events/chart")
        << QByteArray("POST") << "/v1/events/chart" << 405 << QByteArray("GET");
    QTest::newRow("GET /session/start")
        << QByteArray("GET") << "/session/start" << 405 << QByteArray("POST");
    QTest::newRow("DELETE /session/{id}")
        << QByteArray("DELETE") << "/session/" + newTestId() << 405 << QByteArray("GET");
    QTest::newRow("POST /v1/events/search")
        << QByteArray("POST") << "/v1/events/search" << 404 << QByteArray();
    QTest::newRow("GET /v1/events/schema")
        << QByteArray("GET") << "/v1/events/schema" << 404 << QByteArray();
    QTest::newRow("POST /events/model")
        << QByteArray("POST") << "/events/model" << 404 << QByteArray();
    QTest::newRow("GET /session/{id}/traces")
        << QByteArray("GET") << "/session/" + newTestId() + "/traces" << 404 << QByteArray();
    QTest::newRow("GET /v1/events/export/x")
        << QByteArray("GET") << "/v1/events/export/x" << 404 << QByteArray();
}

void CollectorEndpointsTest::reservedWordsAreNoIds()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);
    const int before = m_collector.eventCount();
    const HttpResult result = m_http->send(verb, path, "{}");
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Allow"), allow);
    QVERIFY2(!result.json().value("error").toString().isEmpty(), result.body.constData());
    QVERIFY2(!result.json().value("error").toString().contains(QStringLiteral("id:")),
             result.body.constData());
    QCOMPARE(m_collector.eventCount(), before);
}

void CollectorEndpointsTest::startRefusals_data()
{
    QTest::addColumn<int>("setting");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("port in use") << 0 << "cannot listen";
    QTest::newRow("database cannot be opened") << 1 << "/nonexistent-folder/";
    QTest::newRow("body cap too small") << 2 << "maxBodyBytes";
    QTest::newRow("no connections") << 3 << "maxConnections";
    QTest::newRow("zero timeout") << 4 << "requestTimeout";
    QTest::newRow("empty database path") << 5 << "databasePath";
}

void CollectorEndpointsTest::startRefusals()
{
    QFETCH(int, setting);
    QFETCH(QString, errorPart);
    CollectorOptions options;
    switch (setting) {
    case 0:
        options.port = quint16(m_collector.baseUrl().port());
        break;
    case 1:
        options.databasePath = QStringLiteral("/nonexistent-folder/collector.sqlite");
        break;
    case 2:
        options.maxBodyBytes = 10;
        break;
    case 3:
        options.maxConnections = 0;
        break;
    case 4:
        options.requestTimeout = std::chrono::milliseconds(0);
        break;
    case 5:
        options.databasePath.clear();
        break;
    }
    Collector collector(options);
    QSignalSpy running(&collector, &Collector::runningChanged);
    QString error;
    QVERIFY(!collector.start(&error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(!collector.isRunning());
    QVERIFY(collector.baseUrl().isEmpty());
    QCOMPARE(running.size(), 0);
}

void CollectorEndpointsTest::invalidFaultsAreRefused()
{
    Collector collector;
    FaultProfile valid;
    valid.status503Rate = 0.5;
    QVERIFY(collector.setFaults(valid));
    FaultProfile invalid;
    invalid.dropAfterApplyRate = 1.5;
    QString error;
    QVERIFY(!collector.setFaults(invalid, &error));
    QVERIFY(error.contains(QStringLiteral("dropAfterApplyRate")));
    invalid.dropAfterApplyRate = std::nan("");
    QVERIFY(!collector.setFaults(invalid, &error));
    invalid = {};
    invalid.delay = std::chrono::milliseconds(-5);
    QVERIFY(!collector.setFaults(invalid, &error));
    QCOMPARE(collector.faults().status503Rate, 0.5);
}

QTEST_GUILESS_MAIN(CollectorEndpointsTest)
#include "tst_collector_endpoints.moc"
