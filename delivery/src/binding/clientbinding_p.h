#pragma once

#include <FeedbackKit/Client>
#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QLoggingCategory>
#include <QPointer>

namespace FeedbackKit {

/*!
 * \internal
 * The binding of a controller, a feedback widget or a hook to a delivery client: client, target
 * and channel, and the writing of patches through Client::enrich().
 *
 * The bound objects of every front end (AbstractFeedbackWidget, AbstractHook, RatingController)
 * each hold one and forward their public API to it.
 * The setters take the owner so that they can emit its NOTIFY signals (every owner declares
 * clientChanged, targetChanged and channelChanged with the same arguments) and name its class
 * in warnings, which go to the owner's logging category.
 */
class FEEDBACKKIT_DELIVERY_EXPORT ClientBinding
{
public:
    using LoggingCategory = const QLoggingCategory &(*)();

    explicit ClientBinding(LoggingCategory category);

    Client *client() const;
    Target target() const;
    Channel channel() const;
    /*! A client and a valid target are set. */
    bool isBound() const;

    /*! Each setter emits the owner's NOTIFY signal and returns true when the value changed. */
    template<class Owner> bool setClient(Owner *owner, Client *client);
    template<class Owner> bool setTarget(Owner *owner, const Target &target);
    template<class Owner> bool setChannel(Owner *owner, Channel channel);
    /*!
     * Sets all three, then emits for each that changed, so that every handler sees the whole
     * new binding. Returns false, with a warning and no change, for an invalid \a target.
     */
    template<class Owner>
    bool bind(Owner *owner, Client *client, const Target &target, Channel channel);

    /*! The target's stored state when bound; an empty document otherwise. */
    Feedback storedState() const;
    /*!
     * When bound, hands \a patch to Client::enrich(). Returns false, with a warning and the
     * reason in \a error, when the client refused it; true when it was accepted or unbound.
     */
    bool writeIfBound(const Feedback &patch, QString *error) const;

private:
    bool acceptsTarget(const Target &target, const QObject *owner) const;
    bool acceptsBindTarget(const Target &target, const QObject *owner) const;

    LoggingCategory m_category;
    // A client may be deleted before the widgets and hooks that point at it.
    QPointer<Client> m_client;
    Target m_target;
    Channel m_channel = Channel::EndUser;
};

template<class Owner> bool ClientBinding::setClient(Owner *owner, Client *client)
{
    if (m_client == client)
        return false;
    m_client = client;
    Q_EMIT owner->clientChanged(client);
    return true;
}

template<class Owner> bool ClientBinding::setTarget(Owner *owner, const Target &target)
{
    if (!acceptsTarget(target, owner) || m_target == target)
        return false;
    m_target = target;
    Q_EMIT owner->targetChanged(target);
    return true;
}

template<class Owner> bool ClientBinding::setChannel(Owner *owner, Channel channel)
{
    if (m_channel == channel)
        return false;
    m_channel = channel;
    Q_EMIT owner->channelChanged(channel);
    return true;
}

template<class Owner>
bool ClientBinding::bind(Owner *owner, Client *client, const Target &target, Channel channel)
{
    if (!acceptsBindTarget(target, owner))
        return false;
    const bool clientChange = m_client != client;
    const bool targetChange = m_target != target;
    const bool channelChange = m_channel != channel;
    m_client = client;
    m_target = target;
    m_channel = channel;
    if (clientChange)
        Q_EMIT owner->clientChanged(client);
    if (targetChange)
        Q_EMIT owner->targetChanged(target);
    if (channelChange)
        Q_EMIT owner->channelChanged(channel);
    return true;
}

} // namespace FeedbackKit
