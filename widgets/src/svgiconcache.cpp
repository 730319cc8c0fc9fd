#include "svgiconcache_p.h"

#include "widgetslogging_p.h"

#include <QCache>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

#include <array>
#include <memory>

namespace FeedbackKit {
namespace {

struct CacheKey
{
    FeedbackIcon icon;
    QSize deviceSize;
    int dprPercent;
    QRgb color;
    bool operator==(const CacheKey &) const = default;
};

size_t qHash(const CacheKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, int(key.icon), key.deviceSize.width(), key.deviceSize.height(),
                      key.dprPercent, key.color);
}

QString resourcePath(FeedbackIcon icon)
{
    switch (icon) {
    case FeedbackIcon::ThumbUp:
        return QStringLiteral(":/feedbackkit/icons/thumb-up.svg");
    case FeedbackIcon::ThumbDown:
        return QStringLiteral(":/feedbackkit/icons/thumb-down.svg");
    case FeedbackIcon::StarFull:
        return QStringLiteral(":/feedbackkit/icons/star-full.svg");
    case FeedbackIcon::StarHalf:
        return QStringLiteral(":/feedbackkit/icons/star-half.svg");
    case FeedbackIcon::StarEmpty:
        return QStringLiteral(":/feedbackkit/icons/star-empty.svg");
    }
    return {};
}

// Parsing an SVG costs far more than drawing it, so each file is parsed once.
QSvgRenderer &renderer(FeedbackIcon icon)
{
    static std::array<std::unique_ptr<QSvgRenderer>, 5> renderers;
    auto &slot = renderers[size_t(icon)];
    if (!slot) {
        slot = std::make_unique<QSvgRenderer>(resourcePath(icon));
        if (!slot->isValid())
            qCWarning(lcWidgets) << "Cannot load icon" << resourcePath(icon);
    }
    return *slot;
}

// Sized in pixels (about 4 bytes per pixel), enough for every icon a few views show.
QCache<CacheKey, QPixmap> &cache()
{
    static QCache<CacheKey, QPixmap> pixmaps(2 * 1024 * 1024);
    return pixmaps;
}

QPixmap render(FeedbackIcon icon, QSize deviceSize, qreal dpr, const QColor &color)
{
    QImage image(deviceSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer(icon).render(&painter, QRectF(QPointF(0, 0), deviceSize));
    // The SVGs are drawn in black; keep their coverage and take the palette colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), color);
    painter.end();
    QPixmap pixmap = QPixmap::fromImage(std::move(image));
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

// Every colour comes from a palette; when the application's palette is replaced (light to
// dark), whatever is cached is stale. Widget-level palettes do not clear it: every child of a
// window with its own palette gets a PaletteChange, and clearing per widget would re-render the
// icons for each row a chat creates; the cache is keyed by colour and bounded anyway.
void dropIfPaletteChanged()
{
    static qint64 applicationPalette = 0;
    const qint64 current = QGuiApplication::palette().cacheKey();
    if (current != applicationPalette) {
        cache().clear();
        applicationPalette = current;
    }
}

} // namespace

QPixmap SvgIconCache::pixmap(FeedbackIcon icon, QSize logicalSize, qreal dpr, const QColor &color)
{
    if (logicalSize.isEmpty() || dpr <= 0)
        return {};
    dropIfPaletteChanged();
    const QSize deviceSize(qRound(logicalSize.width() * dpr), qRound(logicalSize.height() * dpr));
    const CacheKey key { icon, deviceSize, qRound(dpr * 100), color.rgba() };
    if (const QPixmap *cached = cache().object(key))
        return *cached;
    QPixmap pixmap = render(icon, deviceSize, dpr, color);
    cache().insert(key, new QPixmap(pixmap), deviceSize.width() * deviceSize.height());
    return pixmap;
}

void SvgIconCache::clear()
{
    cache().clear();
}

int SvgIconCache::count()
{
    dropIfPaletteChanged();
    return int(cache().count());
}

} // namespace FeedbackKit
