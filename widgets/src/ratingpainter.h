#pragma once

#include <FeedbackKit/feedbackkit_widgets_export.h>

#include <QPalette>
#include <QRect>
#include <QSize>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace FeedbackKit {

class RatingPainterPrivate;

/*!
 * \brief Draws stars and thumbs; shared by StarRating, ThumbsWidget and FeedbackDelegate.
 *
 * The widgets and the item delegate paint through this one class, so a rating looks the same
 * in a bar under a message and in a row of a long list. Icons are SVGs rendered at the device
 * pixel ratio of the painter's device (crisp at 1, 1.5 and 2) and tinted from the palette:
 * QPalette::Highlight for set stars and active thumbs, QPalette::PlaceholderText otherwise.
 * Geometry follows the layout direction: in right-to-left the first star is on the right.
 *
 * Values are in stars: 0 means no rating, 3.5 three and a half stars (with half steps).
 *
 * \sa StarRating, ThumbsWidget, FeedbackDelegate
 */
class FEEDBACKKIT_WIDGETS_EXPORT RatingPainter
{
public:
    /*! A hit on the thumbs pair. */
    enum class Thumb { None, Up, Down };
    /*! The most stars a StarRating or a FeedbackDelegate shows; larger maximums are clamped. */
    static constexpr int maximumStars = 20;

    RatingPainter();
    RatingPainter(const RatingPainter &other);
    RatingPainter &operator=(const RatingPainter &other);
    ~RatingPainter();

    /*! The number of stars, at least 1 (default 5). */
    int maximum() const;
    void setMaximum(int maximum);
    /*! Whether values snap to halves of a star rather than whole stars. */
    bool halfSteps() const;
    void setHalfSteps(bool halfSteps);
    /*! The logical size of one icon (default 16×16). */
    QSize iconSize() const;
    void setIconSize(const QSize &size);
    /*! Logical pixels between two icons (default 2). */
    int spacing() const;
    void setSpacing(int spacing);
    /*! Where the row sits inside the rect given to paint (default left/leading, centered). */
    Qt::Alignment alignment() const;
    void setAlignment(Qt::Alignment alignment);
    Qt::LayoutDirection layoutDirection() const;
    void setLayoutDirection(Qt::LayoutDirection direction);
    /*! Disabled paints with the palette's Disabled group. */
    bool isEnabled() const;
    void setEnabled(bool enabled);
    QPalette palette() const;
    void setPalette(const QPalette &palette);

    /*! The smallest rect that shows every star. */
    QSize starsSizeHint() const;
    /*! Paints the stars for \a value; \a hoverValue > 0 previews that value instead. */
    void paintStars(QPainter *painter, const QRect &rect, double value,
                    double hoverValue = 0) const;
    /*! The value a click at \a pos inside \a rect means; 0 outside the stars. */
    double valueAt(const QRect &rect, const QPoint &pos) const;
    /*! \a value snapped to a whole or half star and clamped to 0..maximum. */
    double snapped(double value) const;

    /*! The smallest rect that shows the thumbs pair (up first, in reading order). */
    QSize thumbsSizeHint() const;
    /*! Paints thumb up and thumb down; \a rating true is up, false down, nullopt neither. */
    void paintThumbs(QPainter *painter, const QRect &rect, std::optional<bool> rating) const;
    /*! Which thumb \a pos is on. */
    Thumb thumbAt(const QRect &rect, const QPoint &pos) const;
    /*! Paints one thumb icon centered in \a rect, highlighted when \a active. */
    void paintThumb(QPainter *painter, const QRect &rect, Thumb thumb, bool active) const;

private:
    std::unique_ptr<RatingPainterPrivate> const d;
};

} // namespace FeedbackKit
