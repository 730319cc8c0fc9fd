#include "thumbbutton_p.h"

#include "thumbbuttonaccessible_p.h"

#include <QKeyEvent>
#include <QStyleOptionToolButton>
#include <QStylePainter>

namespace FeedbackKit {

ThumbButton::ThumbButton(RatingPainter::Thumb thumb, QWidget *parent)
    : QToolButton(parent)
    , m_thumb(thumb)
{
    installAccessibleFactory();
    setCheckable(true);
    setAutoRaise(true);
    setFocusPolicy(Qt::StrongFocus);
    setIconSize(QSize(18, 18));
    setObjectName(thumb == RatingPainter::Thumb::Up ? QStringLiteral("thumbUp")
                                                    : QStringLiteral("thumbDown"));
}

QSize ThumbButton::sizeHint() const
{
    QStyleOptionToolButton option;
    initStyleOption(&option);
    return style()->sizeFromContents(QStyle::CT_ToolButton, &option, iconSize() + QSize(6, 6),
                                     this);
}

void ThumbButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    // The panel comes from the style (and QSS); the icon is ours, so drop the style's.
    option.icon = QIcon();
    option.text.clear();
    painter.drawComplexControl(QStyle::CC_ToolButton, option);

    m_painter.setPalette(palette());
    m_painter.setEnabled(isEnabled());
    m_painter.setIconSize(iconSize());
    m_painter.setLayoutDirection(layoutDirection());
    m_painter.paintThumb(&painter, rect(), m_thumb, isChecked());

    // Not every style marks focus on a flat tool button; the ring must always be visible.
    if (hasFocus()) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }
}

void ThumbButton::keyPressEvent(QKeyEvent *event)
{
    // Space toggles every button; Enter does the same here, as on a dialog's buttons.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QToolButton::keyPressEvent(event);
}

} // namespace FeedbackKit
