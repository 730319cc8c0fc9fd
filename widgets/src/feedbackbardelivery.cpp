// FeedbackBar's delivery indicator, driven by the bound Client's signals for the bar's target.

#include "feedbackbar_p.h"

#include <FeedbackKit/Client>
#include "deliveryindicator_p.h"

namespace FeedbackKit {

FeedbackBar::DeliveryState FeedbackBar::deliveryState() const
{
    return d->indicator->state();
}

QString FeedbackBar::deliveryText() const
{
    return d->indicator->toolTip();
}

void FeedbackBar::connectClient()
{
    for (const QMetaObject::Connection &connection : std::as_const(d->clientConnections))
        disconnect(connection);
    d->clientConnections.clear();
    setDelivery(DeliveryState::Idle);
    Client *client = this->client();
    if (!client)
        return;
    auto mine = [this](const Target &target) { return target == this->target(); };
    d->clientConnections
        << connect(client, &Client::accepted, this,
                   [this, mine](const Target &target, quint64 version) {
                       if (!mine(target))
                           return;
                       d->acceptedVersion = qMax(d->acceptedVersion, version);
                       d->durable = false;
                       setDelivery(DeliveryState::Pending);
                   })
        << connect(client, &Client::durable, this,
                   [this, mine](const Target &target, quint64 version) {
                       if (!mine(target) || version < d->acceptedVersion
                           || deliveryState() != DeliveryState::Pending)
                           return;
                       d->durable = true;
                       setDelivery(DeliveryState::Pending);
                   })
        << connect(client, &Client::delivered, this,
                   [this, mine](const Target &target, quint64 version) {
                       // An older version confirmed while a newer one waits is not the news.
                       if (mine(target) && version >= d->acceptedVersion)
                           setDelivery(DeliveryState::Delivered);
                   })
        << connect(client, &Client::failed, this,
                   [this, mine](const Target &target, const QString &reason) {
                       if (mine(target))
                           setDelivery(DeliveryState::Failed, reason);
                   })
        << connect(client, &Client::quarantined, this,
                   [this, mine](const Target &target, const QString &answer) {
                       if (mine(target))
                           setDelivery(
                               DeliveryState::Failed,
                               tr("refused by the server (%1)", "@info:tooltip").arg(answer));
                   });
}

void FeedbackBar::setDelivery(DeliveryState state, const QString &detail)
{
    d->deliveryDetail = detail;
    const DeliveryState before = d->indicator->state();
    d->indicator->setState(state, deliveryTextFor(state, detail));
    if (before != state)
        Q_EMIT deliveryStateChanged(state);
}

QString FeedbackBar::deliveryTextFor(DeliveryState state, const QString &detail) const
{
    switch (state) {
    case DeliveryState::Idle:
        return {};
    case DeliveryState::Pending:
        if (d->durable)
            return tr("Saved, sending feedback…", "@info:tooltip delivery");
        return tr("Sending feedback…", "@info:tooltip delivery");
    case DeliveryState::Delivered:
        return tr("Feedback delivered", "@info:tooltip delivery");
    case DeliveryState::Failed:
        if (detail.isEmpty())
            return tr("Feedback not delivered", "@info:tooltip delivery");
        return tr("Feedback not delivered: %1", "@info:tooltip delivery").arg(detail);
    }
    return {};
}

} // namespace FeedbackKit
