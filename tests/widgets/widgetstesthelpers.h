#pragma once

// Shared by the widget tests: palettes, offscreen rendering at a device pixel ratio, and
// screenshots saved under the build tree (FEEDBACKKIT_SCREENSHOT_DIR) for people to look at.

#include <QColor>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QTest>
#include <QWidget>

namespace TestHelpers {

inline QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    return palette;
}

inline QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x24, 0x24, 0x24));
    palette.setColor(QPalette::Highlight, QColor(0x4a, 0xa3, 0xdf));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

/*! Renders \a widget into an image of its size × \a dpr real pixels. */
inline QImage render(QWidget *widget, qreal dpr)
{
    widget->ensurePolished();
    QImage image(widget->size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(widget->palette().color(QPalette::Window));
    widget->render(&image);
    return image;
}

/*! Renders and saves \a widget as <screenshot dir>/<name>.png; returns the image. */
inline QImage screenshot(QWidget *widget, const QString &name, qreal dpr)
{
    const QString dir = QStringLiteral(FEEDBACKKIT_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QImage image = render(widget, dpr);
    image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    return image;
}

/*! How many pixels of \a image inside \a logicalRect are close to \a color. */
inline int pixelsNear(const QImage &image, const QRect &logicalRect, const QColor &color,
                      int tolerance = 40)
{
    const qreal dpr = image.devicePixelRatio();
    const QRect rect(QPoint(qRound(logicalRect.left() * dpr), qRound(logicalRect.top() * dpr)),
                     logicalRect.size() * dpr);
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom() && y < image.height(); ++y) {
        for (int x = rect.left(); x <= rect.right() && x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - color.red()) + qAbs(pixel.green() - color.green())
                    + qAbs(pixel.blue() - color.blue())
                < tolerance)
                ++count;
        }
    }
    return count;
}

/*!
 * The rows every screenshot test renders: device pixel ratio 1 and 2, left to right and right
 * to left, light and dark, named "<prefix>-<dpr>x-<ltr|rtl>-<light|dark>".
 */
inline void addScreenshotRows(const char *prefix)
{
    QTest::addColumn<qreal>("dpr");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("dark");
    for (qreal dpr : { 1.0, 2.0 }) {
        for (auto direction : { Qt::LeftToRight, Qt::RightToLeft }) {
            for (bool dark : { false, true }) {
                QTest::newRow(qPrintable(QStringLiteral("%1-%2x-%3-%4")
                                             .arg(QLatin1String(prefix))
                                             .arg(dpr)
                                             .arg(direction == Qt::LeftToRight ? "ltr" : "rtl")
                                             .arg(dark ? "dark" : "light")))
                    << dpr << direction << dark;
            }
        }
    }
}

} // namespace TestHelpers
