#include "targetdeliverystatus.h"

#include "languagechangewatcher_p.h"
#include "targetstatusdispatcher_p.h"
#include <FeedbackKit/Client>

#include <QPointer>

namespace FeedbackKit {

class TargetDeliveryStatusPrivate
{
public:
    QPointer<Client> client;
    Target target;
    Channel channel = Channel::EndUser;
    /*! Where the status is registered; gone with its client. */
    QPointer<TargetStatusDispatcher> dispatcher;
    TargetDeliveryStatus::State state = TargetDeliveryStatus::State::Idle;
    QString reason;
    quint64 version = 0;
};

using State = TargetDeliveryStatus::State;

TargetDeliveryStatus::TargetDeliveryStatus(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<TargetDeliveryStatusPrivate>())
{
    LanguageChangeWatcher::notify(this, &TargetDeliveryStatus::announceText);
}

TargetDeliveryStatus::~TargetDeliveryStatus()
{
    if (d->dispatcher)
        d->dispatcher->unwatch(d->target, this);
}

Client *TargetDeliveryStatus::client() const
{
    return d->client;
}

void TargetDeliveryStatus::setClient(Client *client)
{
    if (d->client == client)
        return;
    bind(client, d->target, d->channel);
}

Target TargetDeliveryStatus::target() const
{
    return d->target;
}

void TargetDeliveryStatus::setTarget(const Target &target)
{
    if (d->target == target)
        return;
    bind(d->client, target, d->channel);
}

Channel TargetDeliveryStatus::channel() const
{
    return d->channel;
}

void TargetDeliveryStatus::setChannel(Channel channel)
{
    if (d->channel == channel)
        return;
    bind(d->client, d->target, channel);
}

void TargetDeliveryStatus::bind(Client *client, const Target &target, Channel channel)
{
    const bool clientChange = d->client != client;
    const bool targetChange = d->target != target;
    const bool channelChange = d->channel != channel;
    if (d->dispatcher)
        d->dispatcher->unwatch(d->target, this);
    if (clientChange && d->client)
        disconnect(d->client, &QObject::destroyed, this, &TargetDeliveryStatus::onClientDestroyed);
    d->client = client;
    d->target = target;
    d->channel = channel;
    d->dispatcher = client && target.isValid() ? TargetStatusDispatcher::of(client) : nullptr;
    if (d->dispatcher)
        d->dispatcher->watch(target, this);
    if (clientChange && client)
        connect(client, &QObject::destroyed, this, &TargetDeliveryStatus::onClientDestroyed);
    if (clientChange)
        Q_EMIT clientChanged(client);
    if (targetChange)
        Q_EMIT targetChanged(target);
    if (channelChange)
        Q_EMIT channelChanged(channel);
    restart();
}

State TargetDeliveryStatus::state() const
{
    return d->state;
}

QString TargetDeliveryStatus::reason() const
{
    return d->reason;
}

quint64 TargetDeliveryStatus::version() const
{
    return d->version;
}

QString TargetDeliveryStatus::text() const
{
    return textFor(d->state, d->reason);
}

void TargetDeliveryStatus::reportRefused(const QString &error)
{
    show(State::Failed, error);
}

State TargetDeliveryStatus::stateOf(const Client *client, const Target &target, Channel channel)
{
    if (!client || !target.isValid())
        return State::Idle;
    if (client->isQuarantined(target, channel))
        return State::Quarantined;
    const quint64 version = client->stateVersion(target, channel);
    if (client->isPending(target, channel))
        return client->durableVersion(target, channel) >= version ? State::Saved : State::Sending;
    return version > 0 ? State::Delivered : State::Idle;
}

QString TargetDeliveryStatus::textFor(State state, const QString &reason)
{
    switch (state) {
    case State::Idle:
        return {};
    case State::Sending:
        return tr("Sending feedback…", "@info:tooltip delivery");
    case State::Saved:
        return tr("Saved, sending feedback…", "@info:tooltip delivery");
    case State::Delivered:
        return tr("Feedback delivered", "@info:tooltip delivery");
    case State::Failed:
        if (reason.isEmpty())
            return tr("Feedback not delivered", "@info:tooltip delivery");
        return tr("Feedback not delivered: %1", "@info:tooltip delivery").arg(reason);
    case State::Quarantined:
        return tr("Feedback not delivered: %1", "@info:tooltip delivery")
            .arg(tr("refused by the server (%1)", "@info:tooltip").arg(reason));
    }
    return {};
}

void TargetDeliveryStatus::announceText()
{
    // The words are translated when read: after a language change every front end reads them
    // again. Idle has none.
    if (d->state != State::Idle)
        Q_EMIT textChanged(text());
}

void TargetDeliveryStatus::onClientDestroyed()
{
    d->client = nullptr;
    d->dispatcher = nullptr; // a child of the client: it goes with it
    Q_EMIT clientChanged(nullptr);
    restart();
}

void TargetDeliveryStatus::restart()
{
    const bool bound = d->client && d->target.isValid();
    setVersion(bound ? d->client->stateVersion(d->target, d->channel) : 0);
    show(stateOf(d->client, d->target, d->channel));
}

void TargetDeliveryStatus::onAccepted(quint64 version)
{
    setVersion(qMax(d->version, version));
    show(State::Sending);
}

void TargetDeliveryStatus::onDurable(quint64 version)
{
    if (version >= d->version && d->state == State::Sending)
        show(State::Saved);
}

void TargetDeliveryStatus::onDelivered(quint64 version)
{
    // An older version confirmed while a newer one waits is not the news.
    if (version >= d->version)
        show(State::Delivered);
}

void TargetDeliveryStatus::onFailed(const QString &reason)
{
    // The client reports a refusal twice, quarantined(answer) then failed("quarantined:
    // answer"): the first says it in the user's words.
    if (d->state == State::Quarantined && reason.endsWith(d->reason))
        return;
    show(State::Failed, reason);
}

void TargetDeliveryStatus::onQuarantined(const QString &answer)
{
    show(State::Quarantined, answer);
}

void TargetDeliveryStatus::setVersion(quint64 version)
{
    if (d->version == version)
        return;
    d->version = version;
    Q_EMIT versionChanged(version);
}

void TargetDeliveryStatus::show(State state, const QString &reason)
{
    const bool stateChange = d->state != state;
    const bool reasonChange = d->reason != reason;
    if (!stateChange && !reasonChange)
        return; // the common repeat (accepted while sending) costs two comparisons
    d->state = state;
    d->reason = reason;
    if (stateChange)
        Q_EMIT stateChanged(state);
    if (reasonChange)
        Q_EMIT reasonChanged(reason);
    Q_EMIT textChanged(text()); // a function of the two
}

} // namespace FeedbackKit
