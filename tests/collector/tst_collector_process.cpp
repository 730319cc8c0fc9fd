// The feedbackkit-collector program, started for real: its first line, its flags, its signals,
// and what it still has after kill -9.

#include "httptestclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class CollectorProcessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void printsItsBaseUrlFirst();
    void acknowledgedWritesSurviveKill9_data();
    void acknowledgedWritesSurviveKill9();
    void signalsStopItCleanly_data();
    void signalsStopItCleanly();
    void hangupRestarts();
    void apiKeyFlag();
    void faultFlags();
    void mergeRuleFlag();
    void badArguments_data();
    void badArguments();

private:
    QUrl startProgram(const QStringList &arguments);
    QString databasePath() const { return m_dir->filePath(QStringLiteral("collector.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
};

void CollectorProcessTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void CollectorProcessTest::cleanup()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
    m_dir.reset();
}

QUrl CollectorProcessTest::startProgram(const QStringList &arguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(FEEDBACKKIT_COLLECTOR_PROGRAM));
    m_process->setArguments(arguments);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start();
    if (!m_process->waitForStarted(5000))
        return {};
    while (!m_process->canReadLine()) {
        if (!m_process->waitForReadyRead(10000))
            return {};
    }
    return QUrl(QString::fromUtf8(m_process->readLine()).trimmed());
}

void CollectorProcessTest::printsItsBaseUrlFirst()
{
    const QUrl url = startProgram({ QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                    QStringLiteral("--db"), databasePath() });
    static const QRegularExpression pattern(QStringLiteral("^http://127\\.0\\.0\\.1:[0-9]+$"));
    QVERIFY2(pattern.match(url.toString()).hasMatch(), qPrintable(url.toString()));
    QVERIFY(url.port() > 0);
    HttpTestClient http(url);
    QCOMPARE(http.get(QStringLiteral("/v1/events/") + newTestId()).status, 404);
}

void CollectorProcessTest::acknowledgedWritesSurviveKill9_data()
{
    QTest::addColumn<QString>("durability");
    QTest::newRow("process-crash (synchronous=NORMAL)") << "process-crash";
    QTest::newRow("power-loss (synchronous=FULL)") << "power-loss";
}

void CollectorProcessTest::acknowledgedWritesSurviveKill9()
{
    QFETCH(QString, durability);
    const QStringList arguments { QStringLiteral("--listen"),     QStringLiteral("127.0.0.1:0"),
                                  QStringLiteral("--db"),         databasePath(),
                                  QStringLiteral("--durability"), durability };
    const QUrl url = startProgram(arguments);
    QVERIFY(url.isValid());

    // Many writes in flight at once over several connections, so that they share commits.
    QNetworkAccessManager manager;
    QStringList ids;
    int acknowledged = 0;
    for (int i = 0; i < 300; ++i) {
        ids.append(newTestId());
        QNetworkRequest request(QUrl(url.toString() + QStringLiteral("/events")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QByteArray body = QStringLiteral(R"({"event_id": "%1", "feedback": {"score": %2}})")
                                    .arg(ids.last())
                                    .arg(i)
                                    .toUtf8();
        QNetworkReply *reply = manager.put(request, body);
        connect(reply, &QNetworkReply::finished, this, [reply, &acknowledged] {
            acknowledged
                += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            reply->deleteLater();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(acknowledged, 300, 20000);
    m_process->kill(); // SIGKILL: no chance to flush anything
    QVERIFY(m_process->waitForFinished(5000));
    QCOMPARE(m_process->exitStatus(), QProcess::CrashExit);

    const QUrl again = startProgram(arguments);
    QVERIFY(again.isValid());
    HttpTestClient http(again);
    for (int i = 0; i < ids.size(); ++i) {
        const HttpResult result = http.get(QStringLiteral("/v1/events/") + ids.at(i));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value("feedback").toObject().value("score").toInt(), i);
    }
}

void CollectorProcessTest::signalsStopItCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void CollectorProcessTest::signalsStopItCleanly()
{
    QFETCH(int, signalNumber);
    const QUrl url = startProgram({ QStringLiteral("--db"), databasePath() });
    QVERIFY(url.isValid());
    HttpTestClient http(url);
    const QString id = newTestId();
    QCOMPARE(http.put(QStringLiteral(R"({"event_id": "%1"})").arg(id).toUtf8()).status, 200);
    ::kill(pid_t(m_process->processId()), signalNumber);
    QVERIFY(m_process->waitForFinished(5000));
    QCOMPARE(m_process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_process->exitCode(), 0);

    HttpTestClient after(startProgram({ QStringLiteral("--db"), databasePath() }));
    QCOMPARE(after.get(QStringLiteral("/v1/events/") + id).status, 200);
}

void CollectorProcessTest::hangupRestarts()
{
    const QUrl url = startProgram({ QStringLiteral("--db"), QStringLiteral(":memory:"),
                                    QStringLiteral("--restart-downtime"), QStringLiteral("500") });
    HttpTestClient http(url);
    const QString id = newTestId();
    QCOMPARE(http.put(QStringLiteral(R"({"event_id": "%1"})").arg(id).toUtf8()).status, 200);
    ::kill(pid_t(m_process->processId()), SIGHUP);
    QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/v1/events/") + id).error,
                              QNetworkReply::ConnectionRefusedError, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/v1/events/") + id).status, 200, 5000);
}

void CollectorProcessTest::apiKeyFlag()
{
    const QUrl url = startProgram({ QStringLiteral("--db"), QStringLiteral(":memory:"),
                                    QStringLiteral("--api-key"), QStringLiteral("k-123") });
    HttpTestClient http(url);
    const QByteArray body = QStringLiteral(R"({"event_id": "%1"})").arg(newTestId()).toUtf8();
    QCOMPARE(http.put(body).status, 401);
    http.setBearer("k-123");
    QCOMPARE(http.put(body).status, 200);
}

void CollectorProcessTest::faultFlags()
{
    QFile profile(m_dir->filePath(QStringLiteral("faults.json")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(R"({"seed": 3, "status_429_rate": 1, "retry_after_seconds": 9})");
    profile.close();
    // The flag overrides the file's value.
    const QUrl url = startProgram({ QStringLiteral("--db"), QStringLiteral(":memory:"),
                                    QStringLiteral("--fault-profile"), profile.fileName(),
                                    QStringLiteral("--retry-after"), QStringLiteral("2") });
    HttpTestClient http(url);
    const HttpResult result
        = http.put(QStringLiteral(R"({"event_id": "%1"})").arg(newTestId()).toUtf8());
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("Retry-After"), QByteArray("2"));
}

void CollectorProcessTest::mergeRuleFlag()
{
    const QUrl url = startProgram({ QStringLiteral("--db"), QStringLiteral(":memory:"),
                                    QStringLiteral("--merge-rule"), QStringLiteral("deep") });
    HttpTestClient http(url);
    const QString id = newTestId();
    QCOMPARE(http.put(QStringLiteral(R"({"event_id": "%1", "feedback": {"a": {"x": 1, "y": 2}}})")
                          .arg(id)
                          .toUtf8())
                 .status,
             200);
    QCOMPARE(http.put(QStringLiteral(R"({"event_id": "%1", "feedback": {"a": {"y": null}}})")
                          .arg(id)
                          .toUtf8())
                 .status,
             200);
    const HttpResult result = http.get(QStringLiteral("/v1/events/") + id);
    QCOMPARE(result.json().value("feedback").toObject(),
             (QJsonObject { { "a", QJsonObject { { "x", 1 } } } }));
}

void CollectorProcessTest::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("listen without port") << QStringList { "--listen", "127.0.0.1" } << "--listen";
    QTest::newRow("listen bad host") << QStringList { "--listen", "nowhere:80" } << "--listen";
    QTest::newRow("rate above 1") << QStringList { "--fail-500", "2" } << "--fail-500";
    QTest::newRow("missing profile")
        << QStringList { "--fault-profile", "/nonexistent/faults.json" } << "--fault-profile";
    QTest::newRow("unknown option") << QStringList { "--frobnicate" } << "frobnicate";
    QTest::newRow("bad durability") << QStringList { "--durability", "maybe" } << "--durability";
    QTest::newRow("bad merge rule") << QStringList { "--merge-rule", "shallow" } << "--merge-rule";
    QTest::newRow("merge rule in the wrong case")
        << QStringList { "--merge-rule", "Deep" } << "--merge-rule";
    QTest::newRow("merge rule empty") << QStringList { "--merge-rule", "" } << "--merge-rule";
}

void CollectorProcessTest::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    QProcess process;
    process.start(QStringLiteral(FEEDBACKKIT_COLLECTOR_PROGRAM),
                  arguments << QStringLiteral("--db") << QStringLiteral(":memory:"));
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

QTEST_GUILESS_MAIN(CollectorProcessTest)
#include "tst_collector_process.moc"
