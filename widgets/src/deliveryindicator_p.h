#pragma once

#include "feedbackbar.h"

#include <QWidget>

namespace FeedbackKit {

/*!
 * \brief The small delivery mark of a FeedbackBar: a ring (pending), a check (delivered) or an
 * exclamation mark (failed).
 *
 * States differ by shape, not only by colour. The text (tooltip and accessible name) says the
 * state in words, with the reason of a failure. Drawn as vectors, so crisp at any pixel ratio.
 */
class DeliveryIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit DeliveryIndicator(QWidget *parent = nullptr);

    FeedbackBar::DeliveryState state() const { return m_state; }
    void setState(FeedbackBar::DeliveryState state, const QString &text);

    QSize sizeHint() const override { return { 14, 14 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    FeedbackBar::DeliveryState m_state = FeedbackBar::DeliveryState::Idle;
};

} // namespace FeedbackKit
