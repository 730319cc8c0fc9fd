// What the client does with each kind of answer: the retry policy on its own (classification,
// full jitter, Retry-After both forms and clamping), then end to end against the collector:
// retries honouring Retry-After, a poison 4xx quarantined while the rest is delivered, and
// 401 pausing until the key is fixed, with nothing lost. Against raw servers: a 404 about an
// event not ingested yet, "success": false, a wrong API path, and backoff that follows the
// server's health rather than one item's luck.

#include "clienttest.h"
#include "deliverytimer_p.h"
#include "honeyhivebackend_p.h"
#include "manualclock_p.h"
#include "rawhttpserver.h"
#include "retrypolicy_p.h"

#include <FeedbackKit/Collector>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace FeedbackKit;
using namespace ClientTest;
using std::chrono::milliseconds;

class TestClientRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void classifiesAnswers_data();
    void classifiesAnswers();
    void backoffIsFullJitterCapped();
    void retryAfterParsedAndClamped_data();
    void retryAfterParsedAndClamped();
    void retriesHonourRetryAfter_data();
    void retriesHonourRetryAfter();
    void poisonQuarantinedOthersDelivered();
    void unauthorizedPausesUntilKeyFixed();
    void offlineHoldsThenProbes();
    void eventNotKnownYetRetriedThenQuarantined();
    void unsuccessfulAnswerIsNotDelivered();
    void wrongApiPathPauses();
    void backoffStaysShortWhileTheServerIsHealthy_data();
    void backoffStaysShortWhileTheServerIsHealthy();

private:
    QString outboxPath() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }

    Collector m_collector;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientRetry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_collector.start(&error), qPrintable(error));
}

void TestClientRetry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_collector.setFaults({});
    m_collector.resetStats();
}

void TestClientRetry::classifiesAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("refusedRedirect");
    QTest::addColumn<int>("expected");
    const QByteArray put = "PUT", post = "POST";
    const QByteArray json = "{\"error\":\"event not found\"}";
    QTest::newRow("200") << 200 << QByteArray() << put << false << int(Outcome::Delivered);
    QTest::newRow("204") << 204 << QByteArray() << put << false << int(Outcome::Delivered);
    QTest::newRow("200 success true")
        << 200 << QByteArray("{\"success\":true}") << put << false << int(Outcome::Delivered);
    QTest::newRow("200 success false")
        << 200 << QByteArray("{\"success\": false}") << put << false << int(Outcome::NotYet);
    QTest::newRow("200 false elsewhere")
        << 200 << QByteArray("{\"placeholder\":false}") << put << false << int(Outcome::Delivered);
    QTest::newRow("401") << 401 << QByteArray() << put << false << int(Outcome::Pause);
    QTest::newRow("403") << 403 << QByteArray() << put << false << int(Outcome::Pause);
    QTest::newRow("408") << 408 << QByteArray() << put << false << int(Outcome::Retry);
    QTest::newRow("429") << 429 << QByteArray() << put << false << int(Outcome::Retry);
    QTest::newRow("500") << 500 << QByteArray() << put << false << int(Outcome::Retry);
    QTest::newRow("503") << 503 << QByteArray() << put << false << int(Outcome::Retry);
    QTest::newRow("400") << 400 << QByteArray() << put << false << int(Outcome::Quarantine);
    QTest::newRow("404 about the event") << 404 << json << put << false << int(Outcome::NotYet);
    QTest::newRow("404 no such endpoint")
        << 404 << QByteArray("{\"error\":\"no such endpoint: /v2/events\"}") << put << false
        << int(Outcome::Pause);
    QTest::newRow("404 web page") << 404 << QByteArray("<html>Not Found</html>") << put << false
                                  << int(Outcome::Pause);
    QTest::newRow("404 Cannot PUT")
        << 404 << QByteArray("Cannot PUT /events") << put << false << int(Outcome::Pause);
    QTest::newRow("404 for a creation") << 404 << json << post << false << int(Outcome::Pause);
    QTest::newRow("413") << 413 << QByteArray() << put << false << int(Outcome::Quarantine);
    QTest::newRow("300 without a followed Location")
        << 300 << QByteArray() << put << false << int(Outcome::Quarantine);
    QTest::newRow("no answer (refused, reset, timeout, TLS)")
        << 0 << QByteArray() << put << false << int(Outcome::Retry);
    QTest::newRow("cross-origin redirect or loop")
        << 0 << QByteArray() << put << true << int(Outcome::Pause);
}

void TestClientRetry::classifiesAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, method);
    QFETCH(bool, refusedRedirect);
    QFETCH(int, expected);
    HttpAnswer answer;
    answer.status = status;
    answer.body = body;
    answer.refusedRedirect = refusedRedirect;
    const HoneyHiveBackend backend { ClientConfig() };
    const WireRequest request { method, QStringLiteral("/events"), {} };
    QCOMPARE(int(backend.classify(answer, request)), expected);
}

void TestClientRetry::backoffIsFullJitterCapped()
{
    ClientConfig config;
    config.initialBackoff = milliseconds(100);
    config.maxBackoff = milliseconds(1000);
    config.minRetryDelay = milliseconds(5);
    config.retrySeed = 7;
    RetryPolicy policy(config);
    RetryPolicy same(config);
    milliseconds lowest(1000000), highest(0);
    for (int i = 0; i < 1000; ++i) {
        const milliseconds delay = policy.backoff(1 + i % 8);
        QCOMPARE(delay, same.backoff(1 + i % 8)); // seeded: reproducible
        QVERIFY(delay >= milliseconds(5) && delay <= milliseconds(1000));
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
    }
    QVERIFY(lowest < milliseconds(50)); // jitter reaches down to the floor ...
    QVERIFY(highest > milliseconds(900)); // ... and up to the cap
    QVERIFY(policy.backoff(1) <= milliseconds(100)); // the first ceiling is initialBackoff
    QVERIFY(policy.backoff(1000000) <= milliseconds(1000)); // no overflow on absurd attempts
}

void TestClientRetry::retryAfterParsedAndClamped_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs"); // -1: unreadable, backoff applies
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto date = [&](qint64 seconds) {
        return QLocale::c()
            .toString(now.addSecs(seconds), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1();
    };
    QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
    QTest::newRow("zero: floor") << QByteArray("0") << qint64(20);
    QTest::newRow("absurd seconds") << QByteArray("99999999999999999999") << qint64(60000);
    QTest::newRow("large seconds") << QByteArray("86400") << qint64(60000);
    QTest::newRow("date") << date(5) << qint64(5000);
    QTest::newRow("past date") << date(-3600) << qint64(20);
    QTest::newRow("far date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << qint64(60000);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon, maybe") << qint64(-1);
    QTest::newRow("exponent") << QByteArray("1e9") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestClientRetry::retryAfterParsedAndClamped()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    ClientConfig config;
    config.minRetryDelay = milliseconds(20);
    config.maxRetryAfter = milliseconds(60000);
    const RetryPolicy policy(config);
    const auto delay = policy.retryAfter(header, QDateTime::currentDateTimeUtc());
    if (expectedMs < 0) {
        QVERIFY(!delay);
        return;
    }
    QVERIFY(delay);
    // An HTTP date has a resolution of one second.
    QVERIFY2(qAbs(delay->count() - expectedMs) <= 1000,
             qPrintable(QString::number(delay->count())));
    if (!header.contains(','))
        QCOMPARE(delay->count(), expectedMs);
}

void TestClientRetry::retriesHonourRetryAfter_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<bool>("asDate");
    QTest::newRow("seconds") << 1 << false;
    QTest::newRow("http date") << 2 << true;
    QTest::newRow("absurd, clamped") << 2000000000 << false;
}

void TestClientRetry::retriesHonourRetryAfter()
{
    QFETCH(int, seconds);
    QFETCH(bool, asDate);
    FaultProfile faults;
    faults.status503Rate = 1.0;
    faults.retryAfterSeconds = seconds;
    faults.retryAfterAsDate = asDate;
    m_collector.setFaults(faults);
    ManualClock clock; // the retries wait on this clock only
    ClientConfig config = ClientTest::config(m_collector.baseUrl(), outboxPath());
    config.maxRetryAfter = milliseconds(400); // the server asks for more: clamped to this
    Client client(config);
    QVERIFY(client.enrich(session(1), feedback({ { "rating", true } })));
    // Each retry waits exactly the clamped 400 ms; plain backoff (10 to 200 ms here) would
    // have sent it before the first step.
    constexpr quint64 refusals = 3;
    for (quint64 refused = 1; refused <= refusals; ++refused) {
        QTRY_COMPARE(client.statistics().retryableFailures, refused); // answered, retry armed
        clock.advance(milliseconds(399));
        QCoreApplication::processEvents();
        QCOMPARE(client.statistics().requests, refused);
        if (refused == refusals)
            m_collector.setFaults({});
        clock.advance(milliseconds(1));
        QTRY_COMPARE(client.statistics().requests, refused + 1);
    }
    QTRY_COMPARE(client.pendingCount(), 0);
    QCOMPARE(m_collector.stats().count(503), qint64(refusals));
    QCOMPARE(m_collector.event(id(1)).value("feedback").toObject().value("rating"),
             QJsonValue(true));
    QCOMPARE(client.statistics().retryableFailures, refusals);
    QCOMPARE(client.statistics().resends, refusals);
}

void TestClientRetry::poisonQuarantinedOthersDelivered()
{
    // A collector that refuses bodies over 4 KiB (413): one state is too big for it.
    CollectorOptions options;
    options.maxBodyBytes = 4096;
    Collector strict(options);
    QVERIFY(strict.start());
    Client client(config(strict.baseUrl(), outboxPath()));
    QSignalSpy quarantined(&client, &Client::quarantined);
    QSignalSpy failed(&client, &Client::failed);
    QVERIFY(client.enrich(session(50), feedback({ { "comment", QString(10000, u'x') } })));
    for (int i = 0; i < 40; ++i)
        QVERIFY(client.enrich(session(100 + i), feedback({ { "score", i % 5 } })));
    QTRY_COMPARE(client.pendingCount(), 0);
    QCOMPARE(client.quarantinedCount(), 1);
    QCOMPARE(quarantined.size(), 1);
    QCOMPARE(quarantined.at(0).at(0).value<Target>(), session(50));
    QVERIFY2(quarantined.at(0).at(1).toString().startsWith("HTTP 413"),
             qPrintable(quarantined.at(0).at(1).toString()));
    QCOMPARE(failed.size(), 1);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(strict.event(id(100 + i)).value("feedback").toObject().value("score"),
                 QJsonValue(i % 5));

    // Kept for inspection, with the server's answer.
    OutboxFile file(outboxPath());
    QVERIFY(file.open());
    QTRY_COMPARE(file.counts().quarantined, 1);
    const QList<OutboxEntry> entries = file.entries();
    auto poison = std::find_if(entries.begin(), entries.end(), [](const OutboxEntry &e) {
        return e.status == OutboxEntry::Status::Quarantined;
    });
    QVERIFY(poison != entries.end());
    QCOMPARE(poison->eventId, id(50));
    QVERIFY(poison->answer.contains("413"));

    // Retrying meets the same answer; a smaller state supersedes the poison and goes through.
    client.retryQuarantined();
    QTRY_COMPARE(quarantined.size(), 2);
    QVERIFY(client.enrich(session(50), feedback({ { "comment", "shorter" } })));
    QCOMPARE(client.quarantinedCount(), 0);
    QTRY_COMPARE(client.pendingCount(), 0);
    QCOMPARE(strict.event(id(50)).value("feedback").toObject().value("comment"),
             QJsonValue("shorter"));
}

void TestClientRetry::unauthorizedPausesUntilKeyFixed()
{
    CollectorOptions options;
    options.apiKey = QStringLiteral("the-right-key");
    Collector guarded(options);
    QVERIFY(guarded.start());
    ManualClock clock;
    ClientConfig wrong = config(guarded.baseUrl(), outboxPath());
    wrong.apiKey = QStringLiteral("a-wrong-key");
    Client client(wrong);
    QSignalSpy paused(&client, &Client::pausedChanged);
    for (int i = 0; i < 30; ++i)
        QVERIFY(client.enrich(session(200 + i), feedback({ { "rating", i % 2 == 0 } })));
    QTRY_VERIFY(client.isPaused());
    QVERIFY2(client.pauseReason().contains("401"), qPrintable(client.pauseReason()));
    // Paused means paused: what was in flight answers, nothing more is sent, nothing dropped,
    // however long the client waits (an hour on its clock: every backoff has run out).
    QTRY_COMPARE(quint64(guarded.stats().count(401)), client.statistics().requests);
    const quint64 sent = client.statistics().requests;
    QVERIFY(sent <= quint64(wrong.maxInFlight));
    clock.advance(std::chrono::hours(1));
    QCoreApplication::processEvents();
    QCOMPARE(client.statistics().requests, sent);
    QCOMPARE(quint64(guarded.stats().count(401)), sent);
    QCOMPARE(client.pendingCount(), 30);
    QCOMPARE(client.quarantinedCount(), 0);

    ClientConfig right = wrong;
    right.apiKey = QStringLiteral("the-right-key");
    client.setConfig(right);
    QVERIFY(!client.isPaused());
    QCOMPARE(paused.size(), 2);
    QTRY_COMPARE(client.pendingCount(), 0);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(guarded.event(id(200 + i)).value("feedback").toObject().value("rating"),
                 QJsonValue(i % 2 == 0));
}

void TestClientRetry::offlineHoldsThenProbes()
{
    // A port where nothing listens: every attempt is refused.
    QTcpServer free;
    QVERIFY(free.listen(QHostAddress::LocalHost));
    const quint16 port = free.serverPort();
    free.close();
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(port);
    ClientConfig offline = config(url, outboxPath());
    offline.initialBackoff = milliseconds(50);
    offline.maxBackoff = milliseconds(400);
    offline.minRetryDelay = milliseconds(20);
    ManualClock clock;
    Client client(offline);
    for (int i = 0; i < 300; ++i)
        QVERIFY(client.enrich(session(300 + i), feedback({ { "score", 3 } })));
    // 1.5 s of the client's time offline: each hold runs out on the clock, and its probe's
    // refusal is awaited before the next (every request here ends in a retryable failure).
    auto settled = [&client] {
        const ClientStatistics stats = client.statistics();
        return stats.requests > 0 && stats.requests == stats.retryableFailures;
    };
    QTRY_VERIFY(settled());
    while (clock.advanceToNextTimer(milliseconds(1500 - clock.now())))
        QTRY_VERIFY(settled());
    // One hold for the whole outage, then one probe per backoff period: a handful of requests,
    // not one per item and retry.
    const quint64 requests = client.statistics().requests;
    qInfo("offline for 1.5 s with 300 items pending: %llu requests", requests);
    QVERIFY2(requests <= 30, qPrintable(QString::number(requests)));
    QCOMPARE(client.pendingCount(), 300);

    CollectorOptions options;
    options.port = port;
    Collector back(options);
    QVERIFY(back.start());
    clock.advance(offline.maxBackoff); // the hold under way ends: its probe finds the server
    QTRY_COMPARE_WITH_TIMEOUT(client.pendingCount(), 0, 10000);
    // Idle means idle: no timer left running once the outbox is empty.
    const QList<DeliveryTimer *> timers = client.findChildren<DeliveryTimer *>();
    QCOMPARE(timers.size(), 2);
    for (const DeliveryTimer *timer : timers)
        QVERIFY2(!timer->isActive(), qPrintable(timer->objectName()));
}

namespace {
QByteArray bodyOf(const QByteArray &request)
{
    return request.mid(request.indexOf("\r\n\r\n") + 4);
}

QByteArray okAnswer()
{
    return RawHttpServer::response(200, "{\"success\":true}");
}

/*! Runs \a client on \a clock until \a end (clock ms), letting each request be answered. */
void runUntil(ManualClock &clock, Client &client, qint64 end,
              const std::function<void()> &everyTenSeconds = {})
{
    // Sends are posted: one turn of the event loop puts them in flight, then their answers
    // are awaited.
    auto settled = [&client] {
        QCoreApplication::processEvents();
        const ClientStatistics s = client.statistics();
        return s.requests == s.retryableFailures + s.delivered + s.quarantined;
    };
    qint64 nextTick = clock.now();
    while (clock.now() < end) {
        if (everyTenSeconds && clock.now() >= nextTick) {
            everyTenSeconds();
            nextTick += 10000;
        }
        QTRY_VERIFY(settled());
        const qint64 until = everyTenSeconds ? std::min(nextTick, end) : end;
        if (!clock.advanceToNextTimer(milliseconds(until - clock.now())))
            clock.advance(milliseconds(until - clock.now()));
    }
    QTRY_VERIFY(settled());
}
} // namespace

void TestClientRetry::eventNotKnownYetRetriedThenQuarantined()
{
    // HoneyHive answers a 404 about an event its trace has not reached yet (another service
    // logs it). The update is retried until the event is there, for at most maxEventWait.
    QSet<QByteArray> known;
    RawHttpServer server([&](const QByteArray &request) {
        const QByteArray body = bodyOf(request);
        for (const QByteArray &eventId : std::as_const(known)) {
            if (body.contains(eventId))
                return okAnswer();
        }
        return RawHttpServer::response(404, "{\"error\":\"event not found\"}");
    });
    ManualClock clock;
    ClientConfig c = config(server.url(), outboxPath());
    c.initialBackoff = milliseconds(1000);
    c.maxBackoff = milliseconds(60000);
    c.maxEventWait = std::chrono::minutes(10);
    Client client(c);
    QSignalSpy quarantined(&client, &Client::quarantined);
    QVERIFY(client.enrich(session(1), feedback({ { "rating", true } })));
    QVERIFY(client.enrich(session(2), feedback({ { "rating", false } })));
    runUntil(clock, client, 60000);
    QCOMPARE(client.pendingCount(), 2); // a minute of 404s: still waiting, nothing set aside
    QVERIFY(client.statistics().retryableFailures >= 4);
    known.insert(id(1).toLatin1()); // the trace of the first one arrives
    runUntil(clock, client, 5 * 60000);
    QCOMPARE(client.pendingCount(), 1);
    QCOMPARE(quarantined.size(), 0);
    runUntil(clock, client, 11 * 60000);
    QCOMPARE(client.pendingCount(), 0);
    QCOMPARE(quarantined.size(), 1); // the second never came: given up after 10 minutes
    QCOMPARE(quarantined.at(0).at(0).value<Target>(), session(2));
    QVERIFY2(quarantined.at(0).at(1).toString().contains("404"),
             qPrintable(quarantined.at(0).at(1).toString()));
}

void TestClientRetry::unsuccessfulAnswerIsNotDelivered()
{
    int answers = 0;
    RawHttpServer server([&](const QByteArray &) {
        return ++answers <= 2 ? RawHttpServer::response(200, "{\"success\": false}") : okAnswer();
    });
    Client client(config(server.url(), outboxPath()));
    QSignalSpy delivered(&client, &Client::delivered);
    QVERIFY(client.enrich(session(1), feedback({ { "rating", true } })));
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(server.requests(), 3); // two 200s that said "success": false were not taken as done
    QCOMPARE(client.statistics().retryableFailures, 2u);
}

void TestClientRetry::wrongApiPathPauses()
{
    // The API URL points at a web server without the API: every item would meet the same 404.
    RawHttpServer server([](const QByteArray &) {
        return RawHttpServer::response(404, "<html><body>Not Found</body></html>");
    });
    Client client(config(server.url(), outboxPath()));
    QSignalSpy quarantined(&client, &Client::quarantined);
    for (int i = 0; i < 5; ++i)
        QVERIFY(client.enrich(session(10 + i), feedback({ { "score", i } })));
    QTRY_VERIFY(client.isPaused());
    QVERIFY2(client.pauseReason().contains("/events"), qPrintable(client.pauseReason()));
    QCOMPARE(quarantined.size(), 0);
    QCOMPARE(client.pendingCount(), 5);
}

void TestClientRetry::backoffStaysShortWhileTheServerIsHealthy_data()
{
    QTest::addColumn<bool>("othersSucceed");
    QTest::newRow("others delivered meanwhile") << true;
    QTest::newRow("the server fails everything") << false;
}

void TestClientRetry::backoffStaysShortWhileTheServerIsHealthy()
{
    QFETCH(bool, othersSucceed);
    ManualClock clock;
    QList<qint64> unluckyTries; // clock ms of each request for the failing item
    const QByteArray unlucky = id(1).toLatin1();
    RawHttpServer server([&](const QByteArray &request) {
        const bool isUnlucky = bodyOf(request).contains(unlucky);
        if (isUnlucky)
            unluckyTries.append(clock.now());
        return isUnlucky || !othersSucceed ? RawHttpServer::response(503, "busy") : okAnswer();
    });
    ClientConfig c = config(server.url(), outboxPath());
    c.initialBackoff = milliseconds(1000);
    c.maxBackoff = std::chrono::minutes(10);
    c.healthyServerMaxBackoff = std::chrono::seconds(30);
    Client client(c);
    QVERIFY(client.enrich(session(1), feedback({ { "rating", true } })));
    int others = 0;
    runUntil(clock, client, 30 * 60000, [&] {
        QVERIFY(client.enrich(session(100 + others++), feedback({ { "score", 3 } })));
    });
    qint64 longestWait = 0;
    for (qsizetype i = 1; i < unluckyTries.size(); ++i)
        longestWait = qMax(longestWait, unluckyTries.at(i) - unluckyTries.at(i - 1));
    qInfo("%lld tries in 30 min, longest wait %lld ms", qint64(unluckyTries.size()), longestWait);
    if (othersSucceed) {
        QVERIFY2(longestWait <= 30000, qPrintable(QString::number(longestWait)));
        QVERIFY(unluckyTries.size() >= 60);
    } else {
        QVERIFY2(longestWait > 60000, qPrintable(QString::number(longestWait))); // backs off
    }
}

QTEST_GUILESS_MAIN(TestClientRetry)
#include "tst_clientretry.moc"
