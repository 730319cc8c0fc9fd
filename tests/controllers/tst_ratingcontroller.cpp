// RatingController without any front end: the patch of each action, the reasons a thumb takes
// back, the follow-up, undo and its window, and a refusal rolled back.

#include <FeedbackKit/Client>
#include <FeedbackKit/RatingController>

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace FeedbackKit;
using FollowUp = RatingController::FollowUp;
using Rating = RatingController::Rating;
using Sentiment = RatingController::Sentiment;

namespace {
Feedback json(const char *text)
{
    return *Feedback::parse(text);
}
Feedback lastPatch(const QSignalSpy &spy)
{
    return spy.last().at(0).value<Feedback>();
}
} // namespace

class TestRatingController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void staticRules()
    {
        QCOMPARE(RatingController::thumbPatch(std::nullopt, true), json(R"({"rating": true})"));
        QCOMPARE(RatingController::thumbPatch(true, true), json(R"({"rating": null})"));
        QCOMPARE(RatingController::thumbPatch(true, false), json(R"({"rating": false})"));
        QCOMPARE(RatingController::starClick(3, 3), 0.0);
        QCOMPARE(RatingController::starClick(3, 4.5), 4.5);
        QCOMPARE(RatingController::snappedStars(3.3, 1, 5), 3.0);
        QCOMPARE(RatingController::snappedStars(3.3, 0.5, 5), 3.5);
        QCOMPARE(RatingController::snappedStars(9, 1, 5), 5.0);
        QCOMPARE(RatingController::snappedStars(-2, 0.5, 5), 0.0);
        QCOMPARE(RatingController::snappedStars(qQNaN(), 1, 5), 0.0);
        QCOMPARE(RatingController::scorePatch(0), json(R"({"score": null})"));
        QCOMPARE(RatingController::commentPatch({}, { QStringLiteral("Wrong") }),
                 json(R"({"comment": null, "reasons": ["Wrong"]})"));
    }

    void thumbSwitchTakesReasonsBackAndUndoBringsThem()
    {
        RatingController rating;
        QSignalSpy edited(&rating, &RatingController::edited);
        QSignalSpy reasons(&rating, &RatingController::reasonsChanged);
        QVERIFY(rating.clickThumb(false));
        QVERIFY(rating.submitComment(QStringLiteral("too long"), { QStringLiteral("Wrong") }));
        QCOMPARE(rating.reasons(), QStringList { QStringLiteral("Wrong") });
        QVERIFY(rating.clickThumb(true));
        QCOMPARE(lastPatch(edited), json(R"({"rating": true, "reasons": null})"));
        QCOMPARE(rating.reasons(), QStringList());
        QCOMPARE(rating.sentiment(), Sentiment::Positive);
        QCOMPARE(reasons.size(), 2);
        QVERIFY(rating.isUndoAvailable());
        rating.undo();
        QCOMPARE(lastPatch(edited), json(R"({"rating": false, "score": null, "comment": "too long",
                          "reasons": ["Wrong"]})"));
        QCOMPARE(rating.rating(), Rating::Down);
        QCOMPARE(rating.reasons(), QStringList { QStringLiteral("Wrong") });
        QVERIFY(!rating.isUndoAvailable());
    }

    void followUp_data()
    {
        QTest::addColumn<FollowUp>("followUp");
        QTest::addColumn<bool>("up");
        QTest::addColumn<bool>("asks");
        QTest::newRow("down asks") << FollowUp::AfterThumbsDown << false << true;
        QTest::newRow("up does not") << FollowUp::AfterThumbsDown << true << false;
        QTest::newRow("any: up asks") << FollowUp::AfterAnyThumb << true << true;
        QTest::newRow("none") << FollowUp::NoFollowUp << false << false;
    }
    void followUp()
    {
        QFETCH(FollowUp, followUp);
        QFETCH(bool, up);
        QFETCH(bool, asks);
        RatingController rating;
        rating.setFollowUp(followUp);
        QSignalSpy requested(&rating, &RatingController::followUpRequested);
        rating.clickThumb(up);
        QCOMPARE(requested.size(), asks ? 1 : 0);
        rating.clickThumb(up); // taking the thumb back asks for nothing
        QCOMPARE(requested.size(), asks ? 1 : 0);
    }

    void undoWindowCloses()
    {
        RatingController rating;
        rating.setUndoTimeout(50);
        QSignalSpy available(&rating, &RatingController::undoAvailableChanged);
        QVERIFY(rating.chooseScore(4));
        QVERIFY(!rating.chooseScore(4)); // nothing changes
        QVERIFY(rating.isUndoAvailable());
        QTRY_VERIFY(!rating.isUndoAvailable());
        QCOMPARE(available.size(), 2);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("must be 0")));
        rating.setUndoTimeout(-1);
        QCOMPARE(rating.undoTimeout(), 0);
        rating.chooseScore(2);
        QVERIFY(!rating.isUndoAvailable()); // 0: never offered
    }

    void boundWritesAndRollsBackARefusal()
    {
        QTemporaryDir dir;
        ClientConfig config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.apiKey = QStringLiteral("rating-test");
        config.project = QStringLiteral("rating");
        config.outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
        Client client(config);
        const Target target = Target::event(generateId());
        QVERIFY(client.enrich(target, json(R"({"score": 2, "actions": {"copied": true}})")));
        RatingController rating;
        rating.bind(&client, target);
        QCOMPARE(rating.score(), 2.0); // the stored state, rating keys only
        QCOMPARE(rating.state(), json(R"({"score": 2})"));
        QVERIFY(rating.clickThumb(true));
        QCOMPARE(client.state(target).rating(), true);

        QSignalSpy failed(&rating, &RatingController::submitFailed);
        QSignalSpy replaced(&rating, &RatingController::stateReplaced);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused")));
        QVERIFY(!rating.submitComment(QString(Limits::maxStringBytes + 1, u'x'), {}));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(rating.comment(), QString());
        QCOMPARE(rating.rating(), Rating::Up); // what is really stored
        QCOMPARE(client.state(target).comment(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRatingController)
#include "tst_ratingcontroller.moc"
