// CommentController without any front end: the cap (never inside a surrogate pair), the reasons
// kept, offered per sentiment and chosen, the keys, and sending and cancelling through a
// RatingController bound to a real Client delivering to the real collector over loopback.

#include <FeedbackKit/Client>
#include <FeedbackKit/CommentController>
#include <FeedbackKit/RatingController>
#include <FeedbackKit/ValidationError>

#include "collector.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace FeedbackKit;
using Sentiment = RatingController::Sentiment;

namespace {
const QString smile = QStringLiteral("\U0001F600"); // two UTF-16 units
const QStringList negative = { QStringLiteral("Wrong"), QStringLiteral("Too long") };
const QStringList positive = { QStringLiteral("Clear") };
} // namespace

class TestCommentController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void cap_data()
    {
        QTest::addColumn<int>("maximumLength");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<bool>("atLimit");
        QTest::newRow("short") << 10 << "abc"
                               << "abc"
                               << "3/10" << false;
        QTest::newRow("at the cap") << 3 << "abc"
                                    << "abc"
                                    << "3/3" << true;
        QTest::newRow("cut") << 3 << "abcdef"
                             << "abc"
                             << "3/3" << true;
        QTest::newRow("pair kept whole") << 4 << QString(QStringLiteral("ab") + smile)
                                         << QString(QStringLiteral("ab") + smile) << "4/4" << true;
        QTest::newRow("pair not halved") << 3 << QString(QStringLiteral("ab") + smile) << "ab"
                                         << "2/3" << false;
        QTest::newRow("pair alone") << 1 << smile << ""
                                    << "0/1" << false;
    }
    void cap()
    {
        QFETCH(int, maximumLength);
        QFETCH(QString, text);
        QFETCH(QString, kept);
        QFETCH(QString, counter);
        QFETCH(bool, atLimit);
        CommentController comment;
        comment.setMaximumLength(maximumLength);
        if (text.size() > maximumLength)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("text cut to")));
        comment.setText(text);
        QCOMPARE(comment.text(), kept);
        QCOMPARE(comment.counterText(), counter);
        QCOMPARE(comment.counterDescription(),
                 QStringLiteral("%1 of %2 characters used").arg(kept.size()).arg(maximumLength));
        QCOMPARE(comment.isAtLimit(), atLimit);
        // Lowering the cap cuts what is there by the same rule.
        CommentController lowered;
        lowered.setText(text);
        QSignalSpy counterSpy(&lowered, &CommentController::counterChanged);
        lowered.setMaximumLength(maximumLength);
        QCOMPARE(lowered.text(), kept);
        QVERIFY(counterSpy.count() >= 1);
    }

    void lengthBounds_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("kept");
        QTest::newRow("zero") << 0 << 1;
        QTest::newRow("negative") << -5 << 1;
        QTest::newRow("huge") << (1 << 20) << CommentController::maximumMaximumLength;
    }
    void lengthBounds()
    {
        QFETCH(int, asked);
        QFETCH(int, kept);
        CommentController comment;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("maximum length must be")));
        comment.setMaximumLength(asked);
        QCOMPARE(comment.maximumLength(), kept);
    }

    void reasonsSanitized_data()
    {
        QTest::addColumn<QStringList>("given");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("clean") << negative << negative;
        QTest::newRow("empty and blank")
            << QStringList { QString(), QStringLiteral("  "), QStringLiteral("A") }
            << QStringList { QStringLiteral("A") };
        QTest::newRow("duplicate") << QStringList { QStringLiteral("A"), QStringLiteral("A") }
                                   << QStringList { QStringLiteral("A") };
        QTest::newRow("too long") << QStringList { QString(257, u'x'), QString(256, u'y') }
                                  << QStringList { QString(256, u'y') };
    }
    void reasonsSanitized()
    {
        QFETCH(QStringList, given);
        QFETCH(QStringList, kept);
        for (qsizetype i = kept.size(); i < given.size(); ++i)
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("dropping reason")));
        CommentController comment;
        comment.setNegativeReasons(given);
        QCOMPARE(comment.negativeReasons(), kept);
    }

    void offeredPerSentiment_data()
    {
        QTest::addColumn<int>("thumb"); // -1 none, 0 down, 1 up
        QTest::addColumn<int>("set"); // -1 follows the rating, else a Sentiment
        QTest::addColumn<Sentiment>("sentiment");
        QTest::addColumn<QStringList>("offered");
        QTest::newRow("no thumb") << -1 << -1 << Sentiment::Neutral << QStringList();
        QTest::newRow("thumbs down") << 0 << -1 << Sentiment::Negative << negative;
        QTest::newRow("thumbs up") << 1 << -1 << Sentiment::Positive << positive;
        QTest::newRow("set overrides the thumb")
            << 0 << int(Sentiment::Positive) << Sentiment::Positive << positive;
        QTest::newRow("set without a thumb")
            << -1 << int(Sentiment::Negative) << Sentiment::Negative << negative;
        QTest::newRow("set to neutral")
            << 1 << int(Sentiment::Neutral) << Sentiment::Neutral << QStringList();
    }
    void offeredPerSentiment()
    {
        QFETCH(int, thumb);
        QFETCH(int, set);
        QFETCH(Sentiment, sentiment);
        QFETCH(QStringList, offered);
        RatingController rating;
        CommentController comment;
        comment.setNegativeReasons(negative);
        comment.setPositiveReasons(positive);
        comment.setRating(&rating);
        if (thumb >= 0)
            QVERIFY(rating.clickThumb(thumb == 1));
        if (set >= 0)
            comment.setSentiment(Sentiment(set));
        QCOMPARE(comment.sentiment(), sentiment);
        QCOMPARE(comment.offeredReasons(), offered);
        // Reset: the rating's sentiment again.
        comment.resetSentiment();
        QCOMPARE(comment.sentiment(), rating.sentiment());
    }

    void selectionFiltered_data()
    {
        QTest::addColumn<QStringList>("chosen");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("offered") << QStringList { QStringLiteral("Wrong") }
                                 << QStringList { QStringLiteral("Wrong") };
        QTest::newRow("not offered")
            << QStringList { QStringLiteral("Clear"), QStringLiteral("Other") } << QStringList();
        QTest::newRow("in the order offered")
            << QStringList { QStringLiteral("Too long"), QStringLiteral("Wrong") } << negative;
        QTest::newRow("twice") << QStringList { QStringLiteral("Wrong"), QStringLiteral("Wrong") }
                               << QStringList { QStringLiteral("Wrong") };
    }
    void selectionFiltered()
    {
        QFETCH(QStringList, chosen);
        QFETCH(QStringList, kept);
        CommentController comment;
        comment.setNegativeReasons(negative);
        comment.setPositiveReasons(positive);
        comment.setSentiment(Sentiment::Negative);
        comment.setSelectedReasons(chosen);
        QCOMPARE(comment.selectedReasons(), kept);
        // Another sentiment offers its own list: the old choice goes.
        QSignalSpy selected(&comment, &CommentController::selectedReasonsChanged);
        comment.setSentiment(Sentiment::Positive);
        QVERIFY(comment.selectedReasons().isEmpty());
        QCOMPARE(selected.count(), kept.isEmpty() ? 0 : 1);
    }

    void keys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<bool>("handled");
        QTest::addColumn<bool>("submits");
        QTest::newRow("ctrl+return")
            << int(Qt::Key_Return) << int(Qt::ControlModifier) << true << true;
        QTest::newRow("ctrl+enter (keypad)")
            << int(Qt::Key_Enter) << int(Qt::ControlModifier | Qt::KeypadModifier) << true << true;
        QTest::newRow("return alone") << int(Qt::Key_Return) << 0 << false << false;
        QTest::newRow("escape") << int(Qt::Key_Escape) << 0 << true << false;
        QTest::newRow("a letter") << int(Qt::Key_A) << int(Qt::ControlModifier) << false << false;
    }
    void keys()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(bool, handled);
        QFETCH(bool, submits);
        RatingController rating;
        CommentController comment;
        comment.setRating(&rating);
        comment.setText(QStringLiteral("typed"));
        QSignalSpy edited(&rating, &RatingController::edited);
        QSignalSpy cancelled(&comment, &CommentController::cancelled);
        QCOMPARE(comment.handleKey(key, modifiers), handled);
        QCOMPARE(edited.count(), submits ? 1 : 0);
        QCOMPARE(cancelled.count(), handled && !submits ? 1 : 0);
        QCOMPARE(comment.text(), handled && !submits ? QString() : QStringLiteral("typed"));
    }

    void submitReachesTheServerAndCancelGoesBack()
    {
        Collector collector;
        QVERIFY(collector.start());
        Client client(config(collector.baseUrl()));
        const Target target = Target::event(generateId(), generateId());
        RatingController rating;
        rating.bind(&client, target);
        CommentController comment;
        comment.setNegativeReasons(negative);
        comment.setRating(&rating);
        QVERIFY(rating.clickThumb(false));
        comment.setText(QStringLiteral("Dates are off"));
        comment.toggleReason(QStringLiteral("Wrong"));
        QSignalSpy submitted(&comment, &CommentController::submitted);
        QVERIFY(comment.submit());
        QCOMPARE(submitted.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!client.isPending(target), 10000);
        const QJsonObject stored = collector.event(target.eventId()).value(u"feedback").toObject();
        QCOMPARE(stored.value(u"rating"), QJsonValue(false));
        QCOMPARE(stored.value(u"comment"), QJsonValue(QStringLiteral("Dates are off")));
        QCOMPARE(stored.value(u"reasons"), QJsonValue(QJsonArray { QStringLiteral("Wrong") }));

        // Esc after more typing goes back to what was sent.
        comment.setText(QStringLiteral("Dates are off by a year"));
        comment.toggleReason(QStringLiteral("Too long"));
        comment.cancel();
        QCOMPARE(comment.text(), QStringLiteral("Dates are off"));
        QCOMPARE(comment.selectedReasons(), QStringList { QStringLiteral("Wrong") });

        // A controller made anew for the answer shows what is stored.
        RatingController again;
        again.bind(&client, target);
        CommentController shown;
        shown.setNegativeReasons(negative);
        shown.setRating(&again);
        QCOMPARE(shown.text(), QStringLiteral("Dates are off"));
        QCOMPARE(shown.selectedReasons(), QStringList { QStringLiteral("Wrong") });
    }

    void refusedSubmitKeepsWhatWasTyped()
    {
        Client client(config(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        RatingController rating;
        rating.bind(&client, Target::event(generateId()));
        CommentController comment;
        comment.setRating(&rating);
        // More reasons than a document may hold entries (Limits::maxMembers): refused.
        QStringList many;
        for (int i = 0; i <= int(Limits::maxMembers); ++i)
            many.append(QString::number(i));
        comment.setSentiment(Sentiment::Negative);
        comment.setNegativeReasons(many);
        comment.setSelectedReasons(many);
        comment.setText(QStringLiteral("typed"));
        QSignalSpy submitted(&comment, &CommentController::submitted);
        QSignalSpy failed(&rating, &RatingController::submitFailed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused")));
        QVERIFY(!comment.submit());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(submitted.count(), 0);
        QCOMPARE(comment.text(), QStringLiteral("typed"));
        QCOMPARE(comment.selectedReasons(), many);
        QCOMPARE(rating.comment(), QString()); // rolled back: nothing reached the client
    }

    void thumbSwitchKeepsTheTypedText()
    {
        RatingController rating;
        CommentController comment;
        comment.setNegativeReasons(negative);
        comment.setPositiveReasons(positive);
        comment.setRating(&rating);
        QVERIFY(rating.clickThumb(false));
        comment.toggleReason(QStringLiteral("Wrong"));
        QVERIFY(comment.submit());
        comment.setText(QStringLiteral("not sent yet"));
        QVERIFY(rating.clickThumb(true)); // takes the negative reasons back
        QCOMPARE(comment.selectedReasons(), QStringList());
        QCOMPARE(comment.offeredReasons(), positive);
        QCOMPARE(comment.text(), QStringLiteral("not sent yet"));
    }

    void cancelWithoutARatingClears()
    {
        CommentController comment;
        comment.setSentiment(Sentiment::Negative);
        comment.setNegativeReasons(negative);
        comment.setText(QStringLiteral("abc"));
        comment.toggleReason(QStringLiteral("Wrong"));
        QVERIFY(!comment.submit()); // nothing to send through
        comment.cancel();
        QCOMPARE(comment.text(), QString());
        QVERIFY(comment.selectedReasons().isEmpty());
    }

private:
    ClientConfig config(const QUrl &url)
    {
        ClientConfig c;
        c.apiUrl = url;
        c.apiKey = QStringLiteral("comment-test-key");
        c.project = QStringLiteral("comment");
        c.outboxPath = m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_run));
        return c;
    }

    QTemporaryDir m_dir;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestCommentController)
#include "tst_commentcontroller.moc"
