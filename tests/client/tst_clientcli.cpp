// Process-level tests: the enrich and outbox verbs, kill -9 during capture, and a quit with a
// server that never answers. The child is feedbackkit-clienthelper (the CLI's verb functions).

#include "clienttest.h"

#include <FeedbackKit/Collector>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace FeedbackKit;
using namespace ClientTest;

class TestClientCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void enrichOneAndWait();
    void enrichRefusesBadInput_data();
    void enrichRefusesBadInput();
    void batchReportsDurableAndBadLines();
    void batchSkipsOverlongLineWhole();
    void waitTimesOutWithCounts();
    void outboxVerbs();
    void killedRepeatedlyLosesNothingDurable();
    void quitIsBoundedAndNextStartDelivers();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &args, const QByteArray &input = {}, bool withKey = true);
    QProcessEnvironment environment(const QUrl &url, bool withKey) const;
    QString outboxPath() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }

    Collector m_collector;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_collector.start(&error), qPrintable(error));
}

void TestClientCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QProcessEnvironment TestClientCli::environment(const QUrl &url, bool withKey) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HH_API_URL"), url.toString());
    env.insert(QStringLiteral("HH_API_KEY"), withKey ? apiKey : QString());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("feedbackkit.*=false"));
    return env;
}

TestClientCli::Result TestClientCli::run(const QStringList &args, const QByteArray &input,
                                         bool withKey)
{
    QProcess process;
    process.setProcessEnvironment(environment(m_collector.baseUrl(), withKey));
    process.start(QStringLiteral(CLIENT_HELPER), args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

void TestClientCli::enrichOneAndWait()
{
    const Result result
        = run({ "enrich", "--session", id(1), "--event", id(2), "--feedback",
                R"({"rating":true,"comment":"ok"})", "--outbox", outboxPath(), "--wait", "10" });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, QStringLiteral("durable 1\n"));
    const QJsonObject stored = m_collector.event(id(2)).value("feedback").toObject();
    QCOMPARE(stored.value("comment"), QJsonValue("ok"));
}

void TestClientCli::enrichRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("too deep") << QStringList { "--session", id(1), "--feedback",
                                               R"({"a":{"b":{"c":{"d":{"e":{"f":{}}}}}}})" }
                              << "a.b.c.d.e";
    QTest::newRow("duplicate key")
        << QStringList { "--session", id(1), "--metrics", R"({"x":1,"x":2})" } << "x";
    QTest::newRow("not json") << QStringList { "--session", id(1), "--feedback", "{nope" }
                              << "JSON";
    QTest::newRow("bad id") << QStringList { "--session", "1; rm -rf /", "--feedback", "{}" }
                            << "not a valid ID";
    QTest::newRow("both documents")
        << QStringList { "--session", id(1), "--feedback", "{}", "--metrics", "{}" } << "either";
    QTest::newRow("no value") << QStringList { "--session" } << "unexpected";
    QTest::newRow("bad wait") << QStringList { "--batch", "-", "--wait", "-1" } << "--wait";
}

void TestClientCli::enrichRefusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Result result = run(QStringList { "enrich", "--outbox", outboxPath() } + args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestClientCli::batchReportsDurableAndBadLines()
{
    const QByteArray batch = QByteArray("{\"session\":\"") + id(10).toLatin1()
        + "\",\"feedback\":{\"rating\":true}}\n" + "{not json\n" + "{\"session\":\""
        + id(10).toLatin1() + "\",\"metrics\":{\"accuracy\":0.5}}\n"
        + "{\"session\":\"ABC\",\"feedback\":{}}\n" + "{\"session\":\"" + id(10).toLatin1()
        + "\",\"feedback\":{\"a\":1,\"a\":2}}\n" + "{\"session\":\"" + id(11).toLatin1()
        + "\",\"event\":\"" + id(12).toLatin1() + "\",\"feedback\":{\"score\":5}}\n";
    const Result result
        = run({ "enrich", "--batch", "-", "--outbox", outboxPath(), "--wait", "10" }, batch);
    QCOMPARE(result.exitCode, 3);
    QStringList durable = result.out.split(u'\n', Qt::SkipEmptyParts);
    durable.sort();
    QCOMPARE(durable, QStringList({ "durable 1", "durable 3", "durable 6" }));
    for (const char *line : { "line 2:", "line 4:", "line 5:" })
        QVERIFY2(result.err.contains(QLatin1String(line)), qPrintable(result.err));
    QCOMPARE(m_collector.event(id(10)).value("metrics").toObject().value("accuracy"),
             QJsonValue(0.5));
    QCOMPARE(m_collector.event(id(12)).value("feedback").toObject().value("score"), QJsonValue(5));
}

void TestClientCli::batchSkipsOverlongLineWhole()
{
    // A 3 MiB line is one refused line: its tail is not read as the lines after it.
    const QByteArray session = "{\"session\":\"" + id(13).toLatin1() + "\",";
    const QByteArray batch = session + "\"feedback\":{\"rating\":true}}\n" + session
        + "\"feedback\":{\"comment\":\"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}}\n" + session
        + "\"feedback\":{\"score\":4}}\n";
    const Result result
        = run({ "enrich", "--batch", "-", "--outbox", outboxPath(), "--wait", "10" }, batch);
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, QStringLiteral("durable 1\ndurable 3\n"));
    QVERIFY2(result.err.startsWith("line 2: line longer than 2097152 bytes\n"),
             qPrintable(result.err.left(200)));
    QVERIFY2(!result.err.contains("line 3"), qPrintable(result.err.left(200)));
    const QJsonObject stored = m_collector.event(id(13)).value("feedback").toObject();
    QCOMPARE(stored, QJsonObject({ { "rating", true }, { "score", 4 } }));
}

void TestClientCli::waitTimesOutWithCounts()
{
    const Result result = run({ "enrich", "--session", id(20), "--feedback", R"({"rating":false})",
                                "--outbox", outboxPath(), "--wait", "1" },
                              {}, false);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QStringLiteral("durable 1\n"));
    QVERIFY2(result.err.contains("1 pending, 0 quarantined"), qPrintable(result.err));
}

void TestClientCli::outboxVerbs()
{
    QCOMPARE(run({ "outbox", "--outbox", outboxPath(), "stats" }).exitCode, 1); // no file yet
    run({ "enrich", "--session", id(30), "--feedback", R"({"score":2})", "--outbox", outboxPath() },
        {}, false);
    Result stats = run({ "outbox", "--outbox", outboxPath(), "stats" });
    QCOMPARE(stats.exitCode, 0);
    QVERIFY2(stats.out.startsWith("pending 1\ndelivered 0\nquarantined 0\n"),
             qPrintable(stats.out));
    const Result list = run({ "outbox", "--outbox", outboxPath(), "list", "--json" });
    QCOMPARE(list.exitCode, 0);
    const QJsonObject row = QJsonDocument::fromJson(list.out.toUtf8()).object();
    QCOMPARE(row.value("event_id"), QJsonValue(id(30)));
    QCOMPARE(row.value("payload").toObject().value("score"), QJsonValue(2));
    QCOMPARE(run({ "outbox", "--outbox", outboxPath(), "purge" }).exitCode, 2);
    QCOMPARE(run({ "outbox", "--outbox", outboxPath(), "explode" }).exitCode, 2);
    QCOMPARE(run({ "outbox", "--outbox", outboxPath(), "retry" }).out,
             QStringLiteral("0 quarantined items are pending again\n"));
    QCOMPARE(run({ "outbox", "--outbox", outboxPath(), "purge", "--yes" }).out,
             QStringLiteral("0 items removed\n"));
    QCOMPARE(run({ "outbox", "--outbox", outboxPath(), "purge", "--yes", "--all" }).out,
             QStringLiteral("1 items removed\n"));
}

namespace {
// The child's "durable N" lines, parsed as they arrive.
int takeDurableLines(QByteArray &buffer, const std::function<void(int)> &onLine)
{
    int count = 0;
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const QByteArray line = buffer.left(newline);
        buffer.remove(0, newline + 1);
        if (line.startsWith("durable ")) {
            onLine(line.mid(8).toInt());
            ++count;
        }
    }
    return count;
}
} // namespace

void TestClientCli::killedRepeatedlyLosesNothingDurable()
{
    // Kills land after 100 to 3,100 durable lines: 5,000 lines keep every kill mid-batch (the
    // child parses its whole batch before the first capture, which ASan makes the slow part).
    constexpr int targets = 300;
    constexpr int linesPerRound = 5000;
    constexpr int rounds = 4;
    QHash<int, qint64> highestDurable; // target → highest n reported durable
    int killedEarly = 0;
    for (int round = 0; round < rounds; ++round) {
        QByteArray batch;
        auto targetOf = [round](int line) { return (line * 7 + round) % targets; };
        auto valueOf = [round](int line) { return qint64(round) * 1000000 + line; };
        for (int line = 1; line <= linesPerRound; ++line)
            batch += "{\"session\":\"" + id(1000 + targetOf(line)).toLatin1()
                + "\",\"feedback\":{\"n\":" + QByteArray::number(valueOf(line))
                + ",\"rating\":" + (line % 2 ? "true" : "false") + "}}\n";
        const QString batchPath = m_dir->filePath(QStringLiteral("batch%1.jsonl").arg(round));
        QFile file(batchPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(batch);
        file.close();

        QProcess child;
        child.setProcessEnvironment(environment(m_collector.baseUrl(), true));
        child.start(QStringLiteral(CLIENT_HELPER),
                    { "enrich", "--batch", batchPath, "--outbox", outboxPath() });
        QVERIFY(child.waitForStarted());
        const int killAfter = 100 + round * 1000;
        int seen = 0;
        QByteArray buffer;
        auto record = [&](int line) {
            qint64 &highest = highestDurable[targetOf(line)];
            highest = qMax(highest, valueOf(line));
        };
        while (seen < killAfter && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            buffer += child.readAllStandardOutput();
            seen += takeDurableLines(buffer, record);
        }
        child.kill(); // SIGKILL: no cleanup, no final commit
        child.waitForFinished();
        buffer += child.readAllStandardOutput();
        seen += takeDurableLines(buffer, record);
        killedEarly += seen < linesPerRound;
    }
    QVERIFY2(killedEarly > 0, "every child finished before it was killed");

    Client client(config(m_collector.baseUrl(), outboxPath()));
    QTRY_COMPARE_WITH_TIMEOUT(client.pendingCount(), 0, 20000);
    QCOMPARE(client.quarantinedCount(), 0);
    for (auto it = highestDurable.cbegin(); it != highestDurable.cend(); ++it) {
        const QJsonObject stored
            = m_collector.event(id(1000 + it.key())).value("feedback").toObject();
        QVERIFY2(stored.value("n").toInteger() >= it.value(),
                 qPrintable(QStringLiteral("target %1: server has n=%2, %3 was reported durable")
                                .arg(it.key())
                                .arg(stored.value("n").toInteger())
                                .arg(it.value())));
    }
}

void TestClientCli::quitIsBoundedAndNextStartDelivers()
{
    // Accepts connections (the kernel does) and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(silent.serverPort());

    QProcess child;
    child.setProcessEnvironment(environment(url, true));
    child.start(QStringLiteral(CLIENT_HELPER), { "quit", outboxPath(), "1000", "500" });
    QVERIFY(child.waitForStarted());
    QByteArray out;
    while (!out.contains("captured") && child.waitForReadyRead(20000))
        out += child.readAllStandardOutput();
    QVERIFY(out.contains("captured"));
    QElapsedTimer quitting;
    quitting.start();
    QVERIFY(child.waitForFinished(10000));
    const qint64 elapsed = quitting.elapsed();
    qInfo("quit with 1000 pending and a silent server took %lld ms (bound 500 ms)", elapsed);
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    // The bound plus process teardown (closing the outbox, unloading) on a loaded machine.
    QVERIFY2(elapsed < 500 + 1500, qPrintable(QString::number(elapsed)));

    Client client(config(m_collector.baseUrl(), outboxPath()));
    QCOMPARE(client.pendingCount(), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(client.pendingCount(), 0, 20000);
    QCOMPARE(client.statistics().delivered, 1000u);
}

QTEST_GUILESS_MAIN(TestClientCli)
#include "tst_clientcli.moc"
