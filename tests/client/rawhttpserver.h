#pragma once

// A minimal HTTP/1.1 server for answers the collector does not give on purpose (a hostile
// server echoing headers, a cross-host redirect). It reads whole requests and answers each
// with what the test's handler returns, over real loopback sockets; a socket handler may
// instead answer in pieces, late, never, or close the connection.

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

class RawHttpServer : public QObject
{
public:
    /*! Takes the whole request (head and body) and returns the whole response. */
    using Handler = std::function<QByteArray(const QByteArray &request)>;
    /*! Answers however it likes on \a socket: in pieces, later, never, or by closing it. */
    using SocketHandler = std::function<void(const QByteArray &request, QTcpSocket *socket)>;

    explicit RawHttpServer(Handler handler, const QHostAddress &address = QHostAddress::LocalHost)
        : RawHttpServer(
            [handler = std::move(handler)](const QByteArray &request, QTcpSocket *socket) {
                socket->write(handler(request));
            },
            address)
    { }

    explicit RawHttpServer(SocketHandler handler,
                           const QHostAddress &address = QHostAddress::LocalHost)
        : m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        m_server.listen(address);
    }

    ~RawHttpServer() override
    {
        // The sockets outlive the members below: they go with m_server, signalling as they go.
        for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
            socket->disconnect(this);
    }

    QUrl url() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(m_server.serverAddress().toString());
        url.setPort(m_server.serverPort());
        return url;
    }
    int requests() const { return m_requests; }
    QList<QByteArray> received() const { return m_received; }
    int connections() const { return m_connections; }
    /*! Closes every open connection, as a server whose keep-alive timeout expired. */
    void closeConnections()
    {
        for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
            socket->disconnectFromHost();
    }

    static QByteArray response(int status, const QByteArray &body, const QByteArray &headers = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: text/plain\r\n"
            + headers + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray request = buffer.left(headEnd + 4 + length);
        buffer.remove(0, request.size());
        ++m_requests;
        m_received.append(request);
        m_handler(request, socket);
    }

    SocketHandler m_handler;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_received;
    int m_requests = 0;
    int m_connections = 0;
};
