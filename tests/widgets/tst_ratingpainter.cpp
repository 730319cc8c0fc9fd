// RatingPainter and the SVG icon cache: geometry in both directions, snapping, and icons
// rendered at the device pixel ratio of the device painted on.

#include <FeedbackKit/RatingPainter>

#include "svgiconcache_p.h"
#include "widgetstesthelpers.h"

#include <QPainter>
#include <QTest>

using namespace FeedbackKit;

class TestRatingPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { SvgIconCache::clear(); }

    void iconsAreRenderedAtDevicePixelSize_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::addColumn<QSize>("deviceSize");
        QTest::newRow("1") << 1.0 << QSize(16, 16);
        QTest::newRow("1.5") << 1.5 << QSize(24, 24);
        QTest::newRow("2") << 2.0 << QSize(32, 32);
    }
    void iconsAreRenderedAtDevicePixelSize()
    {
        QFETCH(qreal, dpr);
        QFETCH(QSize, deviceSize);
        const QPixmap star = SvgIconCache::pixmap(FeedbackIcon::StarFull, { 16, 16 }, dpr, Qt::red);
        QCOMPARE(star.size(), deviceSize);
        QCOMPARE(star.devicePixelRatio(), dpr);
        // The star's middle is solid in the requested colour.
        const QImage image = star.toImage();
        QCOMPARE(image.pixelColor(deviceSize.width() / 2, deviceSize.height() / 2),
                 QColor(Qt::red));
    }

    void cacheKeysOnSizeRatioAndColour()
    {
        SvgIconCache::pixmap(FeedbackIcon::ThumbUp, { 16, 16 }, 1, Qt::red);
        SvgIconCache::pixmap(FeedbackIcon::ThumbUp, { 16, 16 }, 1, Qt::red);
        QCOMPARE(SvgIconCache::count(), 1);
        SvgIconCache::pixmap(FeedbackIcon::ThumbUp, { 16, 16 }, 2, Qt::red);
        SvgIconCache::pixmap(FeedbackIcon::ThumbUp, { 16, 16 }, 1, Qt::blue);
        SvgIconCache::pixmap(FeedbackIcon::ThumbUp, { 20, 20 }, 1, Qt::red);
        QCOMPARE(SvgIconCache::count(), 4);
        SvgIconCache::clear();
        QCOMPARE(SvgIconCache::count(), 0);
        QVERIFY(SvgIconCache::pixmap(FeedbackIcon::ThumbUp, {}, 1, Qt::red).isNull());
    }

    void paintsAtTheDevicesRatio()
    {
        // One full star painted into a 2× image is exactly the 32×32 device-pixel icon.
        RatingPainter painter;
        painter.setMaximum(1);
        QPalette palette = TestHelpers::lightPalette();
        painter.setPalette(palette);
        QImage image(QSize(32, 32), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            painter.paintStars(&p, QRect(0, 0, 16, 16), 1);
        }
        const QImage icon = SvgIconCache::pixmap(FeedbackIcon::StarFull, { 16, 16 }, 2,
                                                 palette.color(QPalette::Highlight))
                                .toImage()
                                .convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QImage painted = image;
        painted.setDevicePixelRatio(icon.devicePixelRatio());
        QCOMPARE(painted, icon);
    }

    void valueAt_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<bool>("halfSteps");
        QTest::addColumn<int>("x");
        QTest::addColumn<double>("expected");
        // 5 stars of 16 px, 2 px apart: 88 px wide, star i starts at 18 * i.
        QTest::newRow("ltr first") << Qt::LeftToRight << false << 3 << 1.0;
        QTest::newRow("ltr third") << Qt::LeftToRight << false << 40 << 3.0;
        QTest::newRow("ltr last") << Qt::LeftToRight << false << 87 << 5.0;
        QTest::newRow("ltr outside") << Qt::LeftToRight << false << 95 << 0.0;
        QTest::newRow("ltr half") << Qt::LeftToRight << true << 38 << 2.5;
        QTest::newRow("ltr whole") << Qt::LeftToRight << true << 46 << 3.0;
        QTest::newRow("rtl first") << Qt::RightToLeft << false << 85 << 1.0;
        QTest::newRow("rtl last") << Qt::RightToLeft << false << 2 << 5.0;
        QTest::newRow("rtl half") << Qt::RightToLeft << true << 86 << 0.5;
    }
    void valueAt()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, halfSteps);
        QFETCH(int, x);
        QFETCH(double, expected);
        RatingPainter painter;
        painter.setLayoutDirection(direction);
        painter.setHalfSteps(halfSteps);
        QCOMPARE(painter.starsSizeHint(), QSize(88, 16));
        QCOMPARE(painter.valueAt(QRect(0, 0, 88, 16), QPoint(x, 8)), expected);
    }

    void snapped_data()
    {
        QTest::addColumn<bool>("halfSteps");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("expected");
        QTest::newRow("whole") << false << 3.0 << 3.0;
        QTest::newRow("rounds") << false << 3.4 << 3.0;
        QTest::newRow("half kept") << true << 3.5 << 3.5;
        QTest::newRow("half rounds") << true << 3.3 << 3.5;
        QTest::newRow("clamped high") << false << 9.0 << 5.0;
        QTest::newRow("clamped low") << false << -2.0 << 0.0;
        QTest::newRow("nan") << false << qQNaN() << 0.0;
        QTest::newRow("infinity") << false << qInf() << 0.0;
    }
    void snapped()
    {
        QFETCH(bool, halfSteps);
        QFETCH(double, value);
        QFETCH(double, expected);
        RatingPainter painter;
        painter.setHalfSteps(halfSteps);
        QCOMPARE(painter.snapped(value), expected);
    }

    void thumbAt_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<int>("x");
        QTest::addColumn<RatingPainter::Thumb>("expected");
        // Two 16 px thumbs, 10 px apart: 42 px wide.
        QTest::newRow("ltr up") << Qt::LeftToRight << 4 << RatingPainter::Thumb::Up;
        QTest::newRow("ltr down") << Qt::LeftToRight << 38 << RatingPainter::Thumb::Down;
        QTest::newRow("rtl up") << Qt::RightToLeft << 38 << RatingPainter::Thumb::Up;
        QTest::newRow("rtl down") << Qt::RightToLeft << 4 << RatingPainter::Thumb::Down;
        QTest::newRow("outside") << Qt::LeftToRight << 60 << RatingPainter::Thumb::None;
    }
    void thumbAt()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(int, x);
        QFETCH(RatingPainter::Thumb, expected);
        RatingPainter painter;
        painter.setLayoutDirection(direction);
        QCOMPARE(painter.thumbsSizeHint(), QSize(42, 16));
        QCOMPARE(painter.thumbAt(QRect(0, 0, 42, 16), QPoint(x, 8)), expected);
    }

    void badInputIsCorrected()
    {
        RatingPainter painter;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("maximum must be at least 1")));
        painter.setMaximum(0);
        QCOMPARE(painter.maximum(), 1);
        painter.setIconSize(QSize(0, 5));
        QCOMPARE(painter.iconSize(), QSize(16, 16));
        painter.setSpacing(-3);
        QCOMPARE(painter.spacing(), 0);
        // No thumb paints nothing.
        QImage image(16, 16, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        const QImage blank = image.copy();
        QPainter p(&image);
        painter.paintThumb(&p, image.rect(), RatingPainter::Thumb::None, true);
        p.end();
        QCOMPARE(image, blank);
    }
};

QTEST_MAIN(TestRatingPainter)
#include "tst_ratingpainter.moc"
