#pragma once

// Private: the default transport. A small pool of kept-alive HTTP/1.1 connections to the API's
// origin, run on the client's thread: one request per connection at a time, requests queued
// when every connection is busy, timeouts checked by one timer that runs only while requests
// are in flight, same-origin redirects followed (any other is refused, so the Authorization
// header never reaches another host).

#include "httpconnection_p.h"
#include "httptransport_p.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

namespace FeedbackKit {

class SocketTransport final : public HttpTransport
{
public:
    SocketTransport();
    ~SocketTransport() override;

    void setConfig(const ClientConfig &config) override;
    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              Done done) override;
    void abortAll() override;

private:
    struct Exchange
    {
        QByteArray method;
        QByteArray target; ///< Path and query, encoded, as on the request line.
        QByteArray body;
        Done done;
        qint64 deadline = 0; ///< On m_clock.
        int redirects = 0;
    };

    void start(Exchange exchange);
    HttpConnection *freeConnection();
    bool dropIdleElsewhere();
    QByteArray requestBytes(const Exchange &exchange) const;
    void onFinished(HttpConnection *connection, const HttpAnswer &answer);
    bool followRedirect(Exchange &exchange, const HttpAnswer &answer);
    void startQueued();
    /*! Calls \a done now, or later when inside send() (callbacks never run within it). */
    void deliver(Done done, const HttpAnswer &answer);
    void deliverLater(Done done, const HttpAnswer &answer);
    void failLater(Done done, const QString &why);
    void checkTimeouts();
    void armTimeoutTimer();

    HttpOrigin m_origin;
    QString m_originProblem; ///< Why the configured URL cannot be used, if it cannot.
    QByteArray m_basePath; ///< The API URL's path, encoded, without a trailing slash.
    QByteArray m_query; ///< The API URL's query, if it has one, kept on every request.
    QByteArray m_fixedHeaders; ///< Host, Authorization and the rest that never change.
    qint64 m_timeoutMs = 30000;
    size_t m_maxConnections = 6;
    std::vector<std::unique_ptr<HttpConnection>> m_connections;
    QHash<HttpConnection *, Exchange> m_active;
    std::deque<Exchange> m_queued;
    QElapsedTimer m_clock;
    quint64 m_generation = 0; ///< Bumped by abortAll(): deferred callbacks of before are dropped.
    bool m_sending = false;
    QTimer m_timeoutTimer; ///< Also the context of deferred callbacks: none outlive the pool.
};

} // namespace FeedbackKit
