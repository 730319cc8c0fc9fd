// Delivery behind a corporate proxy: the built-in transport goes through the proxy that a
// QNetworkAccessManager would use for the same URL (https_proxy, or the application's proxy),
// tunnelling TLS with CONNECT through a real tinyproxy on loopback; a proxy that refuses
// pauses delivery with the reason and drops nothing.

#include "clienttest.h"

#include <QFile>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

using namespace FeedbackKit;
using namespace ClientTest;

namespace {
/*! An HTTPS server that answers every request with success, and counts what it decrypted. */
class TlsApiServer
{
public:
    TlsApiServer(const QSslConfiguration &tls, const QHostAddress &address)
    {
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, [this] { accept(); });
        m_server.listen(address);
    }
    quint16 port() const { return m_server.serverPort(); }
    int requests() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QIODevice::readyRead, socket, [this, socket] {
                m_buffer += socket->readAll();
                const qsizetype head = m_buffer.indexOf("\r\n\r\n");
                const qsizetype length = m_buffer.indexOf("Content-Length: ");
                if (head < 0 || length < 0)
                    return;
                const qsizetype size
                    = m_buffer.mid(length + 16, 12).split('\r').constFirst().toInt();
                if (m_buffer.size() < head + 4 + size)
                    return;
                m_buffer.remove(0, head + 4 + size);
                ++m_requests;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: 16\r\n\r\n{\"success\":true}");
            });
        }
    }

    QSslServer m_server;
    QByteArray m_buffer;
    int m_requests = 0;
};
} // namespace

class TestClientProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void deliversThroughTheApplicationProxy();
    void followsHttpsProxyFromTheEnvironment();
    void refusingProxyPausesWithTheReason();

private:
    /*! Starts tinyproxy allowing CONNECT to \a allowedPort only; false if it did not come up. */
    bool startProxy(quint16 allowedPort);
    QString proxyLog() const;
    QString outbox() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }
    QUrl apiUrl() const
    {
        return QUrl(QStringLiteral("https://%1:%2").arg(m_address.toString()).arg(m_api->port()));
    }

    QString m_tinyproxy;
    QTemporaryDir m_certificates;
    QHostAddress m_address;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TlsApiServer> m_api;
    QProcess m_proxy;
    quint16 m_proxyPort = 0;
};

void TestClientProxy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name : { "https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "no_proxy",
                              "NO_PROXY", "all_proxy", "ALL_PROXY" })
        qunsetenv(name); // only what each test sets
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    m_tinyproxy = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"));
    if (m_tinyproxy.isEmpty())
        m_tinyproxy = QStandardPaths::findExecutable(
            QStringLiteral("tinyproxy"),
            { QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin") });
    if (m_tinyproxy.isEmpty())
        QSKIP("tinyproxy is not installed (scripts/bootstrap.sh installs it)");
    // Neither Qt nor a QNetworkAccessManager ever sends a loopback host through a proxy, so
    // the API listens on this machine's own network address, with a certificate made for it
    // now and trusted here, as a company's own authority would be.
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            m_address = address;
            break;
        }
    }
    if (m_address.isNull())
        QSKIP("this machine has no network address besides loopback");
    const QString cert = m_certificates.filePath(QStringLiteral("api.crt"));
    const QString key = m_certificates.filePath(QStringLiteral("api.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "1", "-subj", "/CN=feedbackkit-proxy-test", "-addext",
                    "subjectAltName=IP:" + m_address.toString(), "-keyout", key, "-out", cert });
    QVERIFY2(openssl.waitForFinished(20000) && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());
    QFile certFile(cert), keyFile(key);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(certFile.readAll());
    QSslConfiguration trusted = QSslConfiguration::defaultConfiguration();
    trusted.addCaCertificate(certificate);
    QSslConfiguration::setDefaultConfiguration(trusted);
    QSslConfiguration serving = trusted;
    serving.setLocalCertificate(certificate);
    serving.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    m_api = std::make_unique<TlsApiServer>(serving, m_address);
    QVERIFY(m_api->port() != 0);
}

void TestClientProxy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestClientProxy::cleanup()
{
    m_proxy.kill();
    m_proxy.waitForFinished();
    // Setting an application proxy turns the system configuration off: back to the default.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    qunsetenv("https_proxy");
}

bool TestClientProxy::startProxy(quint16 allowedPort)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    m_proxyPort = probe.serverPort();
    probe.close();
    const QString config = m_dir->filePath(QStringLiteral("tinyproxy.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral("Port %1\nListen 127.0.0.1\nAllow 127.0.0.1\nConnectPort %2\n"
                              "LogFile \"%3\"\nLogLevel Info\nMaxClients 10\n")
                   .arg(m_proxyPort)
                   .arg(allowedPort)
                   .arg(m_dir->filePath(QStringLiteral("tinyproxy.log")))
                   .toUtf8());
    file.close();
    m_proxy.start(m_tinyproxy, { QStringLiteral("-d"), QStringLiteral("-c"), config });
    if (!m_proxy.waitForStarted())
        return false;
    return QTest::qWaitFor(
        [this] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_proxyPort);
            return socket.waitForConnected(200);
        },
        10000);
}

QString TestClientProxy::proxyLog() const
{
    QFile log(m_dir->filePath(QStringLiteral("tinyproxy.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

void TestClientProxy::deliversThroughTheApplicationProxy()
{
    QVERIFY(startProxy(m_api->port()));
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxyPort));
    const int before = m_api->requests();
    Client client(config(apiUrl(), outbox()));
    QVERIFY(client.enrich(session(1), feedback({ { "rating", true } })));
    QTRY_COMPARE(client.pendingCount(), 0);
    QCOMPARE(m_api->requests(), before + 1);
    QVERIFY(!client.isPaused());
    // The proxy carried it: it logged the tunnel to the API.
    const QString tunnel
        = QStringLiteral("CONNECT %1:%2").arg(m_address.toString()).arg(m_api->port());
    QTRY_VERIFY2(proxyLog().contains(tunnel), qPrintable(proxyLog()));
}

void TestClientProxy::followsHttpsProxyFromTheEnvironment()
{
    // As a QNetworkAccessManager would: https_proxy is used for an https:// API.
    QVERIFY(startProxy(m_api->port()));
    qputenv("https_proxy", QStringLiteral("http://127.0.0.1:%1").arg(m_proxyPort).toLatin1());
    const int before = m_api->requests();
    Client client(config(apiUrl(), outbox()));
    QVERIFY(client.enrich(session(3), feedback({ { "rating", true } })));
    QTRY_COMPARE(client.pendingCount(), 0);
    QCOMPARE(m_api->requests(), before + 1);
    const QString tunnel
        = QStringLiteral("CONNECT %1:%2").arg(m_address.toString()).arg(m_api->port());
    QTRY_VERIFY2(proxyLog().contains(tunnel), qPrintable(proxyLog()));
}

void TestClientProxy::refusingProxyPausesWithTheReason()
{
    QVERIFY(startProxy(443)); // tunnels to port 443 only: the API's port is refused
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxyPort));
    const int before = m_api->requests();
    Client client(config(apiUrl(), outbox()));
    QSignalSpy quarantined(&client, &Client::quarantined);
    QVERIFY(client.enrich(session(2), feedback({ { "rating", false } })));
    QTRY_VERIFY(client.isPaused());
    const QString reason = client.pauseReason();
    QVERIFY2(reason.contains(QStringLiteral("proxy 127.0.0.1:%1").arg(m_proxyPort))
                 && reason.contains(QLatin1String("refused")),
             qPrintable(reason));
    QCOMPARE(client.pendingCount(), 1); // kept for when the proxy lets it through
    QCOMPARE(quarantined.size(), 0);
    QCOMPARE(m_api->requests(), before);
    QVERIFY2(proxyLog().contains(QStringLiteral("Refused CONNECT")), qPrintable(proxyLog()));
}

QTEST_GUILESS_MAIN(TestClientProxy)
#include "tst_clientproxy.moc"
