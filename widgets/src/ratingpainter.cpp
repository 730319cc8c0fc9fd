#include "ratingpainter.h"

#include "svgiconcache_p.h"
#include "widgetslogging_p.h"

#include <FeedbackKit/RatingController>

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QStyle>

namespace FeedbackKit {

class RatingPainterPrivate
{
public:
    int maximum = 5;
    bool halfSteps = false;
    QSize iconSize { 16, 16 };
    int spacing = 2;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    bool enabled = true;
    QPalette palette;

    QColor color(QPalette::ColorRole role) const
    {
        return palette.color(enabled ? QPalette::Active : QPalette::Disabled, role);
    }
    // The thumbs stand further apart than stars: they are two separate choices.
    int thumbGap() const { return spacing + iconSize.width() / 2; }
    QRect row(const QRect &rect, const QSize &content) const
    {
        return QStyle::alignedRect(direction, alignment, content, rect);
    }
    // The rect of the icon at reading-order position \a index, mirrored in right-to-left.
    QRect slot(const QRect &row, int index, int gap) const
    {
        const QRect logical(row.left() + index * (iconSize.width() + gap), row.top(),
                            iconSize.width(), iconSize.height());
        return QStyle::visualRect(direction, row, logical);
    }
};

// The ratio of the device actually painted on: a widget's backing store, a QImage with its own
// ratio, or a view's viewport. painter->device() is the widget even when its painting is
// redirected (QWidget::render, grab) into an image of another ratio; the engine paints on the
// real device, whose ratio QPainter scales by.
static qreal devicePixelRatio(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    const QPaintDevice *device
        = engine && engine->paintDevice() ? engine->paintDevice() : painter->device();
    return device ? device->devicePixelRatioF() : 1.0;
}

// Icons are rendered at the device's ratio, so they land 1:1 on device pixels; but through a
// painter scaled by that ratio QPainter takes its scaling blend (plain C, per pixel), a fifth of
// a 40-row viewport at ratio 2. Drawn in device pixels they take the plain, vectorised blend.
// Any other transform (the mirrored half star, a view transform) keeps the ordinary path.
static void drawIcon(QPainter *painter, const QPoint &topLeft, const QPixmap &pixmap)
{
    const qreal dpr = pixmap.devicePixelRatio();
    const QTransform world = painter->worldTransform();
    const bool oneToOne = dpr != 1 && qFuzzyCompare(dpr, devicePixelRatio(painter));
    if (oneToOne && !painter->viewTransformEnabled() && world.type() <= QTransform::TxTranslate) {
        const QPointF device = world.map(QPointF(topLeft)) * dpr;
        const QPoint pixel = device.toPoint();
        if (qAbs(device.x() - pixel.x()) < 1e-6 && qAbs(device.y() - pixel.y()) < 1e-6) {
            painter->setWorldTransform(QTransform::fromScale(1 / dpr, 1 / dpr));
            painter->drawPixmap(QRectF(pixel, pixmap.size()), pixmap, QRectF(pixmap.rect()));
            painter->setWorldTransform(world);
            return;
        }
    }
    painter->drawPixmap(topLeft, pixmap);
}

RatingPainter::RatingPainter()
    : d(std::make_unique<RatingPainterPrivate>())
{ }

RatingPainter::RatingPainter(const RatingPainter &other)
    : d(std::make_unique<RatingPainterPrivate>(*other.d))
{ }

RatingPainter &RatingPainter::operator=(const RatingPainter &other)
{
    *d = *other.d;
    return *this;
}

RatingPainter::~RatingPainter() = default;

int RatingPainter::maximum() const
{
    return d->maximum;
}

void RatingPainter::setMaximum(int maximum)
{
    if (maximum < 1) {
        qCWarning(lcWidgets) << "RatingPainter: maximum must be at least 1, got" << maximum;
        maximum = 1;
    }
    d->maximum = maximum;
}

bool RatingPainter::halfSteps() const
{
    return d->halfSteps;
}
void RatingPainter::setHalfSteps(bool halfSteps)
{
    d->halfSteps = halfSteps;
}
QSize RatingPainter::iconSize() const
{
    return d->iconSize;
}

void RatingPainter::setIconSize(const QSize &size)
{
    d->iconSize = size.isEmpty() ? QSize(16, 16) : size;
}

int RatingPainter::spacing() const
{
    return d->spacing;
}
void RatingPainter::setSpacing(int spacing)
{
    d->spacing = qMax(0, spacing);
}
Qt::Alignment RatingPainter::alignment() const
{
    return d->alignment;
}
void RatingPainter::setAlignment(Qt::Alignment alignment)
{
    d->alignment = alignment;
}
Qt::LayoutDirection RatingPainter::layoutDirection() const
{
    return d->direction;
}

void RatingPainter::setLayoutDirection(Qt::LayoutDirection direction)
{
    d->direction = direction == Qt::RightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
}

bool RatingPainter::isEnabled() const
{
    return d->enabled;
}
void RatingPainter::setEnabled(bool enabled)
{
    d->enabled = enabled;
}
QPalette RatingPainter::palette() const
{
    return d->palette;
}
void RatingPainter::setPalette(const QPalette &palette)
{
    d->palette = palette;
}

QSize RatingPainter::starsSizeHint() const
{
    return { d->maximum * d->iconSize.width() + (d->maximum - 1) * d->spacing,
             d->iconSize.height() };
}

void RatingPainter::paintStars(QPainter *painter, const QRect &rect, double value,
                               double hoverValue) const
{
    const bool hovering = hoverValue > 0;
    const double shown = snapped(hovering ? hoverValue : value);
    QColor on = d->color(QPalette::Highlight);
    if (hovering)
        on.setAlphaF(0.65); // a preview, not yet the value
    const QColor off = d->color(QPalette::PlaceholderText);
    const qreal dpr = devicePixelRatio(painter);
    const QRect row = d->row(rect, starsSizeHint());
    for (int i = 0; i < d->maximum; ++i) {
        const QRect slot = d->slot(row, i, d->spacing);
        if (shown >= i + 1) {
            drawIcon(painter, slot.topLeft(),
                     SvgIconCache::pixmap(FeedbackIcon::StarFull, d->iconSize, dpr, on));
        } else if (shown >= i + 0.5) {
            const QPixmap half = SvgIconCache::pixmap(FeedbackIcon::StarHalf, d->iconSize, dpr, on);
            // The filled half is the leading one: mirror it in right-to-left.
            if (d->direction == Qt::RightToLeft) {
                painter->save();
                painter->translate(slot.left() + slot.right() + 1, 0);
                painter->scale(-1, 1);
                painter->drawPixmap(QPoint(slot.left(), slot.top()), half);
                painter->restore();
            } else {
                drawIcon(painter, slot.topLeft(), half);
            }
        } else {
            drawIcon(painter, slot.topLeft(),
                     SvgIconCache::pixmap(FeedbackIcon::StarEmpty, d->iconSize, dpr, off));
        }
    }
}

double RatingPainter::valueAt(const QRect &rect, const QPoint &pos) const
{
    const QRect row = d->row(rect, starsSizeHint());
    if (pos.y() < rect.top() || pos.y() > rect.bottom() || pos.x() < row.left()
        || pos.x() > row.right()) {
        return 0;
    }
    const int fromLeading
        = d->direction == Qt::RightToLeft ? row.right() - pos.x() : pos.x() - row.left();
    const int pitch = d->iconSize.width() + d->spacing;
    const int index = qMin(fromLeading / pitch, d->maximum - 1);
    const int within = fromLeading - index * pitch;
    if (d->halfSteps && within < d->iconSize.width() / 2)
        return index + 0.5;
    return index + 1;
}

double RatingPainter::snapped(double value) const
{
    return RatingController::snappedStars(value, d->halfSteps ? 0.5 : 1, d->maximum);
}

QSize RatingPainter::thumbsSizeHint() const
{
    return { 2 * d->iconSize.width() + d->thumbGap(), d->iconSize.height() };
}

void RatingPainter::paintThumbs(QPainter *painter, const QRect &rect,
                                std::optional<bool> rating) const
{
    const QRect row = d->row(rect, thumbsSizeHint());
    paintThumb(painter, d->slot(row, 0, d->thumbGap()), Thumb::Up, rating == true);
    paintThumb(painter, d->slot(row, 1, d->thumbGap()), Thumb::Down, rating == false);
}

RatingPainter::Thumb RatingPainter::thumbAt(const QRect &rect, const QPoint &pos) const
{
    const QRect row = d->row(rect, thumbsSizeHint());
    const int slack = d->thumbGap() / 2; // the gap splits between the two targets
    if (d->slot(row, 0, d->thumbGap()).adjusted(-slack, 0, slack, 0).contains(pos))
        return Thumb::Up;
    if (d->slot(row, 1, d->thumbGap()).adjusted(-slack, 0, slack, 0).contains(pos))
        return Thumb::Down;
    return Thumb::None;
}

void RatingPainter::paintThumb(QPainter *painter, const QRect &rect, Thumb thumb, bool active) const
{
    if (thumb == Thumb::None)
        return;
    const QColor color = d->color(active ? QPalette::Highlight : QPalette::PlaceholderText);
    const FeedbackIcon icon = thumb == Thumb::Up ? FeedbackIcon::ThumbUp : FeedbackIcon::ThumbDown;
    const QRect target = QStyle::alignedRect(d->direction, Qt::AlignCenter, d->iconSize, rect);
    drawIcon(painter, target.topLeft(),
             SvgIconCache::pixmap(icon, d->iconSize, devicePixelRatio(painter), color));
}

} // namespace FeedbackKit
