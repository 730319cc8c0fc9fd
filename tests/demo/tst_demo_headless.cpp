// Runs feedbackkit-demo --screenshot the way a user or CI would: a separate process, the
// offscreen platform, no HoneyHive variables, a fresh app data folder. Checks the PNG and
// that the scripted feedback reached the embedded collector (--dump-state reads it back).

#include <FeedbackKit/Collector>

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDemoHeadless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInScriptReachesTheEmbeddedCollector();
    void customScriptOnTheDashboardInArabic();
    void badScriptIsRefused();
    void exampleScriptPlaysAsDocumented();
    void honeyHiveVariablesSendThereAndMeasureLocally();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray errors;
        QImage screenshot;
        QJsonObject state;
    };
    Run runDemo(const QTemporaryDir &home, const QStringList &extraArguments,
                const QMap<QString, QString> &variables = {});
};

TestDemoHeadless::Run TestDemoHeadless::runDemo(const QTemporaryDir &home,
                                                const QStringList &extraArguments,
                                                const QMap<QString, QString> &variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "HH_API_KEY", "HH_PROJECT", "HH_API_URL" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    const QString png = home.filePath(QStringLiteral("shot.png"));
    const QString json = home.filePath(QStringLiteral("state.json"));
    QProcess demo;
    demo.setProcessEnvironment(environment);
    demo.start(
        QStringLiteral(FEEDBACKKIT_DEMO),
        QStringList { QStringLiteral("--screenshot"), png, QStringLiteral("--dump-state"), json }
            + extraArguments);
    Run run;
    if (!demo.waitForFinished(90000)) {
        demo.kill();
        demo.waitForFinished();
    }
    run.exitCode = demo.exitStatus() == QProcess::NormalExit ? demo.exitCode() : -1;
    run.errors = demo.readAllStandardError();
    run.screenshot = QImage(png);
    QFile stateFile(json);
    if (stateFile.open(QIODevice::ReadOnly))
        run.state = QJsonDocument::fromJson(stateFile.readAll()).object();
    return run;
}

namespace {
QJsonObject feedbackOf(const QJsonObject &state, int answer)
{
    return state.value(QStringLiteral("answers"))
        .toArray()
        .at(answer)
        .toObject()
        .value(QStringLiteral("stored"))
        .toObject()
        .value(QStringLiteral("feedback"))
        .toObject();
}
} // namespace

void TestDemoHeadless::builtInScriptReachesTheEmbeddedCollector()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run run = runDemo(home, {});
    QVERIFY2(run.exitCode == 0, run.errors.constData());

    QVERIFY(!run.screenshot.isNull());
    QVERIFY(run.screenshot.width() >= 800 && run.screenshot.width() <= 4000);
    QVERIFY(run.screenshot.height() >= 500 && run.screenshot.height() <= 4000);

    // The embedded collector, with its database in the app data folder given by XDG_DATA_HOME.
    QCOMPARE(run.state.value(QStringLiteral("backend")).toString(), QStringLiteral("embedded"));
    QVERIFY(run.state.value(QStringLiteral("database")).toString().startsWith(home.path()));
    QCOMPARE(run.state.value(QStringLiteral("pending")).toInt(), 0);
    QCOMPARE(run.state.value(QStringLiteral("quarantined")).toInt(), 0);
    const QString sessionId = run.state.value(QStringLiteral("session_id")).toString();
    QCOMPARE(run.state.value(QStringLiteral("session"))
                 .toObject()
                 .value(QStringLiteral("event_type"))
                 .toString(),
             QStringLiteral("session"));

    // Four prompts and one regeneration: five answers, each a stored event of the session.
    const QJsonArray answers = run.state.value(QStringLiteral("answers")).toArray();
    QCOMPARE(answers.size(), 5);
    for (const QJsonValue &answer : answers) {
        const QJsonObject stored = answer.toObject().value(QStringLiteral("stored")).toObject();
        QCOMPARE(stored.value(QStringLiteral("session_id")).toString(), sessionId);
        QCOMPARE(stored.value(QStringLiteral("event_type")).toString(), QStringLiteral("model"));
        QVERIFY(!stored.value(QStringLiteral("outputs"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString()
                     .isEmpty());
    }
    const QJsonObject hello = feedbackOf(run.state, 0);
    QCOMPARE(hello.value(QStringLiteral("rating")), QJsonValue(true));
    QCOMPARE(hello.value(QStringLiteral("score")).toDouble(), 5.0);
    QCOMPARE(hello.value(QStringLiteral("actions")).toObject().value(QStringLiteral("copied")),
             QJsonValue(true));
    const QJsonObject offline = feedbackOf(run.state, 2);
    QCOMPARE(offline.value(QStringLiteral("rating")), QJsonValue(false));
    QCOMPARE(offline.value(QStringLiteral("reasons")).toArray(),
             QJsonArray { QStringLiteral("Too vague") });
    QVERIFY(!offline.value(QStringLiteral("comment")).toString().isEmpty());
    const QJsonObject replaced = feedbackOf(run.state, 3);
    QCOMPARE(
        replaced.value(QStringLiteral("actions")).toObject().value(QStringLiteral("regenerated")),
        QJsonValue(true));
    const QJsonObject edited = feedbackOf(run.state, 4);
    QCOMPARE(edited.value(QStringLiteral("actions")).toObject().value(QStringLiteral("edited")),
             QJsonValue(true));
    QCOMPARE(edited.value(QStringLiteral("edits")).toArray().size(), 1);

    // The dashboard's figures, computed by the collector's chart endpoint.
    const QJsonObject dashboard = run.state.value(QStringLiteral("dashboard")).toObject();
    QCOMPARE(dashboard.value(QStringLiteral("rating_count")).toInt(), 4);
    QCOMPARE(dashboard.value(QStringLiteral("thumbs_up_pct")).toDouble(), 75.0);
    QCOMPARE(dashboard.value(QStringLiteral("score_avg")).toDouble(), 3.75);
    QCOMPARE(dashboard.value(QStringLiteral("score_median")).toDouble(), 4.0);
    QCOMPARE(dashboard.value(QStringLiteral("copied")).toInt(), 2);
    QCOMPARE(dashboard.value(QStringLiteral("regenerated")).toInt(), 1);
    QCOMPARE(dashboard.value(QStringLiteral("edited")).toInt(), 1);
}

void TestDemoHeadless::customScriptOnTheDashboardInArabic()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString scriptPath = home.filePath(QStringLiteral("script.json"));
    QFile script(scriptPath);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(R"([{"say": "مرحبا"}, {"thumbs": "down"}, {"stars": 1},
                     {"comment": "ليس مفيدا"}, {"say": "echo me"}, {"thumbs": "up"}])");
    script.close();
    const Run run
        = runDemo(home,
                  { QStringLiteral("--script"), scriptPath, QStringLiteral("--tab"),
                    QStringLiteral("dashboard"), QStringLiteral("--lang"), QStringLiteral("ar") });
    QVERIFY2(run.exitCode == 0, run.errors.constData());
    QVERIFY(!run.screenshot.isNull());
    QCOMPARE(run.state.value(QStringLiteral("answers")).toArray().size(), 2);
    const QJsonObject first = feedbackOf(run.state, 0);
    QCOMPARE(first.value(QStringLiteral("rating")), QJsonValue(false));
    QCOMPARE(first.value(QStringLiteral("score")).toDouble(), 1.0);
    QCOMPARE(first.value(QStringLiteral("comment")).toString(), QStringLiteral("ليس مفيدا"));
    QCOMPARE(feedbackOf(run.state, 1).value(QStringLiteral("rating")), QJsonValue(true));
    const QJsonObject dashboard = run.state.value(QStringLiteral("dashboard")).toObject();
    QCOMPARE(dashboard.value(QStringLiteral("thumbs_up_pct")).toDouble(), 50.0);
    QCOMPARE(dashboard.value(QStringLiteral("comments"))
                 .toObject()
                 .value(QStringLiteral("ليس مفيدا"))
                 .toInt(),
             1);
}

void TestDemoHeadless::badScriptIsRefused()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString scriptPath = home.filePath(QStringLiteral("script.json"));
    QFile script(scriptPath);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(R"([{"say": "hi"}, {"stars": 9}])");
    script.close();
    const Run run = runDemo(home, { QStringLiteral("--script"), scriptPath });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errors.contains("not a step"));
    QVERIFY(run.screenshot.isNull());
}

// The example that --help names exists and plays: what it says the user does is stored.
void TestDemoHeadless::exampleScriptPlaysAsDocumented()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run run
        = runDemo(home, { QStringLiteral("--script"), QStringLiteral(DEMO_EXAMPLE_SCRIPT) });
    QVERIFY2(run.exitCode == 0, run.errors.constData());
    QCOMPARE(run.state.value(QStringLiteral("answers")).toArray().size(), 3);
    const QJsonObject first = feedbackOf(run.state, 0);
    QCOMPARE(first.value(QStringLiteral("rating")), QJsonValue(true));
    QCOMPARE(first.value(QStringLiteral("score")).toDouble(), 4.0);
    QCOMPARE(first.value(QStringLiteral("comment")).toString(),
             QStringLiteral("Clear, and the example helped."));
    QCOMPARE(first.value(QStringLiteral("actions")).toObject().value(QStringLiteral("copied")),
             QJsonValue(true));
    const QJsonObject second = feedbackOf(run.state, 1);
    QCOMPARE(second.value(QStringLiteral("rating")), QJsonValue(false));
    QCOMPARE(second.value(QStringLiteral("reasons")).toArray(),
             QJsonArray { QStringLiteral("Too long") });
    QCOMPARE(
        second.value(QStringLiteral("actions")).toObject().value(QStringLiteral("regenerated")),
        QJsonValue(true));
    const QJsonObject regenerated = feedbackOf(run.state, 2);
    QCOMPARE(regenerated.value(QStringLiteral("edits")).toArray().size(), 1);
}

void TestDemoHeadless::honeyHiveVariablesSendThereAndMeasureLocally()
{
    // A collector speaks HoneyHive's API, so it stands in for HoneyHive: with HH_API_KEY the
    // demo starts no collector of its own, sends to HH_API_URL with the key, and computes the
    // dashboard with the core measurements.
    FeedbackKit::CollectorOptions options;
    options.apiKey = QStringLiteral("hh-test-key");
    FeedbackKit::Collector honeyHive(options);
    QString error;
    QVERIFY2(honeyHive.start(&error), qPrintable(error));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run run = runDemo(home, {},
                            { { QStringLiteral("HH_API_KEY"), options.apiKey },
                              { QStringLiteral("HH_PROJECT"), QStringLiteral("demo-test") },
                              { QStringLiteral("HH_API_URL"), honeyHive.baseUrl().toString() } });
    QVERIFY2(run.exitCode == 0, run.errors.constData());
    QCOMPARE(run.state.value(QStringLiteral("backend")).toString(), QStringLiteral("honeyhive"));
    QCOMPARE(run.state.value(QStringLiteral("pending")).toInt(), 0);
    const QJsonArray answers = run.state.value(QStringLiteral("answers")).toArray();
    QCOMPARE(answers.size(), 5);
    const QString firstId = answers.at(0).toObject().value(QStringLiteral("event_id")).toString();
    const QJsonObject stored = honeyHive.event(firstId);
    QCOMPARE(stored.value(QStringLiteral("project")).toString(), QStringLiteral("demo-test"));
    QCOMPARE(stored.value(QStringLiteral("feedback")).toObject().value(QStringLiteral("rating")),
             QJsonValue(true));
    const QJsonObject dashboard = run.state.value(QStringLiteral("dashboard")).toObject();
    QCOMPARE(dashboard.value(QStringLiteral("thumbs_up_pct")).toDouble(), 75.0);
    QCOMPARE(dashboard.value(QStringLiteral("score_p95")).toDouble(), 4.85);
    QCOMPARE(dashboard.value(QStringLiteral("reasons"))
                 .toObject()
                 .value(QStringLiteral("Too vague"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestDemoHeadless)
#include "tst_demo_headless.moc"
