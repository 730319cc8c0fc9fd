#include "httpconnection_p.h"

#include <QNetworkProxyFactory>
#include <QSslSocket>

namespace FeedbackKit {

namespace {
// The proxy a QNetworkAccessManager would use for the same URL: the application's proxy or
// factory, else the system configuration (on Linux, https_proxy, http_proxy and no_proxy).
// A socket can tunnel through an HTTP (CONNECT) or SOCKS5 proxy; a caching-only proxy is
// skipped for the next choice.
QNetworkProxy proxyFor(const HttpOrigin &origin)
{
    QUrl url;
    url.setScheme(origin.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(origin.host);
    url.setPort(origin.port);
    for (const QNetworkProxy &proxy :
         QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url))) {
        if (proxy.capabilities() & QNetworkProxy::TunnelingCapability
            || proxy.type() == QNetworkProxy::NoProxy)
            return proxy;
    }
    return QNetworkProxy::NoProxy;
}

bool isProxyRefusal(const QTcpSocket &socket)
{
    // A proxy that answers CONNECT with 403 reports SocketAccessError; one that wants
    // credentials, ProxyAuthenticationRequiredError. Not reaching the proxy is an outage.
    if (socket.proxy().type() == QNetworkProxy::NoProxy)
        return false;
    const auto error = socket.error();
    return error == QAbstractSocket::SocketAccessError
        || error == QAbstractSocket::ProxyAuthenticationRequiredError
        || error == QAbstractSocket::ProxyProtocolError;
}
} // namespace

HttpConnection::HttpConnection(const HttpOrigin &origin, Finished finished)
    : m_origin(origin)
    , m_finished(std::move(finished))
    , m_parser(maxAnswerBodyBytes)
{ }

HttpConnection::~HttpConnection()
{
    dropSocket();
}

bool HttpConnection::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::send(const QByteArray &request)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_resent = false;
    m_request = request;
    m_parser.reset();
    if (!isConnected())
        openSocket();
    else if (m_ready)
        writeRequest();
}

void HttpConnection::openSocket()
{
    dropSocket();
    QTcpSocket *socket = m_origin.tls ? new QSslSocket : new QTcpSocket;
    m_socket = socket;
    m_reused = false;
    m_tlsErrors.clear();
    socket->setProxy(proxyFor(m_origin));
    QObject::connect(socket, &QAbstractSocket::readyRead, socket, [this] { onReadyRead(); });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, socket, [this] { onSocketFailed(); });
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, [this] { onSocketFailed(); });
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        // Certificate problems are collected for the error message and never ignored: the
        // handshake fails, and the key is never sent.
        QObject::connect(tls, &QSslSocket::sslErrors, tls, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_tlsErrors += (m_tlsErrors.isEmpty() ? QString() : QStringLiteral("; "))
                    + error.errorString();
        });
        QObject::connect(tls, &QSslSocket::encrypted, tls, [this] { onReady(); });
        tls->connectToHostEncrypted(m_origin.host, m_origin.port);
    } else {
        QObject::connect(socket, &QAbstractSocket::connected, socket, [this] { onReady(); });
        // Unbuffered: a request is written by the call itself and an answer read straight
        // into our buffer. A buffered socket turns its write notifier on and off for every
        // request, and each turn wakes the (glib) event loop: two system calls per request.
        socket->connectToHost(m_origin.host, m_origin.port,
                              QIODevice::ReadWrite | QIODevice::Unbuffered);
    }
}

void HttpConnection::onReady()
{
    m_ready = true;
    // Small requests: Nagle's algorithm would only hold them back waiting for ACKs.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_busy)
        writeRequest();
}

void HttpConnection::writeRequest()
{
    m_socket->write(m_request);
    if (m_origin.tls)
        m_socket->flush(); // now, rather than on the next turn of the event loop
}

void HttpConnection::onReadyRead()
{
    if (m_origin.tls) {
        consume(m_socket->readAll());
        return;
    }
    // One read per notification is the common case: an answer fits the buffer.
    char chunk[16 * 1024];
    for (;;) {
        const qint64 size = m_socket->read(chunk, sizeof chunk);
        if (size < 0) // an unbuffered socket reports the peer's close only here
            return onSocketFailed();
        if (size == 0 || consume(QByteArrayView(chunk, size)) || size < qint64(sizeof chunk))
            return;
    }
}

bool HttpConnection::consume(QByteArrayView bytes)
{
    if (!m_busy) {
        dropSocket(); // an answer nobody asked for: the connection is not trustworthy
        return true;
    }
    switch (m_parser.feed(bytes)) {
    case HttpResponseParser::Result::NeedMore:
        return false;
    case HttpResponseParser::Result::Error:
        dropSocket();
        finish({ 0, {}, {}, m_parser.errorString(), false, {} });
        return true;
    case HttpResponseParser::Result::Complete:
        break;
    }
    HttpAnswer answer { m_parser.status(),  m_parser.body(), m_parser.retryAfter(), {}, false,
                        m_parser.location() };
    if (m_parser.keepAlive())
        m_reused = true;
    else
        dropSocket();
    finish(std::move(answer));
    return true;
}

void HttpConnection::onSocketFailed()
{
    if (!m_busy) {
        dropSocket(); // closed while idle (the server's keep-alive timeout): reconnect on use
        return;
    }
    // Whatever arrived before the close still counts: an answer may run until close.
    if (m_socket && m_socket->bytesAvailable() > 0 && consume(m_socket->readAll()))
        return;
    if (m_parser.finishAtClose() == HttpResponseParser::Result::Complete) {
        const HttpAnswer answer {
            m_parser.status(),  m_parser.body(), m_parser.retryAfter(), {}, false,
            m_parser.location()
        };
        dropSocket();
        return finish(answer);
    }
    if (resendOnFreshSocket())
        return;
    QString why = m_socket ? m_socket->errorString() : QStringLiteral("connection closed");
    const bool proxyRefused = m_socket && isProxyRefusal(*m_socket);
    if (proxyRefused)
        why = QStringLiteral("the proxy %1:%2 refused the connection (%3)")
                  .arg(m_socket->proxy().hostName())
                  .arg(m_socket->proxy().port())
                  .arg(why);
    else if (!m_tlsErrors.isEmpty())
        why = QStringLiteral("TLS: %1").arg(m_tlsErrors);
    else if (m_parser.hasStarted())
        why = m_parser.errorString();
    dropSocket();
    finish({ 0, {}, {}, why, false, {}, proxyRefused });
}

bool HttpConnection::resendOnFreshSocket()
{
    // A kept-alive socket the server closed just as the request went out: nothing reached
    // the server's handler, so the request goes once more on a new connection (as browsers
    // and QNetworkAccessManager do) instead of counting as an outage.
    if (!m_reused || m_resent || m_parser.hasStarted())
        return false;
    m_resent = true;
    openSocket();
    return true;
}

void HttpConnection::giveUp(const QString &why)
{
    if (!m_busy)
        return;
    dropSocket();
    finish({ 0, {}, {}, why, false, {} });
}

void HttpConnection::abort()
{
    m_busy = false;
    m_request.clear();
    dropSocket();
}

void HttpConnection::finish(HttpAnswer answer)
{
    m_busy = false;
    m_request.clear();
    m_parser.reset();
    // Last, through a copy: the callback may send the next request on this connection, or
    // delete it.
    const Finished finished = m_finished;
    finished(this, answer);
}

void HttpConnection::dropSocket()
{
    m_ready = false;
    if (!m_socket)
        return;
    // Deferred: this may run inside one of the socket's own signals.
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    QObject::disconnect(socket, nullptr, nullptr, nullptr);
    socket->abort();
    socket->deleteLater();
}

} // namespace FeedbackKit
