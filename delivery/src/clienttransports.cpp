#include "clienttransports_p.h"

#include "qnamtransport_p.h"
#include "sockettransport_p.h"

namespace FeedbackKit {

ClientTransports::ClientTransports(const ClientConfig &config)
    : m_config(config)
{ }

ClientTransports::~ClientTransports() = default;

HttpTransport *ClientTransports::current()
{
    if (m_injected && m_injected->hasManager())
        return m_injected.get();
    if (!m_sockets) {
        m_sockets = std::make_unique<SocketTransport>();
        m_sockets->setConfig(m_config);
    }
    return m_sockets.get();
}

void ClientTransports::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    if (!m_injected) {
        m_injected = std::make_unique<QnamTransport>();
        m_injected->setConfig(m_config);
    }
    m_injected->setManager(manager);
}

void ClientTransports::setConfig(const ClientConfig &config)
{
    m_config = config;
    if (m_sockets)
        m_sockets->setConfig(config);
    if (m_injected)
        m_injected->setConfig(config);
}

void ClientTransports::abortAll()
{
    if (m_sockets)
        m_sockets->abortAll();
    if (m_injected)
        m_injected->abortAll();
}

} // namespace FeedbackKit
