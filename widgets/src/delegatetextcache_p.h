#pragma once

#include <QCache>
#include <QFont>
#include <QRect>
#include <QString>

#include <memory>

class QPainter;
class QTextLayout;

namespace FeedbackKit {

/*!
 * \brief The row text of FeedbackDelegate, shaped once and kept.
 *
 * Shaping (HarfBuzz) is most of a row's cost, and eliding with QFontMetrics then drawing with
 * QPainter::drawText shapes the same text twice. Here a row's text is laid out once: when it
 * fits (the usual case) that layout is drawn; only a too-long text is elided and laid out again.
 * The layouts are kept in a small LRU, so a repaint of rows already seen (scrolling by a few
 * rows, hover, selection) does not shape at all.
 *
 * Everything the layout depends on is in the key (text, font, width, alignment, direction,
 * elide mode), so a font, size or direction change simply misses; colours are applied when
 * drawing, so palette changes need nothing. The layout is in logical units, like
 * QPainter::drawText's, so it draws crisp at any device pixel ratio.
 */
class DelegateTextCache
{
public:
    struct Request
    {
        QString text;
        QFont font;
        QRect rect;
        Qt::Alignment alignment; // already visual (no leading/trailing)
        Qt::LayoutDirection direction;
        Qt::TextElideMode elideMode;
    };

    DelegateTextCache();
    ~DelegateTextCache();

    /*! Draws the text single-line, elided to the rect's width and centred vertically in it, in
     *  the painter's pen. */
    void draw(QPainter *painter, const Request &request);

    /*! How many layouts are kept (for tests). */
    int count() const;
    void clear();

private:
    struct Key
    {
        QString text;
        QFont font;
        int width;
        int height;
        int alignment;
        int direction;
        int elideMode;
        bool operator==(const Key &) const = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.text, key.font, key.width, key.height, key.alignment,
                              key.direction, key.elideMode);
        }
    };
    static std::unique_ptr<QTextLayout> layout(const Request &request);

    QCache<Key, QTextLayout> m_layouts;
};

} // namespace FeedbackKit
