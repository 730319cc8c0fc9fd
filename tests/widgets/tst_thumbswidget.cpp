// ThumbsWidget: mouse and keyboard, patches, accessibility, right-to-left, palettes, screenshots.

#include <FeedbackKit/ThumbsWidget>

#include "svgiconcache_p.h"
#include "widgetstesthelpers.h"

#include <QAccessible>
#include <QApplication>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace FeedbackKit;
using Rating = ThumbsWidget::Rating;

namespace {
QToolButton *button(ThumbsWidget &thumbs, const char *name)
{
    return thumbs.findChild<QToolButton *>(QLatin1String(name));
}
QByteArray json(const Feedback &patch)
{
    return patch.toJson();
}
} // namespace

class TestThumbsWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clicks_data()
    {
        QTest::addColumn<QStringList>("clicks");
        QTest::addColumn<Rating>("rating");
        QTest::addColumn<QByteArray>("lastPatch");
        QTest::newRow("up") << QStringList { "thumbUp" } << Rating::Up
                            << QByteArray(R"({"rating":true})");
        QTest::newRow("down") << QStringList { "thumbDown" } << Rating::Down
                              << QByteArray(R"({"rating":false})");
        QTest::newRow("up twice clears") << QStringList { "thumbUp", "thumbUp" } << Rating::Unset
                                         << QByteArray(R"({"rating":null})");
        QTest::newRow("up then down") << QStringList { "thumbUp", "thumbDown" } << Rating::Down
                                      << QByteArray(R"({"rating":false})");
        QTest::newRow("down up down") << QStringList { "thumbDown", "thumbUp", "thumbDown" }
                                      << Rating::Down << QByteArray(R"({"rating":false})");
    }
    void clicks()
    {
        QFETCH(QStringList, clicks);
        QFETCH(Rating, rating);
        QFETCH(QByteArray, lastPatch);
        ThumbsWidget thumbs;
        thumbs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&thumbs));
        QSignalSpy edited(&thumbs, &AbstractFeedbackWidget::feedbackEdited);
        QSignalSpy changed(&thumbs, &ThumbsWidget::ratingChanged);
        for (const QString &name : clicks)
            QTest::mouseClick(button(thumbs, name.toLatin1().constData()), Qt::LeftButton);
        QCOMPARE(thumbs.rating(), rating);
        QCOMPARE(edited.count(), clicks.size());
        QCOMPARE(changed.count(), clicks.size());
        QCOMPARE(json(edited.last().at(0).value<Feedback>()), lastPatch);
        QCOMPARE(button(thumbs, "thumbUp")->isChecked(), rating == Rating::Up);
        QCOMPARE(button(thumbs, "thumbDown")->isChecked(), rating == Rating::Down);
    }

    void keyboard()
    {
        ThumbsWidget thumbs;
        thumbs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&thumbs));
        thumbs.activateWindow();
        thumbs.setFocus(Qt::TabFocusReason);
        QToolButton *up = button(thumbs, "thumbUp");
        QToolButton *down = button(thumbs, "thumbDown");
        QTRY_VERIFY(up->hasFocus());
        QTest::keyClick(up, Qt::Key_Space);
        QCOMPARE(thumbs.rating(), Rating::Up);
        QTest::keyClick(up, Qt::Key_Tab);
        QVERIFY(down->hasFocus());
        QTest::keyClick(down, Qt::Key_Return);
        QCOMPARE(thumbs.rating(), Rating::Down);
        QTest::keyClick(down, Qt::Key_Enter);
        QCOMPARE(thumbs.rating(), Rating::Unset);
    }

    void programmaticChangesEmitNoPatch()
    {
        ThumbsWidget thumbs;
        QSignalSpy edited(&thumbs, &AbstractFeedbackWidget::feedbackEdited);
        QSignalSpy changed(&thumbs, &ThumbsWidget::ratingChanged);
        thumbs.setRating(Rating::Up);
        thumbs.setRating(Rating::Up); // unchanged: no signal
        QCOMPARE(changed.count(), 1);
        thumbs.setFeedbackState(Feedback(QJsonObject { { "rating", false }, { "comment", "x" } }));
        QCOMPARE(thumbs.rating(), Rating::Down);
        QCOMPARE(thumbs.feedbackState().toJson(), QByteArray(R"({"rating":false})"));
        thumbs.setFeedbackState(Feedback(QJsonObject { { "rating", "yes" } })); // wrong type: unset
        QCOMPARE(thumbs.rating(), Rating::Unset);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(edited.count(), 0);
    }

    void badTargetIsRefused()
    {
        ThumbsWidget thumbs;
        QSignalSpy targetChanged(&thumbs, &AbstractFeedbackWidget::targetChanged);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("invalid feedback target")));
        thumbs.setTarget(Target::event(QStringLiteral("not-a-uuid")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Cannot bind")));
        thumbs.bind(nullptr, Target());
        QCOMPARE(targetChanged.count(), 0);
        QVERIFY(!thumbs.isBound());
    }

    void accessibility()
    {
        ThumbsWidget thumbs;
        thumbs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&thumbs));
        QAccessibleInterface *up = QAccessible::queryAccessibleInterface(button(thumbs, "thumbUp"));
        QAccessibleInterface *down
            = QAccessible::queryAccessibleInterface(button(thumbs, "thumbDown"));
        QVERIFY(up && down);
        QCOMPARE(up->role(), QAccessible::Button);
        QCOMPARE(up->text(QAccessible::Name), QStringLiteral("Good response"));
        QCOMPARE(down->text(QAccessible::Name), QStringLiteral("Bad response"));
        QVERIFY(up->state().checkable);
        QVERIFY(!up->state().checked);
        QTest::mouseClick(button(thumbs, "thumbUp"), Qt::LeftButton);
        QVERIFY(up->state().checked);
        QVERIFY(up->state().pressed);
        QVERIFY(!down->state().checked);
        QVERIFY(!down->state().pressed);
        QVERIFY(up->state().focusable);
        // Assistive technology can press a thumb too.
        QAccessibleActionInterface *action = down->actionInterface();
        QVERIFY(action);
        QVERIFY(action->actionNames().contains(QAccessibleActionInterface::pressAction()));
        action->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(thumbs.rating(), Rating::Down);
        QCOMPARE(QAccessible::queryAccessibleInterface(&thumbs)->text(QAccessible::Name),
                 QStringLiteral("Rate this response"));
    }

    void applicationPaletteChangeClearsTheIconCache()
    {
        ThumbsWidget thumbs;
        thumbs.adjustSize();
        thumbs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&thumbs));
        TestHelpers::render(&thumbs, 1);
        QVERIFY(SvgIconCache::count() > 0);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(TestHelpers::darkPalette());
        QCOMPARE(SvgIconCache::count(), 0);
        // The dark palette's colours are what is drawn now.
        const QColor darkIcon = TestHelpers::darkPalette().color(QPalette::PlaceholderText);
        QTRY_COMPARE(button(thumbs, "thumbUp")->palette().color(QPalette::PlaceholderText),
                     darkIcon);
        const QImage image = TestHelpers::render(&thumbs, 1);
        QVERIFY(TestHelpers::pixelsNear(image, thumbs.rect(), darkIcon, 10) > 20);
        QApplication::setPalette(before);
    }

    void styledWithQss()
    {
        ThumbsWidget thumbs;
        thumbs.setStyleSheet(
            QStringLiteral("QToolButton { background-color: rgb(200, 0, 0); border: none; }"));
        thumbs.adjustSize();
        thumbs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&thumbs));
        const QImage image = TestHelpers::render(&thumbs, 1);
        QVERIFY(TestHelpers::pixelsNear(image, button(thumbs, "thumbDown")->geometry(),
                                        QColor(200, 0, 0))
                > 50);
    }

    void screenshots_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<bool>("dark");
        for (qreal dpr : { 1.0, 2.0 }) {
            for (Qt::LayoutDirection direction : { Qt::LeftToRight, Qt::RightToLeft }) {
                for (bool dark : { false, true }) {
                    const QString name = QStringLiteral("thumbs-%1x-%2-%3")
                                             .arg(dpr)
                                             .arg(direction == Qt::LeftToRight ? "ltr" : "rtl")
                                             .arg(dark ? "dark" : "light");
                    QTest::newRow(qPrintable(name)) << dpr << direction << dark;
                }
            }
        }
    }
    void screenshots()
    {
        QFETCH(qreal, dpr);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, dark);
        ThumbsWidget thumbs;
        const QPalette palette = dark ? TestHelpers::darkPalette() : TestHelpers::lightPalette();
        thumbs.setPalette(palette);
        thumbs.setLayoutDirection(direction);
        thumbs.setRating(Rating::Up);
        thumbs.adjustSize();
        thumbs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&thumbs));
        const QImage image
            = TestHelpers::screenshot(&thumbs, QString::fromLatin1(QTest::currentDataTag()), dpr);
        QCOMPARE(image.size(), thumbs.size() * dpr);
        // The active thumb (up) is in the highlight colour, on the leading side.
        const QRect upRect = button(thumbs, "thumbUp")->geometry();
        const QRect downRect = button(thumbs, "thumbDown")->geometry();
        QCOMPARE(upRect.center().x() < downRect.center().x(), direction == Qt::LeftToRight);
        const QColor highlight = palette.color(QPalette::Highlight);
        QVERIFY(TestHelpers::pixelsNear(image, upRect, highlight) > 20 * dpr * dpr);
        QCOMPARE(TestHelpers::pixelsNear(image, downRect, highlight), 0);
    }
};

QTEST_MAIN(TestThumbsWidget)
#include "tst_thumbswidget.moc"
