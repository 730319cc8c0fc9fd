#include "delegatetextcache_p.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

namespace FeedbackKit {
namespace {

// Enough for several screenfuls, so scrolling back and forth a little stays in the cache.
constexpr int keptLayouts = 512;

// QPainter::drawText with Qt::TextSingleLine shows line breaks as spaces; so do we.
QString singleLine(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\n') || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return text;
}

// One line, as wide as the rect so the text option's alignment places it.
void layOut(QTextLayout &layout, int width)
{
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
}

} // namespace

DelegateTextCache::DelegateTextCache()
    : m_layouts(keptLayouts)
{ }

DelegateTextCache::~DelegateTextCache() = default;

std::unique_ptr<QTextLayout> DelegateTextCache::layout(const Request &request)
{
    QTextOption option(request.alignment);
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(request.direction);
    auto result = std::make_unique<QTextLayout>(singleLine(request.text), request.font);
    result->setTextOption(option);
    result->setCacheEnabled(true); // keep the shaped glyphs: that is the point
    layOut(*result, request.rect.width());
    // Elide only when needed: the common short row is shaped once, not twice.
    const bool fits
        = result->lineCount() == 0 || result->lineAt(0).naturalTextWidth() <= request.rect.width();
    if (fits || request.elideMode == Qt::ElideNone)
        return result;
    const QFontMetrics metrics(request.font);
    result->setText(metrics.elidedText(result->text(), request.elideMode, request.rect.width()));
    layOut(*result, request.rect.width());
    return result;
}

void DelegateTextCache::draw(QPainter *painter, const Request &request)
{
    if (request.text.isEmpty() || request.rect.width() <= 0)
        return;
    const Key key { request.text,          request.font,           request.rect.width(),
                    request.rect.height(), int(request.alignment), int(request.direction),
                    int(request.elideMode) };
    QTextLayout *cached = m_layouts.object(key);
    if (!cached) {
        cached = layout(request).release();
        m_layouts.insert(key, cached);
    }
    if (cached->lineCount() == 0)
        return;
    const QTextLine line = cached->lineAt(0);
    // Vertically as QPainter::drawText centres a single line (line height without leading).
    qreal y = request.rect.top();
    if (request.alignment & Qt::AlignVCenter)
        y += (request.rect.height() - line.height()) / 2;
    else if (request.alignment & Qt::AlignBottom)
        y += request.rect.height() - line.height();
    cached->draw(painter, QPointF(request.rect.left(), y));
}

int DelegateTextCache::count() const
{
    return int(m_layouts.count());
}

void DelegateTextCache::clear()
{
    m_layouts.clear();
}

} // namespace FeedbackKit
