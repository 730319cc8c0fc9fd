#include "sockettransport_p.h"

#include "bytes_p.h"

#include <QUrl>

#include <algorithm>
#include <charconv>

namespace FeedbackKit {

namespace {
// Enough for any sane API gateway; a loop is refused long before it costs anything.
constexpr int maxRedirects = 5;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QByteArray hostHeader(const QUrl &url, const HttpOrigin &origin)
{
    QByteArray host = url.host(QUrl::EncodeUnicode).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    if (origin.port != (origin.tls ? 443 : 80))
        host += ':' + QByteArray::number(origin.port);
    return host;
}
} // namespace

SocketTransport::SocketTransport()
{
    m_clock.start();
    m_timeoutTimer.setSingleShot(false);
    QObject::connect(&m_timeoutTimer, &QTimer::timeout, [this] { checkTimeouts(); });
}

SocketTransport::~SocketTransport()
{
    abortAll();
}

void SocketTransport::setConfig(const ClientConfig &config)
{
    const QUrl &url = config.apiUrl;
    const QString scheme = url.scheme().toLower();
    HttpOrigin origin;
    origin.tls = scheme != QLatin1String("http");
    origin.host = url.host();
    origin.port = quint16(url.port(origin.tls ? 443 : 80));
    m_originProblem.clear();
    if ((scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        || origin.host.isEmpty())
        m_originProblem = QStringLiteral("the API URL is not an http(s) URL with a host");
    if (!(origin == m_origin)) {
        // Idle connections to the old origin are of no more use; busy ones finish first.
        m_connections.erase(std::remove_if(m_connections.begin(), m_connections.end(),
                                           [](const auto &c) { return !c->isBusy(); }),
                            m_connections.end());
        m_origin = origin;
    }
    m_basePath = url.path(QUrl::FullyEncoded).toLatin1();
    while (m_basePath.endsWith('/'))
        m_basePath.chop(1);
    m_fixedHeaders = "Host: " + hostHeader(url, origin) + "\r\nAuthorization: Bearer "
        + config.apiKey.toUtf8()
        + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nUser-Agent: "
          "FeedbackKit/" FEEDBACKKIT_VERSION_STRING "\r\n";
    m_timeoutMs = qMax<qint64>(1, config.requestTimeout.count());
    m_maxConnections = size_t(qMax(1, config.maxInFlight));
    m_query = url.hasQuery() ? '?' + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray();
}

void SocketTransport::send(const QByteArray &method, const QString &path, const QByteArray &body,
                           Done done)
{
    Exchange exchange { method, concatenated({ m_basePath, path.toLatin1(), m_query }), body,
                        std::move(done) };
    // A connection may fail at once (refused on loopback); its callback must still come later.
    const bool outer = !m_sending;
    m_sending = true;
    start(std::move(exchange));
    if (outer)
        m_sending = false;
}

void SocketTransport::start(Exchange exchange)
{
    if (!m_originProblem.isEmpty())
        return failLater(std::move(exchange.done), m_originProblem);
    HttpConnection *connection = freeConnection();
    if (!connection) {
        m_queued.push_back(std::move(exchange));
        return;
    }
    exchange.deadline = m_clock.elapsed() + m_timeoutMs;
    const QByteArray request = requestBytes(exchange);
    m_active.insert(connection, std::move(exchange));
    armTimeoutTimer();
    connection->send(request);
}

HttpConnection *SocketTransport::freeConnection()
{
    // A connected one first: no handshake. Then one to reconnect, then a new one.
    HttpConnection *unconnected = nullptr;
    for (const auto &connection : m_connections) {
        if (connection->isBusy() || !(connection->origin() == m_origin))
            continue;
        if (connection->isConnected())
            return connection.get();
        if (!unconnected)
            unconnected = connection.get();
    }
    if (unconnected)
        return unconnected;
    if (m_connections.size() >= m_maxConnections && !dropIdleElsewhere())
        return nullptr;
    m_connections.push_back(std::make_unique<HttpConnection>(
        m_origin, [this](HttpConnection *connection, const HttpAnswer &answer) {
            onFinished(connection, answer);
        }));
    return m_connections.back().get();
}

bool SocketTransport::dropIdleElsewhere()
{
    // A connection to an origin the configuration has left, idle since its last answer: it
    // must give up its place, or after a change of API URL under load the pool could be full
    // of connections nothing will use again.
    const auto stale
        = std::find_if(m_connections.begin(), m_connections.end(), [this](const auto &c) {
              return !c->isBusy() && !(c->origin() == m_origin);
          });
    if (stale == m_connections.end())
        return false;
    m_connections.erase(stale);
    return true;
}

QByteArray SocketTransport::requestBytes(const Exchange &exchange) const
{
    char length[24];
    const char *lengthEnd = std::to_chars(length, length + sizeof length, exchange.body.size()).ptr;
    return concatenated({ exchange.method, " ", exchange.target, " HTTP/1.1\r\n", m_fixedHeaders,
                          "Content-Length: ", QByteArrayView(length, lengthEnd - length),
                          "\r\n\r\n", exchange.body });
}

void SocketTransport::onFinished(HttpConnection *connection, const HttpAnswer &answer)
{
    auto it = m_active.find(connection);
    if (it == m_active.end())
        return; // aborted
    Exchange exchange = std::move(*it);
    m_active.erase(it);
    armTimeoutTimer();
    HttpAnswer result = answer;
    if (isRedirect(answer.status) && !answer.location.isEmpty()) {
        if (followRedirect(exchange, answer)) {
            start(std::move(exchange));
            return startQueued();
        }
        result = {};
        result.refusedRedirect = true;
        result.error = exchange.redirects >= maxRedirects
            ? QStringLiteral("too many redirects")
            : QStringLiteral("redirected to another origin; not followed");
    }
    startQueued();
    deliver(std::move(exchange.done), result);
}

void SocketTransport::startQueued()
{
    while (!m_queued.empty() && freeConnection()) {
        Exchange next = std::move(m_queued.front());
        m_queued.pop_front();
        start(std::move(next));
    }
}

bool SocketTransport::followRedirect(Exchange &exchange, const HttpAnswer &answer)
{
    QUrl current;
    current.setScheme(m_origin.tls ? QStringLiteral("https") : QStringLiteral("http"));
    current.setHost(m_origin.host);
    current.setPort(m_origin.port);
    const QUrl next = current.resolved(QUrl::fromEncoded(answer.location));
    HttpOrigin nextOrigin;
    nextOrigin.tls = next.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    nextOrigin.host = next.host();
    nextOrigin.port = quint16(next.port(nextOrigin.tls ? 443 : 80));
    const bool sameOrigin = next.isValid() && nextOrigin == m_origin
        && (nextOrigin.tls
            || next.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0);
    if (!sameOrigin || exchange.redirects >= maxRedirects)
        return false;
    ++exchange.redirects;
    exchange.target = next.path(QUrl::FullyEncoded).toLatin1();
    if (exchange.target.isEmpty())
        exchange.target = "/";
    if (next.hasQuery())
        exchange.target += '?' + next.query(QUrl::FullyEncoded).toLatin1();
    return true;
}

void SocketTransport::deliver(Done done, const HttpAnswer &answer)
{
    if (m_sending)
        return deliverLater(std::move(done), answer);
    done(answer); // last: it may send again, or abort everything
}

void SocketTransport::failLater(Done done, const QString &why)
{
    HttpAnswer answer;
    answer.error = why;
    deliverLater(std::move(done), answer);
}

void SocketTransport::deliverLater(Done done, const HttpAnswer &answer)
{
    // Queued on the timer, so nothing runs once the pool is gone; the generation drops
    // anything aborted meanwhile.
    QMetaObject::invokeMethod(
        &m_timeoutTimer,
        [this, done = std::move(done), answer, generation = m_generation] {
            if (generation == m_generation)
                done(answer);
        },
        Qt::QueuedConnection);
}

void SocketTransport::abortAll()
{
    ++m_generation;
    m_active.clear();
    m_queued.clear();
    for (const auto &connection : m_connections)
        connection->abort();
    m_timeoutTimer.stop();
}

void SocketTransport::checkTimeouts()
{
    const qint64 now = m_clock.elapsed();
    QList<HttpConnection *> expired;
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it)
        if (it->deadline <= now)
            expired.append(it.key());
    const QString why = QStringLiteral("no answer within %1 ms").arg(m_timeoutMs);
    for (HttpConnection *connection : expired) {
        auto it = m_active.constFind(connection);
        if (it != m_active.cend() && it->deadline <= now)
            connection->giveUp(why);
    }
}

void SocketTransport::armTimeoutTimer()
{
    // Runs only while something is in flight: an idle client has no wakeups.
    if (m_active.isEmpty())
        m_timeoutTimer.stop();
    else if (!m_timeoutTimer.isActive())
        m_timeoutTimer.start(int(qBound(qint64(10), m_timeoutMs / 4, qint64(1000))));
}

} // namespace FeedbackKit
