#include "abstractfeedbackwidget.h"

#include "client.h"
#include "widgetslogging_p.h"

#include <QPointer>

namespace FeedbackKit {

class AbstractFeedbackWidgetPrivate
{
public:
    // A client may be deleted before the widgets that point at it.
    QPointer<Client> client;
    Target target;
    Channel channel = Channel::EndUser;
};

AbstractFeedbackWidget::AbstractFeedbackWidget(QWidget *parent)
    : QWidget(parent)
    , d_binding(std::make_unique<AbstractFeedbackWidgetPrivate>())
{ }

AbstractFeedbackWidget::~AbstractFeedbackWidget() = default;

Client *AbstractFeedbackWidget::client() const
{
    return d_binding->client;
}

void AbstractFeedbackWidget::setClient(Client *client)
{
    if (d_binding->client == client)
        return;
    d_binding->client = client;
    Q_EMIT clientChanged(client);
    loadStoredState();
}

Target AbstractFeedbackWidget::target() const
{
    return d_binding->target;
}

void AbstractFeedbackWidget::setTarget(const Target &target)
{
    if (!target.isValid()) {
        qCWarning(lcWidgets) << "Refusing an invalid feedback target for"
                             << metaObject()->className();
        return;
    }
    if (d_binding->target == target)
        return;
    d_binding->target = target;
    Q_EMIT targetChanged(target);
    loadStoredState();
}

Channel AbstractFeedbackWidget::channel() const
{
    return d_binding->channel;
}

void AbstractFeedbackWidget::setChannel(Channel channel)
{
    if (d_binding->channel == channel)
        return;
    d_binding->channel = channel;
    Q_EMIT channelChanged(channel);
    loadStoredState();
}

void AbstractFeedbackWidget::bind(Client *client, const Target &target, Channel channel)
{
    if (!target.isValid()) {
        qCWarning(lcWidgets) << "Cannot bind" << metaObject()->className()
                             << "to an invalid target";
        return;
    }
    const bool clientChange = d_binding->client != client;
    const bool targetChange = d_binding->target != target;
    const bool channelChange = d_binding->channel != channel;
    d_binding->client = client;
    d_binding->target = target;
    d_binding->channel = channel;
    if (clientChange)
        Q_EMIT clientChanged(client);
    if (targetChange)
        Q_EMIT targetChanged(target);
    if (channelChange)
        Q_EMIT channelChanged(channel);
    loadStoredState();
}

bool AbstractFeedbackWidget::isBound() const
{
    return d_binding->client && d_binding->target.isValid();
}

bool AbstractFeedbackWidget::submit(const Feedback &patch)
{
    Q_EMIT feedbackEdited(patch);
    if (!isBound())
        return true;
    QString error;
    if (d_binding->client->enrich(d_binding->target, patch, d_binding->channel, &error))
        return true;
    qCWarning(lcWidgets) << "Feedback for" << d_binding->target.toString() << "refused:" << error;
    Q_EMIT submitFailed(error);
    return false;
}

void AbstractFeedbackWidget::loadStoredState()
{
    if (isBound())
        setFeedbackState(d_binding->client->state(d_binding->target, d_binding->channel));
}

} // namespace FeedbackKit
