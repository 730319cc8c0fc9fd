// FeedbackBar's delivery indicator: it renders the bar's TargetDeliveryStatus.

#include "feedbackbar_p.h"

#include "deliveryindicator_p.h"

namespace FeedbackKit {

namespace {
FeedbackBar::DeliveryState barStateFor(TargetDeliveryStatus::State state)
{
    using Status = TargetDeliveryStatus::State;
    switch (state) {
    case Status::Idle:
        return FeedbackBar::DeliveryState::Idle;
    case Status::Sending:
    case Status::Saved:
        return FeedbackBar::DeliveryState::Pending;
    case Status::Delivered:
        return FeedbackBar::DeliveryState::Delivered;
    case Status::Failed:
    case Status::Quarantined:
        break;
    }
    return FeedbackBar::DeliveryState::Failed;
}
} // namespace

FeedbackBar::DeliveryState FeedbackBar::deliveryState() const
{
    return d->indicator->state();
}

QString FeedbackBar::deliveryText() const
{
    return d->indicator->toolTip();
}

TargetDeliveryStatus *FeedbackBar::deliveryStatus() const
{
    return &d->status;
}

void FeedbackBar::connectDeliveryStatus()
{
    auto follow = [this] { d->status.bind(client(), target(), channel()); };
    connect(this, &AbstractFeedbackWidget::clientChanged, this, follow);
    connect(this, &AbstractFeedbackWidget::targetChanged, this, follow);
    connect(this, &AbstractFeedbackWidget::channelChanged, this, follow);
    // Text and state change together; the text is set last, so one update shows both.
    connect(&d->status, &TargetDeliveryStatus::textChanged, this, &FeedbackBar::showDelivery);
}

void FeedbackBar::showDelivery()
{
    const DeliveryState before = d->indicator->state();
    const DeliveryState state = barStateFor(d->status.state());
    d->indicator->setState(state, d->status.text());
    if (before != state)
        Q_EMIT deliveryStateChanged(state);
}

} // namespace FeedbackKit
