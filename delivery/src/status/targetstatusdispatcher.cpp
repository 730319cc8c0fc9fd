#include "targetstatusdispatcher_p.h"

#include <FeedbackKit/Client>
#include <FeedbackKit/TargetDeliveryStatus>

namespace FeedbackKit {

TargetStatusDispatcher *TargetStatusDispatcher::of(Client *client)
{
    // A client has a handful of direct children: finding the dispatcher among them is cheap,
    // and it keeps Client's own data free of a front-end concern.
    if (auto *found
        = client->findChild<TargetStatusDispatcher *>(QString(), Qt::FindDirectChildrenOnly))
        return found;
    return new TargetStatusDispatcher(client);
}

TargetStatusDispatcher::TargetStatusDispatcher(Client *client)
    : QObject(client)
{
    connect(client, &Client::accepted, this, [this](const Target &target, quint64 version) {
        route(target, [version](TargetDeliveryStatus *status) { status->onAccepted(version); });
    });
    connect(client, &Client::durable, this, [this](const Target &target, quint64 version) {
        route(target, [version](TargetDeliveryStatus *status) { status->onDurable(version); });
    });
    connect(client, &Client::delivered, this, [this](const Target &target, quint64 version) {
        route(target, [version](TargetDeliveryStatus *status) { status->onDelivered(version); });
    });
    connect(client, &Client::failed, this, [this](const Target &target, const QString &reason) {
        route(target, [&reason](TargetDeliveryStatus *status) { status->onFailed(reason); });
    });
    connect(client, &Client::quarantined, this,
            [this](const Target &target, const QString &answer) {
                route(target,
                      [&answer](TargetDeliveryStatus *status) { status->onQuarantined(answer); });
            });
}

void TargetStatusDispatcher::watch(const Target &target, TargetDeliveryStatus *status)
{
    m_watchers[target].append(status);
}

void TargetStatusDispatcher::unwatch(const Target &target, TargetDeliveryStatus *status)
{
    const auto it = m_watchers.find(target);
    if (it == m_watchers.end())
        return;
    it->removeOne(status);
    if (it->isEmpty())
        m_watchers.erase(it);
}

qsizetype TargetStatusDispatcher::watcherCount(const Target &target) const
{
    return m_watchers.value(target).size();
}

template<class Deliver>
void TargetStatusDispatcher::route(const Target &target, Deliver deliver) const
{
    const auto it = m_watchers.constFind(target);
    if (it == m_watchers.cend())
        return;
    if (it->size() == 1) // the common case: one status per target
        return deliver(it->constFirst());
    // A shared copy: a status's handler may unbind another status of the target meanwhile.
    const QList<TargetDeliveryStatus *> watchers = *it;
    for (TargetDeliveryStatus *status : watchers) {
        if (m_watchers.value(target).contains(status))
            deliver(status);
    }
}

} // namespace FeedbackKit
