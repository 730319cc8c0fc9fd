// The delivery scheduler on its own, on a ManualClock: exact due times for backoff (growth,
// cap, jitter bounds under a fixed seed), Retry-After clamping, the lower cap while the
// server is healthy, the offline hold and its single probe, items blocked behind a creation,
// and maxInFlight. No network, no outbox, no wall clock.

#include "deliveryscheduler_p.h"
#include "manualclock_p.h"
#include "retrypolicy_p.h"

#include <QSignalSpy>
#include <QTest>

using namespace FeedbackKit;
using std::chrono::milliseconds;

namespace {
ItemKey key(int n)
{
    return { QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')),
             ItemKind::Feedback };
}

ClientConfig baseConfig()
{
    ClientConfig config;
    config.initialBackoff = milliseconds(100);
    config.maxBackoff = milliseconds(1000);
    config.healthyServerMaxBackoff = milliseconds(1000);
    config.minRetryDelay = milliseconds(5);
    config.maxRetryAfter = milliseconds(2000);
    config.retrySeed = 7;
    config.maxInFlight = 2;
    return config;
}

/*! The backoff ceiling of \a attempt: initialBackoff doubled per attempt, up to \a cap. */
qint64 ceilingOf(int attempt, qint64 cap)
{
    return std::min<qint64>(cap, qint64(100) << std::min(attempt - 1, 30));
}

/*! Adds \a item, sends it and has it fail with an answer: idle, ready for retryLater(). */
void sendAndFail(DeliveryScheduler &scheduler, const ItemKey &item)
{
    if (!scheduler.contains(item))
        scheduler.add(item);
    scheduler.schedule(item);
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(item));
    scheduler.finished(item, true);
}
} // namespace

class TestDeliveryScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsToItsCap();
    void jitterStaysWithinBounds();
    void retryAfterIsClamped();
    void healthyServerCapsBackoff();
    void offlineHoldThenOneProbe();
    void blockedBehindCreationUntilItLeaves();
    void maxInFlight();
};

void TestDeliveryScheduler::backoffGrowsToItsCap()
{
    ManualClock clock;
    DeliveryScheduler scheduler(baseConfig(), &clock);
    RetryPolicy reference(baseConfig()); // the same seed: the same draws
    int ready = 0; // times the scheduler said an item became ready
    scheduler.setReadyHandler([&ready] { ++ready; });
    const ItemKey item = key(1);
    sendAndFail(scheduler, item);
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const milliseconds delay = scheduler.retryLater(item, attempt);
        QCOMPARE(delay, reference.backoff(attempt));
        QVERIFY(delay >= milliseconds(5) && delay.count() <= ceilingOf(attempt, 1000));
        const qint64 due = clock.now() + delay.count();
        QCOMPARE(scheduler.dueTime(item), due);
        const int readyBefore = ready;
        clock.advance(delay - milliseconds(1));
        QCOMPARE(ready, readyBefore); // not a millisecond early
        QCOMPARE(scheduler.next(), std::nullopt);
        clock.advance(milliseconds(1));
        QCOMPARE(clock.now(), due);
        QCOMPARE(ready, readyBefore + 1);
        QCOMPARE(scheduler.dueTime(item), -1);
        QCOMPARE(scheduler.next(), std::optional<ItemKey>(item));
        scheduler.finished(item, true);
    }
}

void TestDeliveryScheduler::jitterStaysWithinBounds()
{
    ManualClock clock;
    DeliveryScheduler scheduler(baseConfig(), &clock);
    RetryPolicy reference(baseConfig());
    qint64 lowest = 1000000, highest = 0;
    for (int i = 0; i < 500; ++i) {
        const int attempt = 1 + i % 8;
        sendAndFail(scheduler, key(i));
        const milliseconds delay = scheduler.retryLater(key(i), attempt);
        QCOMPARE(delay, reference.backoff(attempt));
        QVERIFY2(delay >= milliseconds(5) && delay.count() <= ceilingOf(attempt, 1000),
                 qPrintable(QString::number(delay.count())));
        QCOMPARE(scheduler.dueTime(key(i)), clock.now() + delay.count());
        lowest = std::min(lowest, qint64(delay.count()));
        highest = std::max(highest, qint64(delay.count()));
    }
    QVERIFY(lowest < 50); // full jitter reaches down to the floor ...
    QVERIFY(highest > 900); // ... and up to the cap
}

void TestDeliveryScheduler::retryAfterIsClamped()
{
    ManualClock clock;
    DeliveryScheduler scheduler(baseConfig(), &clock);
    RetryPolicy reference(baseConfig());
    const struct
    {
        QByteArray header;
        qint64 expected; // -1: unreadable, the backoff applies
    } rows[] = { { "1", 1000 }, { "3", 2000 }, { "0", 5 }, { "soon", -1 } };
    int n = 0;
    for (const auto &row : rows) {
        const ItemKey item = key(++n);
        sendAndFail(scheduler, item);
        // The backoff is drawn even when Retry-After wins: the sequence stays the seed's.
        const milliseconds backoff = reference.backoff(1);
        const milliseconds delay = scheduler.retryLater(item, 1, row.header);
        QCOMPARE(delay.count(), row.expected < 0 ? backoff.count() : row.expected);
        QCOMPARE(scheduler.dueTime(item), clock.now() + delay.count());
    }
    clock.advance(milliseconds(1999));
    QCOMPARE(scheduler.dueTime(key(2)), 2000); // clamped to maxRetryAfter, due at 2000
    clock.advance(milliseconds(1));
    QCOMPARE(scheduler.dueTime(key(2)), -1);
}

void TestDeliveryScheduler::healthyServerCapsBackoff()
{
    ClientConfig config = baseConfig();
    config.initialBackoff = milliseconds(1000);
    config.maxBackoff = milliseconds(600000);
    config.healthyServerMaxBackoff = milliseconds(30000);
    ManualClock clock;
    DeliveryScheduler scheduler(config, &clock);
    RetryPolicy reference(config);
    const ItemKey other = key(1), unlucky = key(2);
    sendAndFail(scheduler, other);
    scheduler.delivered(other); // at 0: healthy until 30000
    QVERIFY(scheduler.serverHealthy());
    sendAndFail(scheduler, unlucky);
    milliseconds delay = scheduler.retryLater(unlucky, 20);
    QCOMPARE(delay, reference.backoff(20, true));
    QVERIFY(delay <= milliseconds(30000));
    clock.advance(milliseconds(30000));
    QVERIFY(scheduler.serverHealthy()); // the bound is inclusive
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(unlucky));
    scheduler.finished(unlucky, true);
    clock.advance(milliseconds(1));
    QVERIFY(!scheduler.serverHealthy());
    delay = scheduler.retryLater(unlucky, 20);
    QCOMPARE(delay, reference.backoff(20, false));
    QVERIFY(delay <= milliseconds(600000));
    QCOMPARE(scheduler.dueTime(unlucky), 30001 + delay.count());
}

void TestDeliveryScheduler::offlineHoldThenOneProbe()
{
    ManualClock clock;
    DeliveryScheduler scheduler(baseConfig(), &clock); // maxInFlight 2
    RetryPolicy reference(baseConfig());
    QSignalSpy holdEnded(&scheduler, &DeliveryScheduler::holdEnded);
    for (int n = 1; n <= 3; ++n) {
        scheduler.add(key(n));
        scheduler.schedule(key(n));
    }
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(key(1)));
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(key(2)));
    scheduler.finished(key(1), false);
    const auto hold = scheduler.holdOffline(key(1));
    QCOMPARE(hold, std::optional<milliseconds>(reference.backoff(1)));
    scheduler.finished(key(2), false);
    QCOMPARE(scheduler.holdOffline(key(2)), std::nullopt); // the same outage: no second step
    QVERIFY(scheduler.holdingOffline());
    clock.advance(*hold - milliseconds(1));
    QCOMPARE(holdEnded.size(), 0);
    QCOMPARE(scheduler.next(), std::nullopt); // held: nothing goes
    clock.advance(milliseconds(1));
    QCOMPARE(holdEnded.size(), 1);
    // One probe at a time, first the item that failed last (each went back to the front).
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(key(2)));
    QCOMPARE(scheduler.next(), std::nullopt);
    scheduler.finished(key(2), false); // the probe fails too: the next hold is longer
    const auto second = scheduler.holdOffline(key(2));
    QCOMPARE(second, std::optional<milliseconds>(reference.backoff(2)));
    clock.advance(*second);
    QCOMPARE(holdEnded.size(), 2);
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(key(2)));
    scheduler.finished(key(2), true); // an answer: the link works, maxInFlight again
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(key(1)));
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(key(3)));
    QCOMPARE(scheduler.inFlight(), 2);
}

void TestDeliveryScheduler::blockedBehindCreationUntilItLeaves()
{
    ManualClock clock;
    DeliveryScheduler scheduler(baseConfig(), &clock);
    int ready = 0; // times the scheduler said an item became ready
    scheduler.setReadyHandler([&ready] { ++ready; });
    const ItemKey creation { key(1).eventId, ItemKind::LogEvent };
    const ItemKey feedback = key(1), unrelated = key(2);
    const ItemKey notPending { key(3).eventId, ItemKind::LogEvent };
    const QHash<ItemKey, QList<ItemKey>> prerequisites {
        { feedback, { creation, notPending } },
        { unrelated, { notPending } }, // not pending: no wait
    };
    scheduler.setPrerequisites(
        [&prerequisites](const ItemKey &item) { return prerequisites.value(item); });
    scheduler.add(creation);
    scheduler.add(feedback);
    scheduler.add(unrelated);
    for (const ItemKey &item : { feedback, unrelated, creation })
        scheduler.schedule(item);
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(unrelated)); // feedback waits
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(creation));
    QCOMPARE(scheduler.next(), std::nullopt);
    scheduler.finished(creation, true);
    scheduler.schedule(feedback); // blocked: scheduling it again changes nothing
    QCOMPARE(scheduler.next(), std::nullopt);
    const int readyBefore = ready;
    scheduler.remove(creation); // delivered: it leaves the pending set
    QCOMPARE(ready, readyBefore + 1);
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(feedback));
}

void TestDeliveryScheduler::maxInFlight()
{
    ClientConfig config = baseConfig();
    config.maxInFlight = 3;
    ManualClock clock;
    DeliveryScheduler scheduler(config, &clock);
    for (int n = 1; n <= 5; ++n) {
        scheduler.add(key(n));
        scheduler.schedule(key(n));
    }
    for (int n = 1; n <= 3; ++n)
        QCOMPARE(scheduler.next(), std::optional<ItemKey>(key(n)));
    QCOMPARE(scheduler.inFlight(), 3);
    QCOMPARE(scheduler.next(), std::nullopt);
    scheduler.schedule(key(1)); // in flight: looked at again when its answer comes
    scheduler.finished(key(2), true);
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(key(4)));
    QCOMPARE(scheduler.next(), std::nullopt);
    scheduler.abandonInFlight();
    QCOMPARE(scheduler.inFlight(), 0);
    QCOMPARE(scheduler.next(), std::optional<ItemKey>(key(5)));
}

QTEST_GUILESS_MAIN(TestDeliveryScheduler)
#include "tst_deliveryscheduler.moc"
