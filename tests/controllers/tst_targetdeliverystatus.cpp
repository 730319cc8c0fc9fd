// TargetDeliveryStatus through the bars that render it: what the user sees of each target's
// delivery, bound to a real Client delivering to the real collector over loopback.

#include <FeedbackKit/Client>
#include <FeedbackKit/CommentBox>
#include <FeedbackKit/FeedbackBar>
#include <FeedbackKit/TargetDeliveryStatus>

#include "collector.h"
#include "targetstatusdispatcher_p.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <vector>

using namespace FeedbackKit;
using namespace std::chrono_literals;
using Delivery = FeedbackBar::DeliveryState;
using Status = TargetDeliveryStatus::State;

class TestTargetDeliveryStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_outbox = m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_run));
    }

    void barShowsSendingThenDelivered()
    {
        Collector collector;
        QVERIFY(collector.start());
        Client client(config(collector.baseUrl()));
        const Target target = Target::event(generateId(), generateId());
        FeedbackBar bar;
        bar.bind(&client, target);
        QCOMPARE(bar.deliveryText(), QString()); // nothing captured yet
        click(bar, "thumbUp");
        QCOMPARE(bar.deliveryState(), Delivery::Pending);
        QVERIFY(
            bar.deliveryText().contains(QStringLiteral("sending feedback…"), Qt::CaseInsensitive));
        QTRY_COMPARE_WITH_TIMEOUT(bar.deliveryText(), QStringLiteral("Feedback delivered"), 10000);
        QCOMPARE(bar.deliveryState(), Delivery::Delivered);
        QCOMPARE(bar.deliveryStatus()->version(), client.stateVersion(target));
    }

    void recreatedBarStartsFromWhatTheClientHolds()
    {
        Collector collector;
        QVERIFY(collector.start());
        Client client(config(collector.baseUrl()));
        const Target delivered = Target::event(generateId());
        const Target waiting = Target::event(generateId());
        QVERIFY(client.enrich(delivered, feedback(true)));
        QTRY_VERIFY(!client.isPending(delivered));
        collector.stop(); // what is captured now stays on disk, waiting
        QVERIFY(client.enrich(waiting, feedback(false)));
        QTRY_VERIFY(client.durableVersion(waiting) > 0);

        FeedbackBar again;
        again.bind(&client, delivered);
        QCOMPARE(again.deliveryState(), Delivery::Delivered);
        QCOMPARE(again.deliveryText(), QStringLiteral("Feedback delivered"));
        FeedbackBar pending;
        pending.bind(&client, waiting);
        QCOMPARE(pending.deliveryState(), Delivery::Pending);
        QCOMPARE(pending.deliveryText(), QStringLiteral("Saved, sending feedback…"));
        QVERIFY(collector.start());
        QTRY_COMPARE_WITH_TIMEOUT(pending.deliveryState(), Delivery::Delivered, 15000);
    }

    void refusalShowsTheServersAnswerOnce()
    {
        // A collector that refuses bodies over 4 KiB: a long comment is quarantined (413).
        CollectorOptions options;
        options.maxBodyBytes = 4096;
        Collector strict(options);
        QVERIFY(strict.start());
        Client client(config(strict.baseUrl()));
        const Target target = Target::event(generateId());
        FeedbackBar bar;
        bar.bind(&client, target);
        bar.commentBox()->setMaximumLength(10000);
        bar.setCommentOpen(true);
        bar.commentBox()->setText(QString(8000, u'x'));
        bar.commentBox()->submitComment();
        QTRY_COMPARE_WITH_TIMEOUT(bar.deliveryState(), Delivery::Failed, 10000);
        QCOMPARE(bar.deliveryStatus()->state(), Status::Quarantined);
        QVERIFY2(bar.deliveryText().startsWith(
                     QStringLiteral("Feedback not delivered: refused by the server (HTTP 413")),
                 qPrintable(bar.deliveryText()));
        // A bar made later for the message still shows the refusal.
        FeedbackBar again;
        again.commentBox()->setMaximumLength(10000);
        again.bind(&client, target);
        QCOMPARE(again.deliveryState(), Delivery::Failed);
        QCOMPARE(again.deliveryStatus()->state(), Status::Quarantined);
    }

    void eachSignalReachesItsTargetsBarsAlone()
    {
        Client client(config(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        std::vector<std::unique_ptr<FeedbackBar>> bars;
        std::vector<Target> targets;
        for (int i = 0; i < 200; ++i) {
            targets.push_back(Target::event(generateId()));
            bars.push_back(std::make_unique<FeedbackBar>());
            bars.back()->bind(&client, targets.back());
        }
        FeedbackBar twin; // two bars on one target both follow it
        twin.bind(&client, targets[7]);
        QSignalSpy changes(bars[7].get(), &FeedbackBar::deliveryStateChanged);
        QSignalSpy twinChanges(&twin, &FeedbackBar::deliveryStateChanged);
        QSignalSpy otherChanges(bars[8].get(), &FeedbackBar::deliveryStateChanged);
        Q_EMIT client.delivered(targets[7], 1);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(twinChanges.size(), 1);
        QCOMPARE(otherChanges.size(), 0);
        QCOMPARE(twin.deliveryText(), QStringLiteral("Feedback delivered"));
        QCOMPARE(bars[8]->deliveryState(), Delivery::Idle);

        auto *dispatcher = TargetStatusDispatcher::of(&client);
        QCOMPARE(dispatcher->watcherCount(targets[7]), 2);
        bars[7].reset(); // a bar that goes stops watching
        QCOMPARE(dispatcher->watcherCount(targets[7]), 1);
        bars[8]->bind(&client, targets[9]); // so does a bar bound elsewhere
        QCOMPARE(dispatcher->watcherCount(targets[8]), 0);
        QCOMPARE(dispatcher->watcherCount(targets[9]), 2);
        QCOMPARE(client.findChildren<TargetStatusDispatcher *>().size(), 1);
    }

    void olderConfirmationIsNotTheNews()
    {
        Client client(config(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        const Target target = Target::event(generateId());
        TargetDeliveryStatus status;
        status.bind(&client, target);
        QSignalSpy texts(&status, &TargetDeliveryStatus::textChanged);
        Q_EMIT client.accepted(target, 3);
        QCOMPARE(status.state(), Status::Sending);
        Q_EMIT client.durable(target, 2); // an older version on disk: the newest is not
        QCOMPARE(status.state(), Status::Sending);
        Q_EMIT client.durable(target, 3);
        QCOMPARE(status.state(), Status::Saved);
        Q_EMIT client.delivered(target, 2);
        QCOMPARE(status.state(), Status::Saved);
        Q_EMIT client.failed(target, QStringLiteral("outbox full"));
        QCOMPARE(status.text(), QStringLiteral("Feedback not delivered: outbox full"));
        QCOMPARE(texts.size(), 3);
    }

    void clientGoneIsIdle()
    {
        auto client = std::make_unique<Client>(config(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        const Target target = Target::event(generateId());
        TargetDeliveryStatus status;
        status.bind(client.get(), target);
        Q_EMIT client->accepted(target, 1);
        QSignalSpy clients(&status, &TargetDeliveryStatus::clientChanged);
        client.reset();
        QCOMPARE(clients.size(), 1);
        QCOMPARE(status.client(), nullptr);
        QCOMPARE(status.state(), Status::Idle);
        status.setTarget(Target::event(generateId())); // no dispatcher left to touch
        QCOMPARE(status.state(), Status::Idle);
    }

private:
    ClientConfig config(const QUrl &url) const
    {
        ClientConfig c;
        c.apiUrl = url;
        c.apiKey = QStringLiteral("status-test-key");
        c.project = QStringLiteral("status");
        c.outboxPath = m_outbox;
        return c;
    }
    static Feedback feedback(bool rating)
    {
        Feedback patch;
        patch.setRating(rating);
        return patch;
    }
    static void click(QWidget &bar, const char *name)
    {
        QTest::mouseClick(bar.findChild<QToolButton *>(QLatin1String(name)), Qt::LeftButton);
    }

    QTemporaryDir m_dir;
    QString m_outbox;
    int m_run = 0;
};

QTEST_MAIN(TestTargetDeliveryStatus)
#include "tst_targetdeliverystatus.moc"
