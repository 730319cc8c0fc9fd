#include "clientbinding_p.h"

namespace FeedbackKit {

ClientBinding::ClientBinding(LoggingCategory category)
    : m_category(category)
{ }

Client *ClientBinding::client() const
{
    return m_client;
}

Target ClientBinding::target() const
{
    return m_target;
}

Channel ClientBinding::channel() const
{
    return m_channel;
}

bool ClientBinding::isBound() const
{
    return m_client && m_target.isValid();
}

Feedback ClientBinding::storedState() const
{
    if (!isBound())
        return {};
    return m_client->state(m_target, m_channel);
}

bool ClientBinding::writeIfBound(const Feedback &patch, QString *error) const
{
    if (!isBound() || m_client->enrich(m_target, patch, m_channel, error))
        return true;
    qCWarning(m_category) << "Feedback for" << m_target.toString() << "refused:" << *error;
    return false;
}

bool ClientBinding::acceptsTarget(const Target &target, const QObject *owner) const
{
    if (!target.isValid())
        qCWarning(m_category) << "Refusing an invalid feedback target for"
                              << owner->metaObject()->className();
    return target.isValid();
}

bool ClientBinding::acceptsBindTarget(const Target &target, const QObject *owner) const
{
    if (!target.isValid())
        qCWarning(m_category) << "Cannot bind" << owner->metaObject()->className()
                              << "to an invalid target";
    return target.isValid();
}

} // namespace FeedbackKit
