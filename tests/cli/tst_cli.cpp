// The feedbackkit tool as a user runs it: a real process, real files, real pipes.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(FEEDBACKKIT_CLI), args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("feedbackkit did not finish");
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

QJsonObject statsOf(const QStringList &args, const QByteArray &input)
{
    const Run run = runCli(QStringList { QStringLiteral("stats") } + args, input);
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).object();
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void validateUnreadableFile();
    void validateFromFile();
    void validateOversized();
    void statsNumbers();
    void statsBooleansWithFilterAndGroups();
    void statsStrings();
    void statsSkipsNulls();
    void statsReportsMalformedLines();
    void statsEmptyInput();
    void badFlags_data();
    void badFlags();
};

void TestCli::validate_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("output");

    QTest::newRow("valid") << QByteArray(R"({"rating": true, "edits": [{"value": "x"}]})") << 0
                           << QByteArray("ok\n");
    QTest::newRow("dotted key") << QByteArray(R"({"a.b": 1})") << 1
                                << QByteArray("a.b: keys must not contain '.'\n");
    QTest::newRow("deep arrays") << QByteArray(R"({"n": [[[1]]]})") << 1
                                 << QByteArray("n.0.0: more than 2 levels of nested arrays\n");
    QTest::newRow("not an object")
        << QByteArray("[1]") << 1 << QByteArray("(document): feedback must be a JSON object\n");
    QTest::newRow("duplicate key")
        << QByteArray(R"({"a": 1, "a": 2})") << 1 << QByteArray("a: duplicate key\n");
    QTest::newRow("not json") << QByteArray("{nope") << 2 << QByteArray();
    QTest::newRow("empty input") << QByteArray() << 2 << QByteArray();
    QTest::newRow("10000 levels") << QByteArray(10000, '[') + QByteArray(10000, ']') << 1
                                  << QByteArray("0" + QByteArray(".0").repeated(63)
                                                + ": nested deeper than 64 levels\n");
    // Found by fuzz_feedback: nlohmann throws out_of_range (not parse_error) on overflow.
    QTest::newRow("number overflow") << QByteArray(R"({"score": 1e999})") << 1
                                     << QByteArray("score: number is too large to represent\n");
    QTest::newRow("invalid utf-8") << QByteArray("{\"c\": \"\xff\xfe\"}") << 1 << QByteArray();
}

void TestCli::validate()
{
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, output);
    const Run run = runCli({ QStringLiteral("validate") }, input);
    QCOMPARE(run.exitCode, exitCode);
    if (!output.isEmpty())
        QCOMPARE(run.out, output);
    if (exitCode == 2)
        QVERIFY(run.err.startsWith("feedbackkit: "));
}

void TestCli::validateUnreadableFile()
{
    const Run run
        = runCli({ QStringLiteral("validate"), QStringLiteral("/nonexistent/feedback.json") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("cannot read /nonexistent/feedback.json"));
}

void TestCli::validateFromFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("f.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"ground_truth": 3, "score": 4})");
    file.close();
    const Run run = runCli({ QStringLiteral("validate"), file.fileName() });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray("ground_truth: ground_truth must be a string or an object\n"));
}

void TestCli::validateOversized()
{
    const QByteArray huge = "{\"comment\": \"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}";
    const Run run = runCli({ QStringLiteral("validate") }, huge);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("larger than"), run.out.constData());
}

void TestCli::statsNumbers()
{
    // Scores 1, 2, 3, 4, 10: sorted ranks interpolate linearly, rank = p * (n - 1).
    const QJsonObject stats
        = statsOf({ QStringLiteral("--path"), QStringLiteral("score") },
                  "{\"score\":4}\n{\"score\":1}\n{\"score\":10}\n{\"score\":3}\n{\"score\":2}\n");
    QCOMPARE(stats[QStringLiteral("type")].toString(), QStringLiteral("number"));
    QCOMPARE(stats[QStringLiteral("count")].toInt(), 5);
    QCOMPARE(stats[QStringLiteral("sum")].toDouble(), 20.0);
    QCOMPARE(stats[QStringLiteral("avg")].toDouble(), 4.0);
    QCOMPARE(stats[QStringLiteral("median")].toDouble(), 3.0);
    QCOMPARE(stats[QStringLiteral("min")].toDouble(), 1.0);
    QCOMPARE(stats[QStringLiteral("max")].toDouble(), 10.0);
    QCOMPARE(stats[QStringLiteral("p95")].toDouble(), 4.0 + 0.8 * 6.0); // rank 3.8
    QCOMPARE(stats[QStringLiteral("p99")].toDouble(), 4.0 + 0.96 * 6.0); // rank 3.96
}

void TestCli::statsSkipsNulls()
{
    // A null is a cleared value (as a server keeps it under the replace rule): no value at all.
    const QJsonObject stats = statsOf({ QStringLiteral("--path"), QStringLiteral("score") },
                                      "{\"score\":4}\n{\"score\":null}\n{\"score\":2}\n");
    QCOMPARE(stats[QStringLiteral("count")].toInt(), 2);
    QCOMPARE(stats[QStringLiteral("avg")].toDouble(), 3.0);
    const QJsonObject ratings
        = statsOf({ QStringLiteral("--path"), QStringLiteral("rating") },
                  "{\"rating\":true}\n{\"rating\":null}\n{\"rating\":false}\n");
    QCOMPARE(ratings[QStringLiteral("count")].toInt(), 2);
}

void TestCli::statsBooleansWithFilterAndGroups()
{
    const QByteArray lines = "{\"rating\":true,\"model\":\"a\",\"lang\":\"en\"}\n"
                             "{\"rating\":false,\"model\":\"a\",\"lang\":\"en\"}\n"
                             "{\"rating\":true,\"model\":\"b\",\"lang\":\"en\"}\n"
                             "{\"rating\":true,\"model\":\"b\",\"lang\":\"de\"}\n";
    const QJsonObject stats = statsOf({ QStringLiteral("--path"), QStringLiteral("rating"),
                                        QStringLiteral("--group-by"), QStringLiteral("model"),
                                        QStringLiteral("--filter"), QStringLiteral("lang=en") },
                                      lines);
    QCOMPARE(stats[QStringLiteral("count")].toInt(), 3);
    QCOMPARE(stats[QStringLiteral("true")].toInt(), 2);
    QCOMPARE(stats[QStringLiteral("false")].toInt(), 1);
    QCOMPARE(stats[QStringLiteral("true_pct")].toDouble(), 200.0 / 3.0);
    const QJsonObject groups = stats[QStringLiteral("groups")].toObject();
    QCOMPARE(groups.keys(), QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(groups[QStringLiteral("a")].toObject()[QStringLiteral("true_pct")].toDouble(), 50.0);
    QCOMPARE(groups[QStringLiteral("b")].toObject()[QStringLiteral("true_pct")].toDouble(), 100.0);
}

void TestCli::statsStrings()
{
    const QJsonObject stats
        = statsOf({ QStringLiteral("--path"), QStringLiteral("edits.0.value") },
                  "{\"edits\":[{\"value\":\"NY\"}]}\n{\"edits\":[{\"value\":\"NY\"}]}\n"
                  "{\"edits\":[{\"value\":\"Albany\"}]}\n{\"edits\":[{\"value\":5}]}\n");
    QCOMPARE(stats[QStringLiteral("type")].toString(), QStringLiteral("string"));
    QCOMPARE(stats[QStringLiteral("count")].toInt(), 3);
    QCOMPARE(stats[QStringLiteral("skipped")].toInt(), 1);
    const QJsonObject values = stats[QStringLiteral("values")].toObject();
    QCOMPARE(values[QStringLiteral("NY")].toInt(), 2);
    QCOMPARE(values[QStringLiteral("Albany")].toInt(), 1);
}

void TestCli::statsReportsMalformedLines()
{
    const QByteArray lines = "{\"score\":1}\nnot json\n{\"score\":2}\n{\"a.b\":1}\n"
        + QByteArray(5000, '[') + "\n{\"score\":3}\n";
    const Run run = runCli(
        { QStringLiteral("stats"), QStringLiteral("--path"), QStringLiteral("score") }, lines);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(stats[QStringLiteral("count")].toInt(), 3);
    QCOMPARE(stats[QStringLiteral("malformed_lines")].toInt(), 3);
    QCOMPARE(stats[QStringLiteral("lines")].toInt(), 6);
    QVERIFY(run.err.contains("line 2: "));
    QVERIFY(run.err.contains("line 4: a.b: keys must not contain '.'"));
    QVERIFY(run.err.contains("line 5: "));
}

void TestCli::statsEmptyInput()
{
    const QJsonObject stats
        = statsOf({ QStringLiteral("--path"), QStringLiteral("score") }, QByteArray());
    QCOMPARE(stats[QStringLiteral("count")].toInt(), 0);
    QCOMPARE(stats[QStringLiteral("type")].toString(), QStringLiteral("none"));
}

void TestCli::badFlags_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no verb") << QStringList();
    QTest::newRow("unknown verb") << QStringList { QStringLiteral("frobnicate") };
    QTest::newRow("stats without path") << QStringList { QStringLiteral("stats") };
    QTest::newRow("stats unknown flag")
        << QStringList { QStringLiteral("stats"), QStringLiteral("--path"), QStringLiteral("x"),
                         QStringLiteral("--bogus") };
    QTest::newRow("stats bad filter")
        << QStringList { QStringLiteral("stats"), QStringLiteral("--path"), QStringLiteral("x"),
                         QStringLiteral("--filter"), QStringLiteral("=1") };
    QTest::newRow("validate two files")
        << QStringList { QStringLiteral("validate"), QStringLiteral("a"), QStringLiteral("b") };
}

void TestCli::badFlags()
{
    QFETCH(QStringList, args);
    const Run run = runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty() || args.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
