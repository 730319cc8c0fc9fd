// StarRating: keyboard (mirrored in right-to-left), mouse with hover preview, read-only mode,
// patches, the slider interface for assistive technology, bad input and screenshots.

#include <FeedbackKit/StarRating>

#include "widgetstesthelpers.h"

#include <QAccessible>
#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

using namespace FeedbackKit;

namespace {
// Default geometry: 3 px focus margin, 20 px stars 2 px apart.
QPoint starCenter(const StarRating &stars, int index)
{
    const int x = 3 + index * 22 + 10;
    return { stars.layoutDirection() == Qt::RightToLeft ? stars.width() - 1 - x : x,
             stars.height() / 2 };
}
} // namespace

class TestStarRating : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyboard_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<bool>("halfSteps");
        QTest::addColumn<double>("initial");
        QTest::addColumn<int>("key");
        QTest::addColumn<double>("expected");
        const auto ltr = Qt::LeftToRight;
        const auto rtl = Qt::RightToLeft;
        QTest::newRow("right from unset") << ltr << false << 0.0 << int(Qt::Key_Right) << 1.0;
        QTest::newRow("left") << ltr << false << 3.0 << int(Qt::Key_Left) << 2.0;
        QTest::newRow("rtl right lowers") << rtl << false << 3.0 << int(Qt::Key_Right) << 2.0;
        QTest::newRow("rtl left raises") << rtl << false << 3.0 << int(Qt::Key_Left) << 4.0;
        QTest::newRow("up") << ltr << false << 4.0 << int(Qt::Key_Up) << 5.0;
        QTest::newRow("up at maximum") << ltr << false << 5.0 << int(Qt::Key_Up) << 5.0;
        QTest::newRow("down at one stays") << ltr << false << 1.0 << int(Qt::Key_Down) << 1.0;
        QTest::newRow("home") << ltr << false << 4.0 << int(Qt::Key_Home) << 1.0;
        QTest::newRow("end") << ltr << false << 2.0 << int(Qt::Key_End) << 5.0;
        QTest::newRow("digit") << ltr << false << 0.0 << int(Qt::Key_3) << 3.0;
        QTest::newRow("digit over maximum") << ltr << false << 2.0 << int(Qt::Key_7) << 2.0;
        QTest::newRow("zero clears") << ltr << false << 2.0 << int(Qt::Key_0) << 0.0;
        QTest::newRow("backspace clears") << ltr << false << 2.0 << int(Qt::Key_Backspace) << 0.0;
        QTest::newRow("delete clears") << rtl << false << 4.0 << int(Qt::Key_Delete) << 0.0;
        QTest::newRow("half step") << ltr << true << 2.0 << int(Qt::Key_Right) << 2.5;
        QTest::newRow("half home") << ltr << true << 2.0 << int(Qt::Key_Home) << 0.5;
        QTest::newRow("other key") << ltr << false << 2.0 << int(Qt::Key_A) << 2.0;
    }
    void keyboard()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, halfSteps);
        QFETCH(double, initial);
        QFETCH(int, key);
        QFETCH(double, expected);
        StarRating stars;
        stars.setLayoutDirection(direction);
        stars.setHalfSteps(halfSteps);
        stars.setValue(initial);
        QSignalSpy edited(&stars, &AbstractFeedbackWidget::feedbackEdited);
        QTest::keyClick(&stars, Qt::Key(key));
        QCOMPARE(stars.value(), expected);
        QCOMPARE(edited.count(), initial == expected ? 0 : 1);
        if (!edited.isEmpty()) {
            const Feedback patch = edited.first().at(0).value<Feedback>();
            QCOMPARE(patch.value(u"score"), expected > 0 ? QJsonValue(expected) : QJsonValue());
        }
    }

    void mouse_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("ltr") << Qt::LeftToRight;
        QTest::newRow("rtl") << Qt::RightToLeft;
    }
    void mouse()
    {
        QFETCH(Qt::LayoutDirection, direction);
        StarRating stars;
        stars.setLayoutDirection(direction);
        stars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stars));
        QSignalSpy changed(&stars, &StarRating::valueChanged);
        QTest::mouseMove(&stars, starCenter(stars, 1));
        QTRY_COMPARE(stars.hoverValue(), 2.0);
        QCOMPARE(stars.value(), 0.0); // a preview only
        QTest::mouseClick(&stars, Qt::LeftButton, {}, starCenter(stars, 2));
        QCOMPARE(stars.value(), 3.0);
        QCOMPARE(changed.count(), 1);
        QTest::mouseClick(&stars, Qt::LeftButton, {}, starCenter(stars, 2)); // same: clears
        QCOMPARE(stars.value(), 0.0);
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(&stars, &leave);
        QCOMPARE(stars.hoverValue(), 0.0);
    }

    void readOnly()
    {
        StarRating stars;
        stars.setValue(2);
        QSignalSpy readOnlyChanged(&stars, &StarRating::readOnlyChanged);
        stars.setReadOnly(true);
        stars.setReadOnly(true);
        QCOMPARE(readOnlyChanged.count(), 1);
        stars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stars));
        QSignalSpy edited(&stars, &AbstractFeedbackWidget::feedbackEdited);
        QTest::keyClick(&stars, Qt::Key_End);
        QTest::mouseClick(&stars, Qt::LeftButton, {}, starCenter(stars, 4));
        QCOMPARE(stars.value(), 2.0);
        QCOMPARE(edited.count(), 0);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&stars);
        QVERIFY(iface->state().readOnly);
        iface->valueInterface()->setCurrentValue(4);
        QCOMPARE(stars.value(), 2.0);
    }

    void accessibility()
    {
        StarRating stars;
        stars.setValue(3);
        stars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stars));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&stars);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Slider);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Rating"));
        QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("3 of 5 stars"));
        QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("3 of 5 stars"));
        QVERIFY(iface->state().focusable);
        QAccessibleValueInterface *value = iface->valueInterface();
        QVERIFY(value);
        QCOMPARE(value->currentValue().toDouble(), 3.0);
        QCOMPARE(value->maximumValue().toInt(), 5);
        QCOMPARE(value->minimumValue().toInt(), 0);
        QCOMPARE(value->minimumStepSize().toDouble(), 1.0);
        QSignalSpy edited(&stars, &AbstractFeedbackWidget::feedbackEdited);
        value->setCurrentValue(4); // a screen reader user's change counts as a user change
        QCOMPARE(stars.value(), 4.0);
        QCOMPARE(edited.count(), 1);
        stars.setValue(0);
        QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("Not rated"));
        stars.setAccessibleName(QStringLiteral("Answer quality"));
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Answer quality"));
    }

    void badInput()
    {
        StarRating stars;
        QSignalSpy maximumChanged(&stars, &StarRating::maximumChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("maximum must be")));
        stars.setMaximum(0);
        QCOMPARE(stars.maximum(), 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("maximum must be")));
        stars.setMaximum(25);
        QCOMPARE(stars.maximum(), 20);
        QCOMPARE(maximumChanged.count(), 2);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("non-finite")));
        stars.setValue(qQNaN());
        QCOMPARE(stars.value(), 0.0);
        stars.setValue(99);
        QCOMPARE(stars.value(), 20.0);
        stars.setMaximum(5); // lowering the maximum clamps the value
        QCOMPARE(stars.value(), 5.0);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("empty icon size")));
        stars.setIconSize(QSize(0, 0));
        QCOMPARE(stars.iconSize(), QSize(20, 20));
        stars.setValue(3.5); // no half steps: rounds
        QCOMPARE(stars.value(), 4.0);
        stars.setFeedbackState(Feedback(QJsonObject { { "score", "high" } }));
        QCOMPARE(stars.value(), 0.0);
    }

    void styledWithQss()
    {
        // QSS selection colours are the palette's Highlight: the colour of set stars.
        StarRating stars;
        stars.setStyleSheet(QStringLiteral(
            "FeedbackKit--StarRating { selection-background-color: rgb(200, 0, 0); }"));
        stars.setValue(5);
        stars.resize(stars.sizeHint());
        stars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stars));
        const QImage image = TestHelpers::render(&stars, 1);
        QVERIFY(TestHelpers::pixelsNear(image, stars.rect(), QColor(200, 0, 0)) > 300);
    }

    void screenshots_data() { TestHelpers::addScreenshotRows("stars"); }
    void screenshots()
    {
        QFETCH(qreal, dpr);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, dark);
        StarRating stars;
        const QPalette palette = dark ? TestHelpers::darkPalette() : TestHelpers::lightPalette();
        stars.setPalette(palette);
        stars.setLayoutDirection(direction);
        stars.setHalfSteps(true);
        stars.setValue(3.5);
        stars.resize(stars.sizeHint());
        stars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stars));
        const QImage image
            = TestHelpers::screenshot(&stars, QString::fromLatin1(QTest::currentDataTag()), dpr);
        QCOMPARE(image.size(), stars.size() * dpr);
        const QColor on = palette.color(QPalette::Highlight);
        auto starRect = [&](int index) {
            return QRect(starCenter(stars, index) - QPoint(10, 10), QSize(20, 20));
        };
        QVERIFY(TestHelpers::pixelsNear(image, starRect(0), on) > 60 * dpr * dpr);
        QVERIFY(TestHelpers::pixelsNear(image, starRect(2), on) > 60 * dpr * dpr);
        QCOMPARE(TestHelpers::pixelsNear(image, starRect(4), on), 0);
        // The half star is filled on its leading side only.
        const QRect half = starRect(3);
        const QRect leading
            = QStyle::visualRect(direction, half, QRect(half.left() + 2, half.top() + 6, 6, 8));
        const QRect trailing
            = QStyle::visualRect(direction, half, QRect(half.right() - 7, half.top() + 6, 6, 8));
        QVERIFY(TestHelpers::pixelsNear(image, leading, on)
                > TestHelpers::pixelsNear(image, trailing, on) + 10);
    }
};

QTEST_MAIN(TestStarRating)
#include "tst_starrating.moc"
