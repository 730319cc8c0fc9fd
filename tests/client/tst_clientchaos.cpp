// The client under a hostile network and a full disk: every target must end with its last
// state on the server, nothing reported durable may be lost.

#include "clienttest.h"

#include <FeedbackKit/Collector>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <random>

using namespace FeedbackKit;
using namespace ClientTest;
using std::chrono::milliseconds;

class TestClientChaos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTargetEndsWithItsLastState();
    void fullOutboxReachesTheCaller();

private:
    QTemporaryDir m_dir;
};

void TestClientChaos::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

namespace {
FaultProfile chaos(bool retryAfter)
{
    FaultProfile faults;
    faults.seed = retryAfter ? 11 : 12;
    faults.status503Rate = 0.30;
    if (retryAfter)
        faults.retryAfterSeconds = 1;
    faults.status429Rate = 0.05;
    faults.status500Rate = 0.05;
    faults.dropBeforeApplyRate = 0.10;
    faults.dropAfterApplyRate = 0.05;
    return faults;
}

// Rating, score, comment and a copied action in rotation, each stamped with the item number.
Feedback patchFor(int item)
{
    Feedback patch;
    patch.setValue(u"n", item);
    switch (item % 4) {
    case 0:
        patch.setRating(item % 3 != 0);
        break;
    case 1:
        patch.setScore(item % 5 + 1);
        break;
    case 2:
        patch.setComment(QStringLiteral("comment %1").arg(item));
        break;
    default:
        patch.setAction(QStringLiteral("copied"), true);
    }
    return patch;
}
} // namespace

void TestClientChaos::everyTargetEndsWithItsLastState()
{
    constexpr int items = 10000;
    constexpr int targets = 2000;
    CollectorOptions options;
    options.databasePath = m_dir.filePath(QStringLiteral("collector.sqlite"));
    Collector collector(options);
    QVERIFY(collector.start());
    collector.setFaults(chaos(true)); // the first half of the run with Retry-After: 1
    ClientConfig c = config(collector.baseUrl(), m_dir.filePath(QStringLiteral("chaos.sqlite")));
    c.maxRetryAfter = milliseconds(50); // Retry-After: 1 clamped, to keep the test short
    c.initialBackoff = milliseconds(5);
    c.maxBackoff = milliseconds(100);
    auto client = std::make_unique<Client>(c);
    ClientStatistics before;
    std::mt19937 random(2024);
    for (int i = 0; i < items; ++i) {
        QVERIFY(client->enrich(session(10000 + int(random() % targets)), patchFor(i)));
        if (i % 250 == 249)
            QTest::qWait(10); // let delivery interleave with capture
        if (i == 3000 || i == 8000)
            collector.restart(milliseconds(200));
        if (i == 5000)
            collector.setFaults(chaos(false));
        if (i == 6000) { // the app restarts: what is pending comes back from the outbox
            before = client->statistics();
            client = std::make_unique<Client>(c);
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(client->pendingCount(), 0, 25000);
    collector.setFaults({});

    int lost = 0;
    for (int t = 0; t < targets; ++t) {
        const QJsonObject expected = client->state(session(10000 + t)).toJsonObject();
        const QJsonObject stored = collector.event(id(10000 + t)).value("feedback").toObject();
        lost += stored != expected;
    }
    const ClientStatistics after = client->statistics();
    const CollectorStats server = collector.stats();
    qInfo("chaos: %d items over %d targets, lost %d; client requests %llu, resends %llu, "
          "retryable failures %llu; server dropped %lld before / %lld after apply",
          items, targets, lost, before.requests + after.requests, before.resends + after.resends,
          before.retryableFailures + after.retryableFailures, server.droppedBeforeApply,
          server.droppedAfterApply);
    QCOMPARE(lost, 0);
    QCOMPARE(client->quarantinedCount(), 0);
    QVERIFY(before.resends + after.resends > 0);
}

void TestClientChaos::fullOutboxReachesTheCaller()
{
    Collector collector;
    QVERIFY(collector.start());
    const QString outbox = m_dir.filePath(QStringLiteral("full.sqlite"));
    ClientConfig c = config(collector.baseUrl(), outbox);
    c.apiKey.clear(); // nothing is delivered, so the outbox only grows
    c.maxOutboxBytes = 128 * 1024;
    QSet<int> durableTargets;
    {
        Client client(c);
        QSignalSpy failed(&client, &Client::failed);
        QSignalSpy full(&client, &Client::outboxFullChanged);
        QObject::connect(&client, &Client::durable, &client, [&](const Target &target) {
            durableTargets.insert(target.eventId().right(6).toInt());
        });
        int accepted = 0;
        for (int i = 0; i < 1000 && failed.isEmpty(); ++i) {
            QVERIFY(client.enrich(
                session(i), feedback({ { "comment", QString(2000, QChar(u'a' + i % 26)) } })));
            ++accepted;
            QTRY_VERIFY(durableTargets.size() == accepted || !failed.isEmpty());
        }
        QVERIFY(!failed.isEmpty());
        QVERIFY2(failed.at(0).at(1).toString().contains("not stored"),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(client.isOutboxFull());
        QCOMPARE(full.size(), 1);
        QString error;
        QVERIFY(!client.enrich(session(5000), feedback({ { "rating", true } }), Channel::EndUser,
                               &error));
        QVERIFY2(error.contains("outbox full"), qPrintable(error));
        QVERIFY(durableTargets.size() > 10);
    }
    // Everything written before the disk filled up is still there, and is delivered.
    c.apiKey = apiKey;
    Client client(c);
    QCOMPARE(client.pendingCount(), int(durableTargets.size()));
    QTRY_COMPARE_WITH_TIMEOUT(client.pendingCount(), 0, 10000);
    for (int t : std::as_const(durableTargets))
        QCOMPARE(
            collector.event(id(t)).value("feedback").toObject().value("comment").toString().size(),
            2000);
}

QTEST_GUILESS_MAIN(TestClientChaos)
#include "tst_clientchaos.moc"
