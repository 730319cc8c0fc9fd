#pragma once

#include "ratingpainter.h"

#include <QToolButton>

namespace FeedbackKit {

/*!
 * \brief One checkable thumb: a tool button whose icon is drawn by RatingPainter.
 *
 * The style (and any QSS) draws the button panel; the SVG thumb is painted on top at the
 * device pixel ratio, tinted from the palette. Being a QToolButton, assistive technology sees a
 * checkable button with its checked (pressed) state.
 */
class ThumbButton : public QToolButton
{
    Q_OBJECT

public:
    ThumbButton(RatingPainter::Thumb thumb, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    RatingPainter::Thumb m_thumb;
    RatingPainter m_painter;
};

} // namespace FeedbackKit
