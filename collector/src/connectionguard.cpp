#include "collectorlogging_p.h"
#include "connectionguard_p.h"
#include "httpreply_p.h"
#include "statsrecorder_p.h"

#include <QTcpSocket>

namespace FeedbackKit {

namespace {

// Room for the request line and headers on top of the body cap. QHttpServer's parser refuses
// headers over 80 KiB anyway.
constexpr qint64 headerAllowance = 96 * 1024;
// How long a refused connection is drained so the client can read the refusal before the close.
constexpr qint64 lingerMs = 2000;
constexpr int sweepIntervalMs = 200;

} // namespace

GuardedTcpServer::GuardedTcpServer(const CollectorOptions &options, StatsRecorder &stats,
                                   QObject *parent)
    : QTcpServer(parent)
    , m_options(options)
    , m_stats(stats)
{
    m_sweepTimer.setInterval(sweepIntervalMs);
    connect(&m_sweepTimer, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweepTimer.start();
}

GuardedTcpServer::~GuardedTcpServer() = default;

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_connections.size() >= m_options.maxConnections) {
        qCInfo(lcConnections) << "refusing a connection: already" << m_connections.size() << "open";
        m_stats.recordRejectedConnection();
        socket->abort();
        socket->deleteLater();
        return;
    }
    // Bounds what a peer can make the socket buffer, whatever becomes of the HTTP parser.
    socket->setReadBufferSize(m_options.maxBodyBytes + 2 * headerAllowance);
    Connection connection;
    connection.socket = socket;
    connection.since.start();
    // Connected before the HTTP server connects its own handler, so this runs first.
    connection.reading
        = connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    m_connections.insert(socket, connection);
    addPendingConnection(socket);
}

void GuardedTcpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it;
    if (connection.refused) {
        socket->readAll(); // drained, so the peer can finish sending and read the refusal
        return;
    }
    if (connection.bytesPending == 0) {
        connection.since.restart();
        if (announcedTooLarge(socket)) {
            refuse(connection, 413,
                   QStringLiteral("the body is larger than %1 bytes").arg(m_options.maxBodyBytes));
            return;
        }
    }
    connection.bytesPending += socket->bytesAvailable();
    if (connection.bytesPending > m_options.maxBodyBytes + headerAllowance) {
        refuse(connection, 413,
               QStringLiteral("the request is larger than %1 bytes")
                   .arg(m_options.maxBodyBytes + headerAllowance));
    }
}

bool GuardedTcpServer::announcedTooLarge(QTcpSocket *socket) const
{
    // Only what has arrived: peek() allocates the whole size it is asked for.
    const QByteArray head = socket->peek(qMin(socket->bytesAvailable(), headerAllowance)).toLower();
    const qsizetype end = head.indexOf("\r\n\r\n");
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at < 0 || (end >= 0 && at > end))
        return false;
    const qsizetype valueStart = at + qsizetype(sizeof("\r\ncontent-length:") - 1);
    const qsizetype lineEnd = head.indexOf("\r\n", valueStart);
    if (lineEnd < 0)
        return false;
    bool ok = false;
    const qint64 length = head.mid(valueStart, lineEnd - valueStart).trimmed().toLongLong(&ok);
    // An unparsable length is left to the HTTP parser, which refuses it.
    return ok && length > m_options.maxBodyBytes;
}

void GuardedTcpServer::refuse(Connection &connection, int status, const QString &message)
{
    QTcpSocket *socket = connection.socket;
    qCInfo(lcConnections) << "refusing a request from" << socket->peerPort() << status << message;
    connection.refused = true;
    connection.since.restart();
    if (m_httpServer)
        QObject::disconnect(socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    HttpReply reply = HttpReply::error(status, message);
    reply.closeConnection = true;
    socket->write(reply.serialize());
    m_stats.recordReply(status);
    m_stats.recordRejectedConnection();
}

void GuardedTcpServer::requestStarted(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->bytesPending = 0;
    it->awaitingReply = true;
}

void GuardedTcpServer::replyFinished(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->awaitingReply = false;
    it->since.restart();
}

void GuardedTcpServer::abortAll()
{
    for (const Connection &connection : std::as_const(m_connections)) {
        if (connection.socket)
            connection.socket->abort();
    }
}

void GuardedTcpServer::sweep()
{
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if (sweepOne(*it))
            it = m_connections.erase(it);
        else
            ++it;
    }
}

// Returns true when the connection is gone and its entry can go too.
bool GuardedTcpServer::sweepOne(Connection &connection)
{
    QTcpSocket *socket = connection.socket;
    if (!socket)
        return true;
    // The HTTP server disconnected every signal of this socket (its parser gave up), so
    // nothing else will ever close or delete it.
    const bool abandoned = !connection.reading;
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        if (abandoned)
            socket->deleteLater();
        return abandoned;
    }
    const qint64 elapsed = connection.since.elapsed();
    if (abandoned && !connection.refused) {
        refuse(connection, 400, QStringLiteral("malformed HTTP request"));
    } else if (connection.refused) {
        if (elapsed > lingerMs)
            socket->abort();
    } else if (connection.awaitingReply) {
        return false;
    } else if (connection.bytesPending > 0 && elapsed > m_options.requestTimeout.count()) {
        refuse(connection, 408,
               QStringLiteral("the request did not arrive within %1 ms")
                   .arg(m_options.requestTimeout.count()));
    } else if (connection.bytesPending == 0 && elapsed > m_options.idleTimeout.count()) {
        socket->disconnectFromHost();
    }
    return false;
}

} // namespace FeedbackKit
