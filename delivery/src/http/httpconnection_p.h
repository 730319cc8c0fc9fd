#pragma once

// Private: one kept-alive HTTP/1.1 connection to the API's origin, carrying one request at a
// time. Plain TCP for http://, TLS (with every certificate error fatal) for https://.

#include "httpresponseparser_p.h"
#include "httptransport_p.h"

#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace FeedbackKit {

/*! Scheme, host and port: where requests go, and what a redirect must stay on. */
struct HttpOrigin
{
    bool tls = true;
    QString host;
    quint16 port = 443;

    bool operator==(const HttpOrigin &other) const
    {
        return tls == other.tls && port == other.port
            && host.compare(other.host, Qt::CaseInsensitive) == 0;
    }
};

class HttpConnection
{
public:
    /*! Called once per request, as the last thing the connection does in that event. */
    using Finished = std::function<void(HttpConnection *, const HttpAnswer &)>;

    HttpConnection(const HttpOrigin &origin, Finished finished);
    ~HttpConnection();
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    const HttpOrigin &origin() const { return m_origin; }
    bool isBusy() const { return m_busy; }
    bool isConnected() const;
    /*! Sends \a request (head and body), connecting first if need be. */
    void send(const QByteArray &request);
    /*! Gives up on the request in flight: it finishes with \a why, the connection is closed. */
    void giveUp(const QString &why);
    /*! Drops the connection and the request in flight, without calling back. */
    void abort();

private:
    void openSocket();
    void onReady();
    void writeRequest();
    void onReadyRead();
    /*! Feeds the answer's bytes; true when the request ended (answered or failed). */
    bool consume(QByteArrayView bytes);
    void onSocketFailed();
    bool resendOnFreshSocket();
    void finish(HttpAnswer answer);
    void dropSocket();

    const HttpOrigin m_origin;
    const Finished m_finished;
    QPointer<QTcpSocket> m_socket;
    HttpResponseParser m_parser;
    QByteArray m_request; ///< Kept until answered, for one resend if a reused socket was stale.
    QString m_tlsErrors;
    bool m_busy = false;
    bool m_ready = false; ///< Connected (and encrypted, for TLS): requests can be written.
    bool m_reused = false; ///< The socket already carried an answered request.
    bool m_resent = false;
};

} // namespace FeedbackKit
