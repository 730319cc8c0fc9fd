// The API key travels only in the Authorization header: a canary key must never show up in a
// log message (every level enabled), the outbox files, a signal, or an error string, even when
// a hostile server echoes the request back. No header follows a redirect to another host.

#include "clienttest.h"
#include "rawhttpserver.h"

#include <FeedbackKit/Collector>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace FeedbackKit;
using namespace ClientTest;

namespace {
const QString canary = QStringLiteral("fk-canary-3f9a1c7e-SECRET");
QStringList *capturedMessages = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedMessages->append(QString::fromUtf8(context.category ? context.category : "") + u' '
                             + message);
}
} // namespace

class TestClientSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyNeverLeaks();
    void noAuthorizationAcrossHosts();

private:
    QTemporaryDir m_dir;
    QStringList m_messages;
};

void TestClientSecurity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    capturedMessages = &m_messages;
    QLoggingCategory::setFilterRules(QStringLiteral("feedbackkit.*=true\nqt.network.*=true"));
    qInstallMessageHandler(captureMessage);
}

void TestClientSecurity::keyNeverLeaks()
{
    // A hostile server: a 400 whose body is the request itself (Authorization header included),
    // and a 503 that quotes it too.
    int calls = 0;
    RawHttpServer echo([&calls](const QByteArray &request) {
        return RawHttpServer::response(++calls % 2 ? 503 : 400, "you sent: " + request);
    });
    const QString outbox = m_dir.filePath(QStringLiteral("leak.sqlite"));
    QStringList reported;
    {
        Client client(config(echo.url(), outbox));
        client.setConfig([&] {
            ClientConfig c = config(echo.url(), outbox);
            c.apiKey = canary;
            return c;
        }());
        QObject::connect(&client, &Client::failed,
                         [&](const Target &, const QString &r) { reported << r; });
        QObject::connect(&client, &Client::quarantined,
                         [&](const Target &, const QString &r) { reported << r; });
        QVERIFY(client.enrich(session(1), feedback({ { "comment", "hello" } })));
        QTRY_COMPARE(client.quarantinedCount(), 1);

        // And a 401 from a collector that wants another key.
        CollectorOptions options;
        options.apiKey = QStringLiteral("another-key");
        Collector guarded(options);
        QVERIFY(guarded.start());
        ClientConfig c = config(guarded.baseUrl(), outbox);
        c.apiKey = canary;
        client.setConfig(c);
        QVERIFY(client.enrich(session(2), feedback({ { "rating", true } })));
        QTRY_VERIFY(client.isPaused());
        reported << client.pauseReason();
        guarded.stop();
    }
    // The key did go out, in the header, as a bearer token.
    QVERIFY(echo.received().first().contains("Authorization: Bearer " + canary.toUtf8()));
    QVERIFY(!reported.isEmpty());
    QVERIFY2(reported.join(u'\n').contains("[redacted]"), qPrintable(reported.join(u'\n')));
    for (const QString &text : std::as_const(reported))
        QVERIFY2(!text.contains(canary), qPrintable(text));
    QVERIFY(!m_messages.isEmpty());
    for (const QString &message : std::as_const(m_messages))
        QVERIFY2(!message.contains(canary), qPrintable(message));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile file(outbox + suffix);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(canary.toUtf8()), qPrintable(outbox + suffix));
    }
    OutboxFile file(outbox);
    QVERIFY(file.open());
    for (const OutboxEntry &entry : file.entries())
        QVERIFY(!entry.answer.contains(canary) && !entry.payload.contains(canary.toUtf8()));
}

void TestClientSecurity::noAuthorizationAcrossHosts()
{
    // 127.0.0.2 is loopback too, but another origin than 127.0.0.1.
    RawHttpServer elsewhere([](const QByteArray &) { return RawHttpServer::response(200, "{}"); },
                            QHostAddress(QStringLiteral("127.0.0.2")));
    const QByteArray location = elsewhere.url().toString().toUtf8() + "/events";
    RawHttpServer redirecting([&](const QByteArray &) {
        return RawHttpServer::response(307, {}, "Location: " + location + "\r\n");
    });
    ClientConfig c = config(redirecting.url(), m_dir.filePath(QStringLiteral("redirect.sqlite")));
    c.apiKey = canary;
    Client client(c);
    QSignalSpy quarantined(&client, &Client::quarantined);
    QVERIFY(client.enrich(session(3), feedback({ { "rating", true } })));
    // A configuration problem, not the item's: delivery pauses with the reason, nothing is
    // set aside.
    QTRY_VERIFY(client.isPaused());
    QVERIFY2(client.pauseReason().contains("another origin"), qPrintable(client.pauseReason()));
    QVERIFY(!client.pauseReason().contains(canary));
    QCOMPARE(redirecting.requests(), 1);
    QCOMPARE(elsewhere.requests(), 0);
    QCOMPARE(quarantined.size(), 0);
    QCOMPARE(client.pendingCount(), 1);
}

QTEST_GUILESS_MAIN(TestClientSecurity)
#include "tst_clientsecurity.moc"
