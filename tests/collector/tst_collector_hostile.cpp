// Hostile input at the TCP level: half-sent requests, garbage, floods of headers and bodies,
// more connections than allowed. The collector must answer or close every one of them, stay
// responsive meanwhile, and store nothing.

#include "httptestclient.h"
#include "rawhttp.h"

#include <FeedbackKit/Collector>

#include <QTcpSocket>
#include <QTest>

using namespace FeedbackKit;

namespace {

struct Peer
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray received;
    bool closed = false;
};

} // namespace

class CollectorHostileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void halfRequestsAndGarbageFromManyConnections();
    void garbageGetsA400_data();
    void garbageGetsA400();
    void oversizedChunkedBody();
    void connectionCap();
    void pipelinedRequestsAnsweredInOrder();

private:
    Peer *open(const QByteArray &payload);

    std::unique_ptr<Collector> m_collector;
    std::vector<std::unique_ptr<Peer>> m_peers;
};

void CollectorHostileTest::init()
{
    CollectorOptions options;
    options.maxBodyBytes = 64 * 1024;
    options.requestTimeout = std::chrono::milliseconds(500);
    options.idleTimeout = std::chrono::milliseconds(1500);
    options.maxConnections = 150;
    m_collector = std::make_unique<Collector>(options);
    QString error;
    QVERIFY2(m_collector->start(&error), qPrintable(error));
}

void CollectorHostileTest::cleanup()
{
    m_peers.clear();
    m_collector.reset();
}

Peer *CollectorHostileTest::open(const QByteArray &payload)
{
    auto peer = std::make_unique<Peer>();
    Peer *raw = peer.get();
    QTcpSocket *socket = peer->socket.get();
    connect(socket, &QTcpSocket::connected, socket, [socket, payload] { socket->write(payload); });
    connect(socket, &QTcpSocket::readyRead, socket,
            [raw] { raw->received += raw->socket->readAll(); });
    connect(socket, &QTcpSocket::disconnected, socket, [raw] { raw->closed = true; });
    socket->connectToHost(m_collector->baseUrl().host(), quint16(m_collector->baseUrl().port()));
    m_peers.push_back(std::move(peer));
    return raw;
}

void CollectorHostileTest::halfRequestsAndGarbageFromManyConnections()
{
    const QByteArray id = newTestId().toUtf8();
    const QByteArray payloads[] = {
        "PUT /events HTTP/1.1\r\nHost: x\r\nContent-Le", // headers cut short
        "PUT /events HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"event_id\": \""
            + id, // body cut short
        "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n", // a TLS hello, say
        "GET /v1/events/" + id + " HTTP/1.1\r\nX: " + QByteArray(30000, 'a'), // one endless header
        "", // connects and says nothing
    };
    for (int i = 0; i < 100; ++i)
        open(payloads[i % 5]);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_peers.begin(), m_peers.end(),
                                         [](const auto &p) {
                                             return p->socket->state()
                                                 == QAbstractSocket::ConnectedState;
                                         }),
                             5000);

    // Meanwhile an honest client is served at once.
    HttpTestClient http(m_collector->baseUrl());
    QElapsedTimer timer;
    timer.start();
    const HttpResult honest
        = http.put("{\"event_id\": \"" + id + "\", \"feedback\": {\"rating\": true}}");
    QCOMPARE(honest.status, 200);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

    // Every hostile connection is closed within the request or idle timeout: the slow ones with
    // a 408, the garbage with a 408 or 400 or nothing (QHttpServer closes some itself), the
    // silent one without a word once idle.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(m_peers.begin(), m_peers.end(), [](const auto &p) { return p->closed; }), 8000);
    for (size_t i = 0; i < m_peers.size(); ++i) {
        const QByteArray &received = m_peers[i]->received;
        const QByteArray expected = i % 5 == 4 ? QByteArray() : QByteArray("HTTP/1.1 408");
        if (i % 5 == 2)
            QVERIFY2(received.isEmpty() || received.startsWith("HTTP/1.1 4"), received.constData());
        else
            QVERIFY2(received.startsWith(expected) && (!expected.isEmpty() || received.isEmpty()),
                     received.constData());
    }
    QCOMPARE(m_collector->eventCount(), 1);
    QCOMPARE(m_collector->event(QString::fromUtf8(id))
                 .value("feedback")
                 .toObject()
                 .value("rating")
                 .toBool(),
             true);
    QCOMPARE(http.get(QStringLiteral("/v1/events/") + QString::fromUtf8(id)).status, 200);
}

void CollectorHostileTest::garbageGetsA400_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03\r\n\r\n", 8);
    QTest::newRow("no version") << QByteArray("PUT /events\r\n\r\n");
    QTest::newRow("bad content length")
        << QByteArray("PUT /events HTTP/1.1\r\nContent-Length: lots\r\n\r\n{}");
    QTest::newRow("header flood") << "GET / HTTP/1.1\r\n" + QByteArray("X-A: b\r\n").repeated(40000)
            + "\r\n";
}

void CollectorHostileTest::garbageGetsA400()
{
    QFETCH(QByteArray, payload);
    const RawExchange exchange = rawExchange(m_collector->baseUrl(), payload, 3000, true);
    // Closed at once by QHttpServer's parser (no reply), or answered with a 4xx: refused by the
    // guard (413, "Connection: close"), or read leniently by the parser and refused as JSON.
    const int status = exchange.status();
    QVERIFY2(exchange.received.isEmpty() ? exchange.closedByServer
                                         : (status == 400 || status == 413),
             exchange.received.left(80).constData());
    QCOMPARE(m_collector->eventCount(), 0);
    HttpTestClient http(m_collector->baseUrl());
    QCOMPARE(http.get(QStringLiteral("/v1/events/") + newTestId()).status, 404);
}

void CollectorHostileTest::oversizedChunkedBody()
{
    // No Content-Length to refuse early: the guard counts the bytes as they come.
    QByteArray request = "PUT /events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray chunk(16 * 1024, 'x');
    for (int i = 0; i < 12; ++i)
        request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    const RawExchange exchange = rawExchange(m_collector->baseUrl(), request, 3000, true);
    QCOMPARE(exchange.status(), 413);
    QVERIFY(exchange.received.contains("Connection: close"));
    QCOMPARE(m_collector->eventCount(), 0);
}

void CollectorHostileTest::connectionCap()
{
    CollectorOptions options;
    options.maxConnections = 50;
    m_collector = std::make_unique<Collector>(options); // long idle timeout: only the cap closes
    QVERIFY(m_collector->start());
    for (int i = 0; i < 70; ++i)
        open({});
    // Connections over the cap are closed as soon as they are accepted.
    auto closed = [this] {
        return std::count_if(m_peers.begin(), m_peers.end(),
                             [](const auto &p) { return p->closed; });
    };
    QTRY_COMPARE_WITH_TIMEOUT(closed(), qsizetype(20), 5000);
    QTest::qWait(300);
    QCOMPARE(closed(), qsizetype(20));
    QCOMPARE(m_collector->stats().rejectedConnections, 20);
    m_peers.clear(); // the honest client needs a free slot
    HttpTestClient http(m_collector->baseUrl());
    QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/v1/events/") + newTestId()).status, 404,
                              3000);
}

void CollectorHostileTest::pipelinedRequestsAnsweredInOrder()
{
    // A write (answered after its commit) followed on the same connection by reads (answerable
    // at once) and a last request asking to close: the replies keep the requests' order.
    const QByteArray id = newTestId().toUtf8();
    const QByteArray requests = rawRequest("PUT", "/events", "{\"event_id\": \"" + id + "\"}")
        + rawRequest("GET", "/v1/events/" + id, {}) + rawRequest("GET", "/nowhere", {})
        + "GET /v1/events/" + id + " HTTP/1.1\r\nConnection: close\r\n\r\n";
    const RawExchange exchange = rawExchange(m_collector->baseUrl(), requests, 3000, false);
    QVERIFY(exchange.closedByServer);
    QList<int> statuses;
    for (qsizetype at = exchange.received.indexOf("HTTP/1.1 "); at >= 0;
         at = exchange.received.indexOf("HTTP/1.1 ", at + 1))
        statuses.append(exchange.received.mid(at + 9, 3).toInt());
    QCOMPARE(statuses, (QList<int> { 200, 200, 404, 200 }));
    QVERIFY(exchange.received.indexOf("\"success\"")
            < exchange.received.indexOf("\"placeholder\":true}"));
}

QTEST_GUILESS_MAIN(CollectorHostileTest)
#include "tst_collector_hostile.moc"
