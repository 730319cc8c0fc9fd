#pragma once

// Private: which connections the client's requests take.

#include "httptransport_p.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace FeedbackKit {

class QnamTransport;
class SocketTransport;

/*!
 * \brief The client's own kept-alive HTTP/1.1 connections, or an injected
 * QNetworkAccessManager while it lives.
 */
class ClientTransports
{
public:
    explicit ClientTransports(const ClientConfig &config);
    ~ClientTransports();
    ClientTransports(const ClientTransports &) = delete;
    ClientTransports &operator=(const ClientTransports &) = delete;

    /*! The injected manager's transport while it lives, else the built-in connections. */
    HttpTransport *current();
    /*! Requests from now on go through \a manager (nullptr: the built-in connections). */
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    /*! The URL, key and timeout of every request sent from now on, whichever way it goes. */
    void setConfig(const ClientConfig &config);
    /*! Drops every request in flight, both ways; their callbacks are not called. */
    void abortAll();

private:
    ClientConfig m_config;
    std::unique_ptr<SocketTransport> m_sockets; ///< Made on first use.
    std::unique_ptr<QnamTransport> m_injected; ///< Made on the first injection.
};

} // namespace FeedbackKit
