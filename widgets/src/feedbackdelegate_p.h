#pragma once

#include "delegatetextcache_p.h"
#include "feedbackdelegate.h"
#include "ratingpainter.h"

#include <QPointer>
#include <QStyle>
#include <QStyleOptionViewItem>

namespace FeedbackKit {

// Where a row's parts lie: painting and hit-testing (clicks, the editor) use the same areas.
namespace DelegateLayout {
constexpr int margin = 4;
constexpr int gap = 8;

struct Areas
{
    QRect text;
    QRect thumbs;
    QRect stars;
};
} // namespace DelegateLayout

class FeedbackDelegatePrivate
{
public:
    RatingPainter painter;
    bool thumbsVisible = true;
    bool starsVisible = true;
    QPointer<Client> client;
    Channel channel = Channel::EndUser;
    DelegateTextCache text;
    /*! The view whose accessible interface was checked (see ItemViewAccessible). */
    QPointer<const QWidget> accessibleView;

    void drawText(QPainter *painter, const QStyleOptionViewItem &item, const QString &text,
                  const QRect &rect);

    // Text at the leading side, then thumbs and stars at the trailing side; mirrored in
    // right-to-left.
    DelegateLayout::Areas areas(const QStyleOptionViewItem &option) const
    {
        const QRect inner
            = option.rect.adjusted(DelegateLayout::margin, 0, -DelegateLayout::margin, 0);
        int trailing = inner.right() + 1;
        DelegateLayout::Areas areas;
        auto take = [&](QSize size) {
            const QRect area(trailing - size.width(),
                             inner.top() + (inner.height() - size.height()) / 2, size.width(),
                             size.height());
            trailing = area.left() - DelegateLayout::gap;
            return QStyle::visualRect(option.direction, option.rect, area);
        };
        if (starsVisible)
            areas.stars = take(painter.starsSizeHint());
        if (thumbsVisible)
            areas.thumbs = take(painter.thumbsSizeHint());
        const QRect text(inner.left(), option.rect.top(), qMax(0, trailing - inner.left()),
                         option.rect.height());
        areas.text = QStyle::visualRect(option.direction, option.rect, text);
        return areas;
    }

    // On a selected row the highlight is the background: draw the icons in its text colour.
    void preparePainter(const QStyleOptionViewItem &option)
    {
        QPalette palette = option.palette;
        if (option.state & QStyle::State_Selected) {
            const QColor on = palette.color(QPalette::HighlightedText);
            QColor off = on;
            off.setAlphaF(0.55);
            palette.setColor(QPalette::Highlight, on);
            palette.setColor(QPalette::PlaceholderText, off);
        }
        painter.setPalette(palette);
        painter.setEnabled(option.state & QStyle::State_Enabled);
        painter.setLayoutDirection(option.direction);
    }
};

} // namespace FeedbackKit
