#pragma once

#include <FeedbackKit/feedbackkit_widgets_export.h>

#include <QColor>
#include <QPixmap>
#include <QSize>

namespace FeedbackKit {

/*! The SVG icons shipped in resources/icons, drawn in one colour each. */
enum class FeedbackIcon { ThumbUp, ThumbDown, StarFull, StarHalf, StarEmpty };

/*!
 * \brief Renders the feedback icons at their device pixel size and keeps the result.
 *
 * A pixmap is rendered at logicalSize × devicePixelRatio real pixels (so it is crisp at 1, 1.5
 * and 2) and tinted with one palette colour; the cache key is icon + size + ratio + colour.
 * The cache empties itself when the application palette changes, so stale colours do not pile
 * up; it is bounded (about 8 MB) in any case.
 * GUI thread only, like every QPixmap. Exported for the tests only: not public API.
 */
namespace SvgIconCache {
FEEDBACKKIT_WIDGETS_EXPORT QPixmap pixmap(FeedbackIcon icon, QSize logicalSize,
                                          qreal devicePixelRatio, const QColor &color);
FEEDBACKKIT_WIDGETS_EXPORT void clear();
/*! How many pixmaps are cached (for tests). */
FEEDBACKKIT_WIDGETS_EXPORT int count();
} // namespace SvgIconCache

} // namespace FeedbackKit
