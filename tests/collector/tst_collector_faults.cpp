// Each injected fault does what it says, deterministically.

#include "httptestclient.h"
#include "rawhttp.h"

#include <FeedbackKit/Collector>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace FeedbackKit;

class CollectorFaultsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statusFaults_data();
    void statusFaults();
    void retryAfterAsDate();
    void readsAreSparedUnlessAsked();
    void dropBeforeApply();
    void dropAfterApply();
    void delay();
    void seededRatesRepeat();
    void restartKeepsUrlAndData();
    void faultProfileJson();

private:
    QByteArray enrichBody(const QString &id) const;

    std::unique_ptr<Collector> m_collector;
    std::unique_ptr<HttpTestClient> m_http;
};

void CollectorFaultsTest::init()
{
    m_collector = std::make_unique<Collector>();
    QString error;
    QVERIFY2(m_collector->start(&error), qPrintable(error));
    m_http = std::make_unique<HttpTestClient>(m_collector->baseUrl());
}

void CollectorFaultsTest::cleanup()
{
    m_http.reset();
    m_collector.reset();
}

QByteArray CollectorFaultsTest::enrichBody(const QString &id) const
{
    return QStringLiteral(R"({"event_id": "%1", "feedback": {"rating": true}})").arg(id).toUtf8();
}

void CollectorFaultsTest::statusFaults_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("500") << 500 << QByteArray();
    QTest::newRow("503 Retry-After 3") << 503 << QByteArray("3");
    QTest::newRow("429 Retry-After 7") << 429 << QByteArray("7");
}

void CollectorFaultsTest::statusFaults()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    FaultProfile faults;
    (status == 500       ? faults.status500Rate
         : status == 503 ? faults.status503Rate
                         : faults.status429Rate)
        = 1;
    if (!retryAfter.isEmpty())
        faults.retryAfterSeconds = retryAfter.toInt();
    m_collector->setFaults(faults);

    const QString id = newTestId();
    const HttpResult result = m_http->put(enrichBody(id));
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Retry-After"), retryAfter);
    QVERIFY(!result.json().value("error").toString().isEmpty());
    QVERIFY(m_collector->event(id).isEmpty());
    QCOMPARE(m_collector->stats().count(status), 1);
    QCOMPARE(m_collector->stats().appliedWrites, 0);

    m_collector->setFaults({});
    QCOMPARE(m_http->put(enrichBody(id)).status, 200);
    QCOMPARE(m_collector->stats().appliedWrites, 1);
}

void CollectorFaultsTest::retryAfterAsDate()
{
    FaultProfile faults;
    faults.status503Rate = 1;
    faults.retryAfterSeconds = 120;
    faults.retryAfterAsDate = true;
    m_collector->setFaults(faults);
    const HttpResult result = m_http->put(enrichBody(newTestId()));
    QCOMPARE(result.status, 503);
    const QByteArray header = result.header("Retry-After");
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(header).chopped(4),
                                                 QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    QVERIFY2(at.isValid() && header.endsWith(" GMT"), header.constData());
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(utc);
    QVERIFY2(ahead > 100 && ahead <= 121, header.constData());
}

void CollectorFaultsTest::readsAreSparedUnlessAsked()
{
    const QString id = newTestId();
    QCOMPARE(m_http->put(enrichBody(id)).status, 200);
    FaultProfile faults;
    faults.status500Rate = 1;
    m_collector->setFaults(faults);
    QCOMPARE(m_http->get(QStringLiteral("/v1/events/") + id).status, 200);
    faults.includeReads = true;
    m_collector->setFaults(faults);
    QCOMPARE(m_http->get(QStringLiteral("/v1/events/") + id).status, 500);
}

void CollectorFaultsTest::dropBeforeApply()
{
    FaultProfile faults;
    faults.dropBeforeApplyRate = 1;
    m_collector->setFaults(faults);
    const QString id = newTestId();
    const RawExchange exchange
        = rawExchange(m_collector->baseUrl(), rawRequest("PUT", "/events", enrichBody(id)));
    QVERIFY(exchange.closedByServer);
    QVERIFY(exchange.received.isEmpty());
    QVERIFY(m_collector->event(id).isEmpty());
    const CollectorStats stats = m_collector->stats();
    QCOMPARE(stats.requests, 1);
    QCOMPARE(stats.droppedBeforeApply, 1);
    QCOMPARE(stats.appliedWrites, 0);
}

void CollectorFaultsTest::dropAfterApply()
{
    FaultProfile faults;
    faults.dropAfterApplyRate = 1;
    m_collector->setFaults(faults);
    const QString id = newTestId();
    const RawExchange exchange
        = rawExchange(m_collector->baseUrl(), rawRequest("PUT", "/events", enrichBody(id)));
    QVERIFY(exchange.closedByServer);
    QVERIFY(exchange.received.isEmpty());
    // Applied and committed although the client never heard back: a resend must be harmless.
    QCOMPARE(m_collector->event(id).value("feedback").toObject().value("rating").toBool(), true);
    const CollectorStats stats = m_collector->stats();
    QCOMPARE(stats.droppedAfterApply, 1);
    QCOMPARE(stats.appliedWrites, 1);
}

void CollectorFaultsTest::delay()
{
    FaultProfile faults;
    faults.delay = std::chrono::milliseconds(300);
    m_collector->setFaults(faults);
    QElapsedTimer timer;
    timer.start();
    const QString id = newTestId();
    QCOMPARE(m_http->put(enrichBody(id)).status, 200);
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    // Committed before the wait: visible while the reply is still held back.
    QVERIFY(!m_collector->event(id).isEmpty());
}

void CollectorFaultsTest::seededRatesRepeat()
{
    FaultProfile faults;
    faults.seed = 42;
    faults.status503Rate = 0.5;
    auto pattern = [&] {
        m_collector->setFaults(faults); // reseeds
        QList<int> statuses;
        for (int i = 0; i < 40; ++i)
            statuses.append(m_http->put(enrichBody(newTestId())).status);
        return statuses;
    };
    const QList<int> first = pattern();
    QCOMPARE(pattern(), first);
    const qsizetype failures = first.count(503);
    QVERIFY2(failures > 8 && failures < 32, qPrintable(QString::number(failures)));
    QCOMPARE(first.count(200) + failures, 40);
    QCOMPARE(m_collector->stats().count(503), 2 * failures);
    QCOMPARE(m_collector->stats().requests, 80);
}

void CollectorFaultsTest::restartKeepsUrlAndData()
{
    const QString id = newTestId();
    QCOMPARE(m_http->put(enrichBody(id)).status, 200);
    const QUrl url = m_collector->baseUrl();
    QSignalSpy running(m_collector.get(), &Collector::runningChanged);

    m_collector->restart(std::chrono::milliseconds(400));
    QCOMPARE(running.size(), 1);
    QCOMPARE(running.at(0).at(0).toBool(), false);
    const HttpResult during = m_http->get(QStringLiteral("/v1/events/") + id);
    QCOMPARE(during.status, 0);
    QCOMPARE(during.error, QNetworkReply::ConnectionRefusedError);

    QTRY_COMPARE_WITH_TIMEOUT(running.size(), 2, 3000);
    QCOMPARE(running.at(1).at(0).toBool(), true);
    QCOMPARE(m_collector->baseUrl(), url);
    QCOMPARE(m_http->get(QStringLiteral("/v1/events/") + id).status, 200);
}

void CollectorFaultsTest::faultProfileJson()
{
    QString error;
    const auto profile = FaultProfile::fromJson(R"({"seed": 7, "status_429_rate": 0.25,
        "retry_after_seconds": 2, "retry_after_as_date": true, "drop_after_apply_rate": 0.1,
        "delay_ms": 50, "include_reads": true})",
                                                &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->seed, quint64(7));
    QCOMPARE(profile->status429Rate, 0.25);
    QCOMPARE(profile->retryAfterSeconds, std::optional<int>(2));
    QCOMPARE(profile->delay.count(), 50);
    QCOMPARE(FaultProfile::fromJson(profile->toJson())->toJson(), profile->toJson());

    QVERIFY(!FaultProfile::fromJson(R"({"status_500_rate": 1.5})", &error));
    QVERIFY(error.contains(QStringLiteral("status_500_rate")));
    QVERIFY(!FaultProfile::fromJson(R"({"drop_rate": 0.5})", &error));
    QVERIFY(error.contains(QStringLiteral("drop_rate")));
    QVERIFY(!FaultProfile::fromJson("[1]", &error));
}

QTEST_GUILESS_MAIN(CollectorFaultsTest)
#include "tst_collector_faults.moc"
