#include "rawhttp.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

int RawExchange::status() const
{
    if (!received.startsWith("HTTP/1.1 "))
        return 0;
    return received.mid(9, 3).toInt();
}

// Whether \a data holds a whole response (headers and a Content-Length body).
static bool isWholeReply(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = data.left(end).toLower();
    const qsizetype at = head.indexOf("content-length:");
    if (at < 0)
        return true;
    const qsizetype lineEnd = head.indexOf("\r\n", at);
    const qint64 length
        = head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
    return data.size() >= end + 4 + length;
}

RawExchange rawExchange(const QUrl &baseUrl, const QByteArray &request, int timeoutMs,
                        bool untilReply)
{
    RawExchange exchange;
    QTcpSocket socket;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        exchange.received += socket.readAll();
        if (untilReply && isWholeReply(exchange.received))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        exchange.closedByServer = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(baseUrl.host(), quint16(baseUrl.port()));
    loop.exec();
    exchange.received += socket.readAll();
    return exchange;
}

QByteArray rawRequest(const QByteArray &verb, const QByteArray &path, const QByteArray &body)
{
    return verb + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
