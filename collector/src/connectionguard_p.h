#pragma once

// Private: the limits QHttpServer 6.4 does not enforce itself.
//
// QAbstractHttpServer 6.4 buffers a request of any size until it is complete, never times out
// a half-sent request or an idle connection, and on a parse error only disconnects the socket's
// signals, leaving the connection open (and the socket alive) for as long as the peer keeps it.
// GuardedTcpServer accepts the connections itself, watches every socket ahead of the HTTP
// server and enforces: a byte cap per request (413, sent before the body is read when
// Content-Length announces it), a deadline per request (408), an idle timeout, a cap on open
// connections, and a 400 plus close for what the HTTP parser refused.

#include "collectortypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace FeedbackKit {

class StatsRecorder;

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const CollectorOptions &options, StatsRecorder &stats,
                     QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    /*! The HTTP server whose reading is stopped when a request is refused. */
    void setHttpServer(QObject *httpServer) { m_httpServer = httpServer; }

    /*! A whole request was read from \a socket: it now waits for its reply. */
    void requestStarted(QTcpSocket *socket);
    /*! The reply to \a socket's request was written: the connection is idle again. */
    void replyFinished(QTcpSocket *socket);
    /*! Aborts every connection (stop, restart). */
    void abortAll();
    int connectionCount() const { return int(m_connections.size()); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QMetaObject::Connection reading;
        qint64 bytesPending = 0; // of the request being received
        QElapsedTimer since; // first byte of the request, or start of idleness
        bool awaitingReply = false;
        bool refused = false; // a 4xx was sent; draining until the peer goes or time runs out
    };

    void onReadyRead(QTcpSocket *socket);
    bool announcedTooLarge(QTcpSocket *socket) const;
    void refuse(Connection &connection, int status, const QString &message);
    void sweep();
    bool sweepOne(Connection &connection);

    const CollectorOptions m_options;
    StatsRecorder &m_stats;
    QPointer<QObject> m_httpServer;
    QHash<QTcpSocket *, Connection> m_connections;
    QTimer m_sweepTimer;
};

} // namespace FeedbackKit
