// FeedbackBar: follow-ups, undo, keyboard, and — bound to a real Client delivering to the real
// collector over loopback — the delivery indicator and the stored state shown on recreation.

#include <FeedbackKit/Client>
#include <FeedbackKit/CommentBox>
#include <FeedbackKit/FeedbackBar>
#include <FeedbackKit/StarRating>
#include <FeedbackKit/ThumbsWidget>

#include "collector.h"
#include "widgetstesthelpers.h"

#include <QAccessible>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace FeedbackKit;
using namespace std::chrono_literals;
using FollowUp = FeedbackBar::FollowUp;
using Delivery = FeedbackBar::DeliveryState;

namespace {
QToolButton *tool(QWidget &parent, const char *name)
{
    return parent.findChild<QToolButton *>(QLatin1String(name));
}
Feedback lastPatch(const QSignalSpy &spy)
{
    return spy.last().at(0).value<Feedback>();
}
} // namespace

class TestFeedbackBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followUp_data()
    {
        QTest::addColumn<FollowUp>("followUp");
        QTest::addColumn<QString>("thumb");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<CommentBox::Sentiment>("sentiment");
        QTest::newRow("down opens")
            << FollowUp::AfterThumbsDown << "thumbDown" << true << CommentBox::Sentiment::Negative;
        QTest::newRow("up does not")
            << FollowUp::AfterThumbsDown << "thumbUp" << false << CommentBox::Sentiment::Positive;
        QTest::newRow("any: up opens")
            << FollowUp::AfterAnyThumb << "thumbUp" << true << CommentBox::Sentiment::Positive;
        QTest::newRow("none") << FollowUp::NoFollowUp << "thumbDown" << false
                              << CommentBox::Sentiment::Negative;
    }
    void followUp()
    {
        QFETCH(FollowUp, followUp);
        QFETCH(QString, thumb);
        QFETCH(bool, opens);
        QFETCH(CommentBox::Sentiment, sentiment);
        FeedbackBar bar;
        bar.setFollowUp(followUp);
        bar.commentBox()->setNegativeReasons({ QStringLiteral("Wrong") });
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy edited(&bar, &AbstractFeedbackWidget::feedbackEdited);
        QTest::mouseClick(tool(bar, thumb.toLatin1().constData()), Qt::LeftButton);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(lastPatch(edited).rating(), thumb == QLatin1String("thumbUp"));
        QCOMPARE(bar.commentBox()->isVisible(), opens);
        QCOMPARE(bar.commentBox()->sentiment(), sentiment);
        QCOMPARE(tool(bar, "commentButton")->isChecked(), opens);
    }

    void commentFlow()
    {
        FeedbackBar bar;
        bar.commentBox()->setNegativeReasons({ QStringLiteral("Wrong"), QStringLiteral("Slow") });
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy edited(&bar, &AbstractFeedbackWidget::feedbackEdited);
        QTest::mouseClick(tool(bar, "thumbDown"), Qt::LeftButton);
        QVERIFY(bar.commentBox()->isVisible());
        auto *editor = bar.commentBox()->findChild<QPlainTextEdit *>();
        QTRY_VERIFY(editor->hasFocus()); // the follow-up takes the focus
        bar.commentBox()
            ->findChildren<QToolButton *>(QStringLiteral("reasonChip"))
            .first()
            ->click();
        QTest::keyClicks(editor, QStringLiteral("Dates are wrong"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(lastPatch(edited).toJson(),
                 QByteArray(R"({"comment":"Dates are wrong","reasons":["Wrong"]})"));
        QVERIFY(!bar.commentBox()->isVisible()); // submitted: closes
        QCOMPARE(bar.feedbackState().toJson(),
                 QByteArray(R"({"comment":"Dates are wrong","rating":false,"reasons":["Wrong"]})"));
        // The comment button opens it again, from the keyboard.
        tool(bar, "commentButton")->setFocus();
        QTest::keyClick(tool(bar, "commentButton"), Qt::Key_Space);
        QVERIFY(bar.commentBox()->isVisible());
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!bar.commentBox()->isVisible());
    }

    void undo_data()
    {
        QTest::addColumn<QJsonObject>("stored");
        QTest::addColumn<QByteArray>("undoPatch");
        QTest::addColumn<ThumbsWidget::Rating>("after");
        QTest::newRow("from nothing")
            << QJsonObject {}
            << QByteArray(R"({"comment":null,"rating":null,"reasons":null,"score":null})")
            << ThumbsWidget::Rating::Unset;
        QTest::newRow("back to up")
            << QJsonObject { { "rating", true }, { "score", 4 } }
            << QByteArray(R"({"comment":null,"rating":true,"reasons":null,"score":4})")
            << ThumbsWidget::Rating::Up;
    }
    void undo()
    {
        QFETCH(QJsonObject, stored);
        QFETCH(QByteArray, undoPatch);
        QFETCH(ThumbsWidget::Rating, after);
        FeedbackBar bar;
        bar.setFollowUp(FollowUp::NoFollowUp);
        bar.setUndoTimeout(300);
        bar.setFeedbackState(Feedback(stored));
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy available(&bar, &FeedbackBar::undoAvailableChanged);
        QSignalSpy edited(&bar, &AbstractFeedbackWidget::feedbackEdited);
        QTest::mouseClick(tool(bar, "thumbDown"), Qt::LeftButton);
        QVERIFY(bar.isUndoAvailable());
        QVERIFY(tool(bar, "undoButton")->isVisible());
        QTest::mouseClick(tool(bar, "undoButton"), Qt::LeftButton);
        QCOMPARE(lastPatch(edited).toJson(), undoPatch);
        QCOMPARE(bar.thumbs()->rating(), after);
        QVERIFY(!bar.isUndoAvailable());
        QCOMPARE(available.count(), 2);
        // Undo is offered for a while only.
        QTest::mouseClick(tool(bar, "thumbUp"), Qt::LeftButton);
        QVERIFY(bar.isUndoAvailable());
        QTRY_VERIFY_WITH_TIMEOUT(!bar.isUndoAvailable(), 2000);
        QVERIFY(!tool(bar, "undoButton")->isVisible());
    }

    void properties()
    {
        FeedbackBar bar;
        QSignalSpy stars(&bar, &FeedbackBar::starsVisibleChanged);
        bar.setStarsVisible(true);
        bar.setStarsVisible(true);
        QCOMPARE(stars.count(), 1);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("undo timeout must be")));
        bar.setUndoTimeout(-5);
        QCOMPARE(bar.undoTimeout(), 0);
        QTest::mouseClick(tool(bar, "thumbUp"), Qt::LeftButton);
        QVERIFY(!bar.isUndoAvailable()); // 0: never offered
        QCOMPARE(bar.deliveryState(), Delivery::Idle); // not bound: nothing to deliver
        // Named by its text, described by its tooltip: never the same words twice.
        QAccessibleInterface *comment
            = QAccessible::queryAccessibleInterface(tool(bar, "commentButton"));
        QCOMPARE(comment->text(QAccessible::Name), QStringLiteral("Comment…"));
        QCOMPARE(comment->text(QAccessible::Description), QStringLiteral("Add a comment"));
        QAccessibleInterface *indicator = QAccessible::queryAccessibleInterface(
            bar.findChild<QWidget *>(QStringLiteral("deliveryIndicator")));
        QCOMPARE(indicator->role(), QAccessible::StaticText);
        QVERIFY(indicator->text(QAccessible::Description) != indicator->text(QAccessible::Name)
                || indicator->text(QAccessible::Name).isEmpty());
    }

    void boundToClient()
    {
        Collector collector;
        QString error;
        QVERIFY2(collector.start(&error), qPrintable(error));
        QTemporaryDir dir;
        ClientConfig config;
        config.apiUrl = collector.baseUrl();
        config.apiKey = QStringLiteral("widgets-test-key");
        config.project = QStringLiteral("widgets");
        config.outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
        Client client(config);
        const Target target = Target::event(generateId(), generateId());

        FeedbackBar bar;
        bar.setStarsVisible(true);
        bar.bind(&client, target);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy delivery(&bar, &FeedbackBar::deliveryStateChanged);
        QTest::mouseClick(tool(bar, "thumbUp"), Qt::LeftButton);
        QTest::keyClick(bar.stars(), Qt::Key_4);
        QCOMPARE(bar.deliveryState(), Delivery::Pending); // the UI never waits for the network
        QVERIFY(
            bar.deliveryText().contains(QStringLiteral("sending feedback"), Qt::CaseInsensitive));
        QTRY_COMPARE_WITH_TIMEOUT(bar.deliveryState(), Delivery::Delivered, 10000);
        QCOMPARE(bar.deliveryText(), QStringLiteral("Feedback delivered"));
        TestHelpers::screenshot(&bar, QStringLiteral("bar-delivered"), 2);
        QTRY_COMPARE(collector.event(target.eventId()).value(QStringLiteral("feedback")).toObject(),
                     (QJsonObject { { "rating", true }, { "score", 4 } }));

        // A bar recreated for the message shows what is stored.
        FeedbackBar again;
        again.setStarsVisible(true);
        again.bind(&client, target);
        QCOMPARE(again.thumbs()->rating(), ThumbsWidget::Rating::Up);
        QCOMPARE(again.stars()->value(), 4.0);

        // A refusal by the server is shown with its answer.
        Q_EMIT client.quarantined(target, QStringLiteral("HTTP 400: bad"));
        QCOMPARE(bar.deliveryState(), Delivery::Failed);
        QVERIFY(bar.deliveryText().contains(QStringLiteral("HTTP 400: bad")));
        // Other targets' news is not ours.
        Q_EMIT client.delivered(Target::event(generateId()), 99);
        QCOMPARE(bar.deliveryState(), Delivery::Failed);
        client.flush(2000ms);
    }

    void screenshots_data() { TestHelpers::addScreenshotRows("bar"); }
    void screenshots()
    {
        QFETCH(qreal, dpr);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, dark);
        FeedbackBar bar;
        bar.setPalette(dark ? TestHelpers::darkPalette() : TestHelpers::lightPalette());
        bar.setLayoutDirection(direction);
        bar.setStarsVisible(true);
        bar.commentBox()->setNegativeReasons(
            { QStringLiteral("Wrong"), QStringLiteral("Too long") });
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QTest::mouseClick(tool(bar, "thumbDown"), Qt::LeftButton); // opens the follow-up
        bar.stars()->setValue(2);
        bar.resize(420, bar.sizeHint().height());
        const QImage image
            = TestHelpers::screenshot(&bar, QString::fromLatin1(QTest::currentDataTag()), dpr);
        QCOMPARE(image.size(), bar.size() * dpr);
        const int thumbX = tool(bar, "thumbUp")->mapTo(&bar, QPoint(0, 0)).x();
        const bool thumbsFirst = thumbX < tool(bar, "commentButton")->x();
        QCOMPARE(thumbsFirst, direction == Qt::LeftToRight);
    }
};

QTEST_MAIN(TestFeedbackBar)
#include "tst_feedbackbar.moc"
