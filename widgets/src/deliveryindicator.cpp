#include "deliveryindicator_p.h"

#include <QPainter>
#include <QPainterPath>

namespace FeedbackKit {

DeliveryIndicator::DeliveryIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deliveryIndicator"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

void DeliveryIndicator::setState(FeedbackBar::DeliveryState state, const QString &text)
{
    setToolTip(text);
    setAccessibleName(text);
    if (m_state == state)
        return;
    m_state = state;
    update();
}

void DeliveryIndicator::paintEvent(QPaintEvent *)
{
    using State = FeedbackBar::DeliveryState;
    if (m_state == State::Idle)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height()) - 2;
    const QRectF circle(QPointF((width() - side) / 2, (height() - side) / 2), QSizeF(side, side));
    const QPalette::ColorGroup group = isEnabled() ? QPalette::Active : QPalette::Disabled;
    if (m_state == State::Pending) {
        painter.setPen(QPen(palette().color(group, QPalette::PlaceholderText), 1.5));
        painter.drawEllipse(circle.adjusted(1, 1, -1, -1));
        return;
    }
    const QColor fill = palette().color(
        group, m_state == State::Delivered ? QPalette::Highlight : QPalette::WindowText);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(circle);
    painter.setPen(
        QPen(palette().color(
                 group, m_state == State::Delivered ? QPalette::HighlightedText : QPalette::Window),
             1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QPointF c = circle.center();
    const qreal u = side / 10;
    if (m_state == State::Delivered) {
        QPainterPath check;
        check.moveTo(c + QPointF(-2.6 * u, 0.2 * u));
        check.lineTo(c + QPointF(-0.8 * u, 2 * u));
        check.lineTo(c + QPointF(2.8 * u, -2 * u));
        painter.drawPath(check);
    } else {
        painter.drawLine(c + QPointF(0, -2.8 * u), c + QPointF(0, 0.8 * u));
        painter.drawPoint(c + QPointF(0, 2.8 * u));
    }
}

} // namespace FeedbackKit
