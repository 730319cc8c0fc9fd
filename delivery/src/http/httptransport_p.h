#pragma once

// Private: how the client's requests reach the server. The default transport keeps its own
// HTTP/1.1 connections alive (sockettransport_p.h); an application that injects a
// QNetworkAccessManager gets one that goes through it (qnamtransport_p.h).

#include "clientconfig.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace FeedbackKit {

/*! What came back for one request. */
struct HttpAnswer
{
    int status = 0; ///< 0: no HTTP answer at all; error says why.
    QByteArray body; ///< The start of the body: enough to tell what the server objected to.
    QByteArray retryAfter; ///< The Retry-After header, as sent.
    QString error; ///< Network, TLS or protocol failure; empty when the server answered.
    bool refusedRedirect = false; ///< Redirected elsewhere (or in a loop): retrying cannot help.
    QByteArray location; ///< The Location header of a redirect.
    /*! The proxy refused the connection (denied it, or asked for credentials). */
    bool proxyRefused = false;
};

/*! How much of an answer's body is kept: enough to tell what the server objected to. */
constexpr qsizetype maxAnswerBodyBytes = 4096;

class HttpTransport
{
public:
    using Done = std::function<void(const HttpAnswer &)>;

    virtual ~HttpTransport() = default;

    /*! The URL, key and timeout of the requests sent from now on. */
    virtual void setConfig(const ClientConfig &config) = 0;
    /*!
     * Sends \a body to \a path under the API URL. \a done is called exactly once, later, from
     * the event loop (never from within send()), unless abortAll() comes first.
     */
    virtual void send(const QByteArray &method, const QString &path, const QByteArray &body,
                      Done done)
        = 0;
    /*! Drops every request in flight; their callbacks are not called. */
    virtual void abortAll() = 0;
};

} // namespace FeedbackKit
