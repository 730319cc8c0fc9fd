// CommentBox: typing with a length cap and counter, Ctrl+Enter and Esc, reason chips per
// sentiment, patches, accessibility, bad input and screenshots.

#include <FeedbackKit/CommentBox>

#include "widgetstesthelpers.h"

#include <QAccessible>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace FeedbackKit;
using Sentiment = CommentBox::Sentiment;

namespace {
QPlainTextEdit *editor(CommentBox &box)
{
    return box.findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"));
}
QLabel *counter(CommentBox &box)
{
    return box.findChild<QLabel *>(QStringLiteral("commentCounter"));
}
QList<QToolButton *> chips(CommentBox &box)
{
    QList<QToolButton *> visible;
    for (QToolButton *chip : box.findChildren<QToolButton *>(QStringLiteral("reasonChip")))
        visible.append(chip);
    return visible;
}
Feedback lastPatch(const QSignalSpy &spy)
{
    return spy.last().at(0).value<Feedback>();
}
} // namespace

class TestCommentBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void typingAndSubmitting_data()
    {
        QTest::addColumn<int>("maximumLength");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("counterText");
        QTest::newRow("short") << 1000 << "Great answer"
                               << "Great answer"
                               << "12/1000";
        QTest::newRow("capped") << 5 << "abcdefgh"
                                << "abcde"
                                << "5/5";
        QTest::newRow("empty") << 10 << ""
                               << ""
                               << "0/10";
    }
    void typingAndSubmitting()
    {
        QFETCH(int, maximumLength);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QFETCH(QString, counterText);
        CommentBox box;
        box.setMaximumLength(maximumLength);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QSignalSpy edited(&box, &AbstractFeedbackWidget::feedbackEdited);
        QSignalSpy submitted(&box, &CommentBox::submitted);
        QTest::keyClicks(editor(box), typed);
        QCOMPARE(box.text(), expected);
        QCOMPARE(counter(box)->text(), counterText);
        QCOMPARE(counter(box)->property("atLimit").toBool(), expected.size() == maximumLength);
        QTest::keyClick(editor(box), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(submitted.count(), 1);
        const Feedback patch = lastPatch(edited);
        QCOMPARE(patch.value(u"comment"), expected.isEmpty() ? QJsonValue() : QJsonValue(expected));
        QCOMPARE(patch.value(u"reasons"), QJsonValue()); // none chosen: cleared
        QCOMPARE(box.text(), expected); // submitting keeps the text on show
    }

    void escapeGoesBackToTheLastSubmit()
    {
        CommentBox box;
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QSignalSpy cancelled(&box, &CommentBox::cancelled);
        QTest::keyClicks(editor(box), QStringLiteral("abc"));
        QTest::mouseClick(box.findChild<QPushButton *>(QStringLiteral("sendButton")),
                          Qt::LeftButton);
        QTest::keyClicks(editor(box), QStringLiteral("def"));
        QCOMPARE(box.text(), QStringLiteral("abcdef"));
        QTest::keyClick(editor(box), Qt::Key_Escape);
        QCOMPARE(box.text(), QStringLiteral("abc"));
        QCOMPARE(cancelled.count(), 1);
    }

    void reasonChips()
    {
        CommentBox box;
        box.setNegativeReasons({ QStringLiteral("Wrong"), QStringLiteral("Too long") });
        box.setPositiveReasons({ QStringLiteral("Helpful") });
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QVERIFY(chips(box).isEmpty()); // neutral: no reasons offered
        QSignalSpy selected(&box, &CommentBox::selectedReasonsChanged);
        box.setSentiment(Sentiment::Negative);
        QCOMPARE(chips(box).size(), 2);
        QCOMPARE(chips(box).first()->text(), QStringLiteral("Wrong"));
        QTest::mouseClick(chips(box).first(), Qt::LeftButton);
        QCOMPARE(box.selectedReasons(), QStringList { QStringLiteral("Wrong") });
        QCOMPARE(selected.count(), 1);
        QSignalSpy edited(&box, &AbstractFeedbackWidget::feedbackEdited);
        QTest::keyClick(chips(box).first(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(lastPatch(edited).reasons(), QStringList { QStringLiteral("Wrong") });
        // Another sentiment offers its own list; the old choice goes away.
        box.setSentiment(Sentiment::Positive);
        QCOMPARE(chips(box).size(), 1);
        QVERIFY(box.selectedReasons().isEmpty());
        QCOMPARE(selected.count(), 2);
        QAccessibleInterface *chip = QAccessible::queryAccessibleInterface(chips(box).first());
        QCOMPARE(chip->text(QAccessible::Name), QStringLiteral("Helpful"));
        QVERIFY(chip->state().checkable);
    }

    void accessibility()
    {
        CommentBox box;
        box.setText(QStringLiteral("hello"));
        QCOMPARE(QAccessible::queryAccessibleInterface(editor(box))->text(QAccessible::Name),
                 QStringLiteral("Comment"));
        QCOMPARE(counter(box)->accessibleName(), QStringLiteral("5 of 1000 characters used"));
        QCOMPARE(editor(box)->placeholderText(), QStringLiteral("Tell us more (optional)"));
        box.setPlaceholderText(QStringLiteral("What went wrong?"));
        QCOMPARE(editor(box)->placeholderText(), QStringLiteral("What went wrong?"));
        QVERIFY(editor(box)->tabChangesFocus());
    }

    void badInput()
    {
        CommentBox box;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("maximum length must be")));
        box.setMaximumLength(0);
        QCOMPARE(box.maximumLength(), 1);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("maximum length must be")));
        box.setMaximumLength(1 << 20);
        QCOMPARE(box.maximumLength(), 16384);
        box.setMaximumLength(3);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("text cut to 3")));
        box.setText(QStringLiteral("ab\U0001F600")); // the emoji would be cut in half: dropped
        QCOMPARE(box.text(), QStringLiteral("ab"));
        for (int i = 0; i < 3; ++i)
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("dropping reason")));
        box.setPositiveReasons(
            { QString(), QStringLiteral("A"), QStringLiteral("A"), QString(300, u'x') });
        QCOMPARE(box.positiveReasons(), QStringList { QStringLiteral("A") });
        box.setSentiment(Sentiment::Positive);
        box.setSelectedReasons({ QStringLiteral("not offered") });
        QVERIFY(box.selectedReasons().isEmpty());
    }

    void feedbackState()
    {
        CommentBox box;
        box.setNegativeReasons({ QStringLiteral("Wrong") });
        box.setSentiment(Sentiment::Negative);
        QSignalSpy edited(&box, &AbstractFeedbackWidget::feedbackEdited);
        box.setFeedbackState(Feedback(
            QJsonObject { { "comment", "stored" }, { "reasons", QJsonArray { "Wrong" } } }));
        QCOMPARE(box.text(), QStringLiteral("stored"));
        QCOMPARE(box.selectedReasons(), QStringList { QStringLiteral("Wrong") });
        QCOMPARE(box.feedbackState().toJson(),
                 QByteArray(R"({"comment":"stored","reasons":["Wrong"]})"));
        QCOMPARE(edited.count(), 0);
    }

    void screenshots_data() { TestHelpers::addScreenshotRows("comment"); }
    void screenshots()
    {
        QFETCH(qreal, dpr);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, dark);
        CommentBox box;
        box.setPalette(dark ? TestHelpers::darkPalette() : TestHelpers::lightPalette());
        box.setLayoutDirection(direction);
        box.setNegativeReasons(
            { QStringLiteral("Wrong"), QStringLiteral("Too long"), QStringLiteral("Off topic") });
        box.setSentiment(Sentiment::Negative);
        box.setSelectedReasons({ QStringLiteral("Wrong") });
        box.setText(QStringLiteral("The dates in the second paragraph are off by a year."));
        box.resize(360, 150);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        const QImage image
            = TestHelpers::screenshot(&box, QString::fromLatin1(QTest::currentDataTag()), dpr);
        QCOMPARE(image.size(), box.size() * dpr);
        const QList<QToolButton *> shown = chips(box);
        QCOMPARE(shown.at(0)->x() < shown.at(1)->x(), direction == Qt::LeftToRight);
    }
};

QTEST_MAIN(TestCommentBox)
#include "tst_commentbox.moc"
