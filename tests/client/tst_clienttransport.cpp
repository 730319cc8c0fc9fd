// The built-in HTTP/1.1 transport end to end: a real Client against servers that answer oddly
// or badly over loopback (garbage, huge heads, chunks, answers in dribbles, idle and
// mid-answer closes, silence, redirects, HTTP/1.0) and an untrusted TLS server. Each test
// checks what a user would: the item is delivered, retried, or quarantined with a reason, and
// nothing is lost on the way.

#include "clienttest.h"
#include "deliverytimer_p.h"
#include "manualclock_p.h"
#include "rawhttpserver.h"
#include "sockettransport_p.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace FeedbackKit;
using namespace ClientTest;

namespace {
QByteArray okAnswer()
{
    return RawHttpServer::response(200, "{\"success\":true}");
}

Feedback comment(const QString &text)
{
    return feedback({ { "comment", text } });
}

QByteArray bodyOf(const QByteArray &request)
{
    return request.mid(request.indexOf("\r\n\r\n") + 4);
}

/*! Writes \a answer a few bytes at a time, one piece per millisecond. */
void dribble(QTcpSocket *socket, const QByteArray &answer, int piece)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *timer = new QTimer(socket);
    auto offset = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [=] {
        socket->write(answer.mid(*offset, piece));
        socket->flush();
        *offset += piece;
        if (*offset >= answer.size())
            timer->deleteLater();
    });
    timer->start(1);
}

QByteArray chunked(const QByteArray &body)
{
    QByteArray answer = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (qsizetype at = 0; at < body.size(); at += 5) {
        const QByteArray chunk = body.mid(at, 5);
        answer += QByteArray::number(chunk.size(), 16) + ";ext=1\r\n" + chunk + "\r\n";
    }
    return answer + "0\r\nX-Trailer: yes\r\n\r\n";
}
} // namespace

class TestClientTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void garbageThenGoodAnswer();
    void oversizedHeadRetried();
    void chunkedAnswerKeepsConnection();
    void answerInManySmallWrites();
    void idleConnectionClosedBetweenCaptures_data();
    void idleConnectionClosedBetweenCaptures();
    void closedMidAnswerRetried();
    void silentServerTimesOutThenDelivers();
    void sameOriginRedirectFollowed_data();
    void sameOriginRedirectFollowed();
    void redirectLoopPauses();
    void closeDelimitedAnswer();
    void creationBodiesCarryObjects();
    void eventsKeepWhenTheyHappened_data();
    void eventsKeepWhenTheyHappened();
    void eventTimingRefused_data();
    void eventTimingRefused();
    void manyItemsOverFewConnections();
    void newApiUrlWhileConnectionsAreBusy();
    void untrustedTlsNeverSendsTheRequest();

private:
    QString outbox() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }
    /*! Delivers one capture and checks it went through cleanly. */
    void deliverOne(RawHttpServer &server, const ClientConfig &config, int retries,
                    int redirects = 0);
    /*! Delivers two captures one after the other, each without a retry. */
    void deliverTwoInTurn(RawHttpServer &server, int connections);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientTransport::deliverOne(RawHttpServer &server, const ClientConfig &config, int retries,
                                     int redirects)
{
    Client client(config);
    QSignalSpy delivered(&client, &Client::delivered);
    QVERIFY(client.enrich(session(1), comment(QStringLiteral("hello"))));
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(client.pendingCount(), 0);
    QCOMPARE(client.quarantinedCount(), 0);
    QCOMPARE(client.statistics().retryableFailures, quint64(retries));
    QCOMPARE(server.requests(), 1 + retries + redirects);
    // Every attempt carried the same state: nothing was lost between them.
    for (const QByteArray &request : server.received())
        QVERIFY2(bodyOf(request).contains("\"comment\":\"hello\""), request.constData());
}

void TestClientTransport::deliverTwoInTurn(RawHttpServer &server, int connections)
{
    Client client(config(server.url(), outbox()));
    QSignalSpy delivered(&client, &Client::delivered);
    QVERIFY(client.enrich(session(1), comment(QStringLiteral("one"))));
    QTRY_COMPARE(delivered.size(), 1);
    QVERIFY(client.enrich(session(2), comment(QStringLiteral("two"))));
    QTRY_COMPARE(delivered.size(), 2);
    QCOMPARE(server.requests(), 2);
    QCOMPARE(server.connections(), connections);
    QCOMPARE(client.statistics().retryableFailures, 0u);
}

void TestClientTransport::garbageThenGoodAnswer()
{
    int calls = 0;
    RawHttpServer server([&calls](const QByteArray &) {
        return ++calls == 1 ? QByteArray("I am not a web server\r\n\r\n") : okAnswer();
    });
    deliverOne(server, config(server.url(), outbox()), 1);
    QCOMPARE(server.connections(), 2); // the confused connection is not reused
}

void TestClientTransport::oversizedHeadRetried()
{
    int calls = 0;
    RawHttpServer server([&calls](const QByteArray &) {
        if (++calls > 1)
            return okAnswer();
        return "HTTP/1.1 200 OK\r\nX-Junk: " + QByteArray(70 * 1024, 'j')
            + "\r\nContent-Length: 2\r\n\r\n{}";
    });
    deliverOne(server, config(server.url(), outbox()), 1);
    QCOMPARE(server.connections(), 2);
}

void TestClientTransport::chunkedAnswerKeepsConnection()
{
    RawHttpServer server(
        [](const QByteArray &) { return chunked("{\"success\":true,\"note\":\"chunked\"}"); });
    // The chunked framing was read exactly: the second request reuses the connection.
    deliverTwoInTurn(server, 1);
}

void TestClientTransport::answerInManySmallWrites()
{
    RawHttpServer server([](const QByteArray &, QTcpSocket *socket) {
        dribble(socket, chunked("{\"success\":true}"), 3);
    });
    deliverTwoInTurn(server, 1);
}

void TestClientTransport::idleConnectionClosedBetweenCaptures_data()
{
    QTest::addColumn<bool>("clientSeesClose");
    QTest::newRow("closed long before the next capture") << true;
    QTest::newRow("closed just as the next request goes") << false;
}

void TestClientTransport::idleConnectionClosedBetweenCaptures()
{
    // A server's keep-alive timeout is routine, not an outage: the next capture goes out at
    // once on a new connection. On a manual clock that never moves, a retry (or an offline
    // hold) could never fire: the delivery itself shows there was none.
    QFETCH(bool, clientSeesClose);
    RawHttpServer server([](const QByteArray &) { return okAnswer(); });
    ClientConfig c = config(server.url(), outbox());
    c.initialBackoff = std::chrono::milliseconds(5000);
    c.maxBackoff = std::chrono::milliseconds(10000);
    c.minRetryDelay = std::chrono::milliseconds(3000);
    ManualClock clock;
    Client client(c);
    QSignalSpy delivered(&client, &Client::delivered);
    QVERIFY(client.enrich(session(1), comment(QStringLiteral("one"))));
    QTRY_COMPARE(delivered.size(), 1);

    server.closeConnections();
    if (clientSeesClose)
        QTest::qWait(100); // the close reaches the client's socket over loopback
    QVERIFY(client.enrich(session(2), comment(QStringLiteral("two"))));
    QTRY_COMPARE(delivered.size(), 2);
    QCOMPARE(clock.now(), 0);
    for (const DeliveryTimer *timer : client.findChildren<DeliveryTimer *>())
        QVERIFY2(!timer->isActive(), qPrintable(timer->objectName())); // nothing armed either
    QCOMPARE(client.statistics().retryableFailures, 0u);
    QCOMPARE(server.requests(), 2);
    QCOMPARE(server.connections(), 2);
}

void TestClientTransport::closedMidAnswerRetried()
{
    int calls = 0;
    RawHttpServer server([&calls](const QByteArray &, QTcpSocket *socket) {
        if (++calls > 1)
            return void(socket->write(okAnswer()));
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"succ");
        socket->disconnectFromHost();
    });
    deliverOne(server, config(server.url(), outbox()), 1);
    QCOMPARE(server.connections(), 2);
}

void TestClientTransport::silentServerTimesOutThenDelivers()
{
    int calls = 0;
    RawHttpServer server([&calls](const QByteArray &, QTcpSocket *socket) {
        if (++calls > 1)
            socket->write(okAnswer()); // the first request is never answered
    });
    ClientConfig c = config(server.url(), outbox());
    c.requestTimeout = std::chrono::milliseconds(300);
    QElapsedTimer clock;
    clock.start();
    deliverOne(server, c, 1);
    QVERIFY(clock.elapsed() >= 300);
    QCOMPARE(server.connections(), 2); // the silent connection was given up
}

void TestClientTransport::sameOriginRedirectFollowed_data()
{
    QTest::addColumn<bool>("absolute");
    QTest::newRow("relative location") << false;
    QTest::newRow("absolute location, same origin") << true;
}

void TestClientTransport::sameOriginRedirectFollowed()
{
    QFETCH(bool, absolute);
    QByteArray location = "/v2/events";
    RawHttpServer server([&location](const QByteArray &request) {
        if (request.startsWith("PUT /events "))
            return RawHttpServer::response(307, {}, "Location: " + location + "\r\n");
        return okAnswer();
    });
    if (absolute)
        location.prepend(server.url().toEncoded());
    deliverOne(server, config(server.url(), outbox()), 0, 1);
    const QByteArray moved = server.received().at(1);
    QVERIFY2(moved.startsWith("PUT /v2/events HTTP/1.1\r\n"), moved.constData());
    QVERIFY(moved.contains("\r\nAuthorization: Bearer " + apiKey.toUtf8() + "\r\n"));
    QCOMPARE(bodyOf(moved), bodyOf(server.received().at(0)));
}

void TestClientTransport::redirectLoopPauses()
{
    // A server that redirects in a loop is misconfigured; the item is fine. Delivery pauses
    // with the reason, keeps the item, and goes on once the configuration changes.
    bool looping = true;
    RawHttpServer server([&](const QByteArray &) {
        return looping ? RawHttpServer::response(307, {}, "Location: /events\r\n") : okAnswer();
    });
    ManualClock clock;
    Client client(config(server.url(), outbox()));
    QSignalSpy quarantined(&client, &Client::quarantined);
    QSignalSpy delivered(&client, &Client::delivered);
    QVERIFY(client.enrich(session(1), comment(QStringLiteral("hello"))));
    QTRY_VERIFY(client.isPaused());
    const QString reason = client.pauseReason();
    QVERIFY2(reason.contains(QLatin1String("redirect")), qPrintable(reason));
    QVERIFY(!reason.contains(apiKey));
    const int requests = server.requests();
    QCOMPARE(requests, 6); // the first request and five redirects, then no more
    clock.advance(std::chrono::hours(1)); // no retry is due, however long the client waits
    QCoreApplication::processEvents();
    QCOMPARE(server.requests(), requests);
    QCOMPARE(delivered.size(), 0);
    QCOMPARE(quarantined.size(), 0);
    QCOMPARE(client.pendingCount(), 1);

    looping = false;
    client.setConfig(config(server.url(), outbox())); // the administrator fixed the server
    QTRY_COMPARE(delivered.size(), 1);
    QVERIFY(!client.isPaused());
}

void TestClientTransport::creationBodiesCarryObjects()
{
    // As HoneyHive's official SDKs send them: the session and the event as JSON objects (not as
    // JSON text in a string), with every field their request models require.
    RawHttpServer server([](const QByteArray &) { return okAnswer(); });
    ClientConfig c = config(server.url(), outbox());
    c.project.clear();
    Client client(c);
    const Session trace = Session::create(QString());
    const QString eventId = generateId();
    // No project anywhere: refused at the call, not by the server later.
    QString error;
    QVERIFY(!client.startSession(trace, &error));
    QVERIFY2(error.contains("project"), qPrintable(error));
    QVERIFY(!client.logEvent(eventId, trace.id(), { { "event_type", "model" } }, &error));
    QVERIFY2(error.contains("project"), qPrintable(error));
    QCOMPARE(client.pendingCount(), 0);

    Session named = trace;
    named.setProject(QStringLiteral("p"));
    QVERIFY(client.startSession(named));
    QVERIFY(
        client.logEvent(eventId, trace.id(), { { "event_type", "model" }, { "project", "p" } }));
    QTRY_COMPARE(server.requests(), 2);
    QJsonObject bodies;
    for (const QByteArray &request : server.received()) {
        const QJsonObject body = QJsonDocument::fromJson(bodyOf(request)).object();
        QCOMPARE(body.size(), 1);
        bodies.insert(body.constBegin().key(), body.constBegin().value());
    }
    const QJsonObject session = bodies.value("session").toObject();
    QCOMPARE(session,
             QJsonObject({ { "session_id", trace.id() },
                           { "project", "p" },
                           { "session_name", QCoreApplication::applicationName() },
                           { "source", "feedbackkit" } }));
    const QJsonObject event = bodies.value("event").toObject();
    QCOMPARE(event.value("event_id"), QJsonValue(eventId));
    QCOMPARE(event.value("session_id"), QJsonValue(trace.id()));
    QCOMPARE(event.value("event_type"), QJsonValue("model"));
    QCOMPARE(event.value("event_name"), QJsonValue("model"));
    QCOMPARE(event.value("config"), QJsonValue(QJsonObject()));
    QCOMPARE(event.value("source"), QJsonValue("feedbackkit"));
    QCOMPARE(event.value("project"), QJsonValue("p"));
}

void TestClientTransport::eventsKeepWhenTheyHappened_data()
{
    QTest::addColumn<QJsonObject>("given");
    QTest::addColumn<QJsonObject>("expected"); // -1: the moment logEvent() was called
    QTest::newRow("nothing given: ended now, no duration")
        << QJsonObject()
        << QJsonObject { { "start_time", -1 }, { "end_time", -1 }, { "duration", 0 } };
    QTest::newRow("start given: ended now")
        << QJsonObject { { "start_time", 1000 } }
        << QJsonObject { { "start_time", 1000 }, { "end_time", -1 }, { "duration", -1 } };
    QTest::newRow("start and duration")
        << QJsonObject { { "start_time", 1000 }, { "duration", 250 } }
        << QJsonObject { { "start_time", 1000 }, { "end_time", 1250 }, { "duration", 250 } };
    QTest::newRow("start and end")
        << QJsonObject { { "start_time", 1000 }, { "end_time", 4000 } }
        << QJsonObject { { "start_time", 1000 }, { "end_time", 4000 }, { "duration", 3000 } };
    QTest::newRow("own source wins")
        << QJsonObject { { "start_time", 5 }, { "end_time", 5 }, { "source", "production" } }
        << QJsonObject {
               { "start_time", 5 }, { "end_time", 5 }, { "duration", 0 }, { "source", "production" }
           };
}

void TestClientTransport::eventsKeepWhenTheyHappened()
{
    QFETCH(QJsonObject, given);
    QFETCH(QJsonObject, expected);
    // Captured while the server is down, delivered later: the times are the call's.
    bool down = true;
    RawHttpServer server([&](const QByteArray &) {
        return down ? RawHttpServer::response(503, "down") : okAnswer();
    });
    Client client(config(server.url(), outbox()));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    given.insert("event_type", "model");
    QVERIFY(client.logEvent(generateId(), generateId(), given));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QTRY_VERIFY(server.requests() >= 2); // refused, then retried: delivered after it was captured
    down = false;
    QTRY_COMPARE(client.pendingCount(), 0);
    const QJsonObject event = QJsonDocument::fromJson(bodyOf(server.received().constLast()))
                                  .object()
                                  .value("event")
                                  .toObject();
    QCOMPARE(event.value("source"),
             expected.value("source").isUndefined() ? QJsonValue("feedbackkit")
                                                    : expected.value("source"));
    for (const char *key : { "start_time", "end_time", "duration" }) {
        const qint64 want = expected.value(key).toInteger();
        const qint64 got = event.value(key).toInteger(-2);
        if (want == -1 && QByteArray(key) == "duration")
            QVERIFY2(got >= before - 1000 && got <= after - 1000, key);
        else if (want == -1)
            QVERIFY2(got >= before && got <= after, key);
        else
            QCOMPARE(got, want);
    }
}

void TestClientTransport::eventTimingRefused_data()
{
    QTest::addColumn<QJsonObject>("given");
    QTest::newRow("text start") << QJsonObject { { "start_time", "yesterday" } };
    QTest::newRow("negative duration") << QJsonObject { { "duration", -5 } };
    QTest::newRow("end before start") << QJsonObject { { "start_time", 10 }, { "end_time", 5 } };
}

void TestClientTransport::eventTimingRefused()
{
    QFETCH(QJsonObject, given);
    RawHttpServer server([](const QByteArray &) { return okAnswer(); });
    Client client(config(server.url(), outbox()));
    QString error;
    QVERIFY(!client.logEvent(generateId(), generateId(), given, &error));
    QVERIFY2(error.contains("time") || error.contains("duration"), qPrintable(error));
    QCOMPARE(client.pendingCount(), 0);
}

void TestClientTransport::closeDelimitedAnswer()
{
    RawHttpServer server([](const QByteArray &, QTcpSocket *socket) {
        socket->write(
            "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"success\":true}");
        socket->disconnectFromHost();
    });
    deliverTwoInTurn(server, 2);
}

void TestClientTransport::manyItemsOverFewConnections()
{
    // 20 targets, each changed three times while earlier states are on the way.
    RawHttpServer server([](const QByteArray &) { return okAnswer(); });
    ClientConfig c = config(server.url(), outbox());
    c.maxInFlight = 2;
    Client client(c);
    QHash<QString, quint64> lastDelivered;
    QObject::connect(&client, &Client::delivered, [&](const Target &target, quint64 version) {
        lastDelivered[target.sessionId()] = qMax(lastDelivered.value(target.sessionId()), version);
    });
    constexpr int targets = 20;
    for (int version = 1; version <= 3; ++version) {
        for (int n = 0; n < targets; ++n)
            QVERIFY(
                client.enrich(session(n), comment(QStringLiteral("t%1-v%2").arg(n).arg(version))));
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE_WITH_TIMEOUT(client.pendingCount(), 0, 10000);
    QVERIFY(server.connections() <= 2);
    QCOMPARE(client.statistics().retryableFailures, 0u);
    for (int n = 0; n < targets; ++n) {
        QCOMPARE(lastDelivered.value(id(n)), 3u);
        // The server saw this target's states in order, ending with the newest.
        int seen = 0;
        for (const QByteArray &request : server.received()) {
            if (!request.contains(id(n).toLatin1()))
                continue;
            int version = 0;
            for (int v = 1; v <= 3; ++v)
                if (request.contains(QStringLiteral("\"t%1-v%2\"").arg(n).arg(v).toLatin1()))
                    version = v;
            QVERIFY2(version >= seen, request.constData());
            seen = version;
        }
        QCOMPARE(seen, 3);
    }
}

void TestClientTransport::newApiUrlWhileConnectionsAreBusy()
{
    // Every connection is busy at the old URL when the configuration moves to a new one. Once
    // they have answered they must give up their places, or nothing reaches the new URL.
    QList<QPointer<QTcpSocket>> held;
    RawHttpServer old([&held](const QByteArray &, QTcpSocket *socket) { held.append(socket); });
    RawHttpServer fresh([](const QByteArray &, QTcpSocket *socket) { socket->write(okAnswer()); });
    ClientConfig c = config(old.url(), outbox());
    c.maxInFlight = 2;
    Client client(c);
    QVERIFY(client.enrich(session(1), comment(QStringLiteral("a"))));
    QVERIFY(client.enrich(session(2), comment(QStringLiteral("b"))));
    QTRY_COMPARE(held.size(), 2);
    c.apiUrl = fresh.url();
    client.setConfig(c);
    QVERIFY(client.enrich(session(3), comment(QStringLiteral("c"))));
    for (const QPointer<QTcpSocket> &socket : std::as_const(held))
        if (socket)
            socket->write(okAnswer());
    QTRY_COMPARE(client.pendingCount(), 0);
    QCOMPARE(old.requests(), 2);
    QCOMPARE(fresh.requests(), 1);
}

void TestClientTransport::untrustedTlsNeverSendsTheRequest()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend (QSslSocket::supportsSsl() is false)");
    QFile certFile(QStringLiteral(CLIENT_TEST_DATA "/selfsigned.crt"));
    QFile keyFile(QStringLiteral(CLIENT_TEST_DATA "/selfsigned.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QVERIFY(!tls.localCertificate().isNull() && !tls.privateKey().isNull());

    // A TLS server with a certificate nobody trusts: whatever it decrypts is recorded.
    QSslServer server;
    server.setSslConfiguration(tls);
    QByteArray decrypted;
    int handshakes = 0;
    QObject::connect(&server, &QSslServer::startedEncryptionHandshake, [&] { ++handshakes; });
    const auto takeConnections = [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            QObject::connect(socket, &QIODevice::readyRead,
                             [&decrypted, socket] { decrypted += socket->readAll(); });
    };
    QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, takeConnections);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));

    Client client(config(url, outbox()));
    QSignalSpy delivered(&client, &Client::delivered);
    // The application's log says why nothing goes out (and the test fails if it does not).
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^TLS failed")));
    QVERIFY(client.enrich(session(1), comment(QStringLiteral("secret"))));
    // It tried, and kept trying (unless it was fooled into sending: checked next).
    QTRY_VERIFY(handshakes >= 3 || !decrypted.isEmpty() || !delivered.isEmpty());
    QVERIFY2(decrypted.isEmpty(), decrypted.constData());
    QCOMPARE(delivered.size(), 0);
    QCOMPARE(client.pendingCount(), 1); // still queued: a fixed certificate will deliver it
    QCOMPARE(client.quarantinedCount(), 0);
    QVERIFY2(decrypted.isEmpty(), decrypted.constData());

    // What the client was told, one layer down: a TLS failure, not an answer.
    SocketTransport transport;
    transport.setConfig(config(url, outbox()));
    std::optional<HttpAnswer> answer;
    transport.send("PUT", QStringLiteral("/events"), "{}",
                   [&answer](const HttpAnswer &a) { answer = a; });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->status, 0);
    QVERIFY2(answer->error.startsWith(QLatin1String("TLS: ")), qPrintable(answer->error));
    QVERIFY2(decrypted.isEmpty(), decrypted.constData());
}

QTEST_GUILESS_MAIN(TestClientTransport)
#include "tst_clienttransport.moc"
