// Runs feedbackkit-quick-demo --screenshot the way a user or CI would: a separate process, the
// offscreen platform, no HoneyHive variables, a fresh app data folder. Checks the PNG and,
// through the state dump it prints on stdout, that the embedded collector stored every answer
// as an event of the session with the rating the script gave it.

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestQuickDemoHeadless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInScriptReachesTheEmbeddedCollector();
    void exampleScriptInArabicWithMaterial();
    void unknownStyleIsRefused();
    void helpNamesTheExampleScript();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray output;
        QByteArray errors;
        QImage screenshot;
        QJsonObject state;
    };
    Run runDemo(const QTemporaryDir &home, const QStringList &arguments);
    Run runScreenshot(const QTemporaryDir &home, const QStringList &extraArguments);
};

TestQuickDemoHeadless::Run TestQuickDemoHeadless::runDemo(const QTemporaryDir &home,
                                                          const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "HH_API_KEY", "HH_PROJECT", "HH_API_URL", "QT_QUICK_CONTROLS_STYLE" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    QProcess demo;
    demo.setProcessEnvironment(environment);
    demo.start(QStringLiteral(FEEDBACKKIT_QUICK_DEMO), arguments);
    if (!demo.waitForFinished(50000)) {
        demo.kill();
        demo.waitForFinished();
    }
    Run run;
    run.exitCode = demo.exitStatus() == QProcess::NormalExit ? demo.exitCode() : -1;
    run.output = demo.readAllStandardOutput();
    run.errors = demo.readAllStandardError();
    return run;
}

TestQuickDemoHeadless::Run TestQuickDemoHeadless::runScreenshot(const QTemporaryDir &home,
                                                                const QStringList &extraArguments)
{
    const QString png = home.filePath(QStringLiteral("shot.png"));
    Run run = runDemo(home, QStringList { QStringLiteral("--screenshot"), png } + extraArguments);
    run.screenshot = QImage(png);
    run.state = QJsonDocument::fromJson(run.output).object();
    return run;
}

namespace {
QJsonArray answersOf(const QJsonObject &state)
{
    return state.value(QStringLiteral("answers")).toArray();
}

QJsonObject storedOf(const QJsonObject &state, int answer)
{
    return answersOf(state).at(answer).toObject().value(QStringLiteral("stored")).toObject();
}

QJsonObject feedbackOf(const QJsonObject &state, int answer)
{
    return storedOf(state, answer).value(QStringLiteral("feedback")).toObject();
}

QJsonValue actionOf(const QJsonObject &state, int answer, const char *action)
{
    return feedbackOf(state, answer)
        .value(QStringLiteral("actions"))
        .toObject()
        .value(QLatin1String(action));
}

QJsonValue ratingOf(const QJsonObject &state, int answer)
{
    return feedbackOf(state, answer).value(QStringLiteral("rating"));
}

// Every answer is an event of the run's session, stored with the answer's text.
void verifyAnswersAreEventsOfTheSession(const QJsonObject &state)
{
    const QString sessionId = state.value(QStringLiteral("session_id")).toString();
    QVERIFY(!sessionId.isEmpty());
    const QJsonObject session = state.value(QStringLiteral("session")).toObject();
    QCOMPARE(session.value(QStringLiteral("event_type")).toString(), QStringLiteral("session"));
    QCOMPARE(session.value(QStringLiteral("source")).toString(),
             QStringLiteral("feedbackkit-quick-demo"));
    const QJsonArray answers = answersOf(state);
    for (int answer = 0; answer < answers.size(); ++answer) {
        const QJsonObject stored = storedOf(state, answer);
        QCOMPARE(stored.value(QStringLiteral("event_id")),
                 answers.at(answer).toObject().value(QStringLiteral("event_id")));
        QCOMPARE(stored.value(QStringLiteral("session_id")).toString(), sessionId);
        QCOMPARE(stored.value(QStringLiteral("event_type")).toString(), QStringLiteral("model"));
        QVERIFY(!stored.value(QStringLiteral("outputs"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString()
                     .isEmpty());
    }
}
} // namespace

void TestQuickDemoHeadless::builtInScriptReachesTheEmbeddedCollector()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run run = runScreenshot(home, {});
    QVERIFY2(run.exitCode == 0, run.errors.constData());

    QVERIFY(!run.screenshot.isNull());
    QVERIFY(run.screenshot.width() >= 800 && run.screenshot.width() <= 4000);
    QVERIFY(run.screenshot.height() >= 500 && run.screenshot.height() <= 4000);

    QCOMPARE(run.state.value(QStringLiteral("style")).toString(), QStringLiteral("Fusion"));
    QCOMPARE(run.state.value(QStringLiteral("backend")).toString(), QStringLiteral("embedded"));
    QVERIFY(run.state.value(QStringLiteral("database")).toString().startsWith(home.path()));
    QCOMPARE(run.state.value(QStringLiteral("pending")).toInt(), 0);
    QCOMPARE(run.state.value(QStringLiteral("quarantined")).toInt(), 0);

    // Four prompts and one regeneration: five answers, each a stored event of the session.
    QCOMPARE(answersOf(run.state).size(), 5);
    verifyAnswersAreEventsOfTheSession(run.state);
    QCOMPARE(ratingOf(run.state, 0), QJsonValue(true));
    QCOMPARE(ratingOf(run.state, 1), QJsonValue(true));
    QCOMPARE(ratingOf(run.state, 2), QJsonValue(false));
    QCOMPARE(ratingOf(run.state, 4), QJsonValue(true));
    // Stars, reasons and the comment, given through the FeedbackBar under each answer.
    QCOMPARE(feedbackOf(run.state, 0).value(QStringLiteral("score")).toDouble(), 5.0);
    QCOMPARE(feedbackOf(run.state, 2).value(QStringLiteral("reasons")).toArray(),
             QJsonArray { QStringLiteral("Too vague") });
    QVERIFY(!feedbackOf(run.state, 2).value(QStringLiteral("comment")).toString().isEmpty());
    // Copy, Regenerate and Edit, recorded by the QML hooks on the answer they acted on.
    QCOMPARE(actionOf(run.state, 0, "copied"), QJsonValue(true));
    QCOMPARE(actionOf(run.state, 0, "copy_count"), QJsonValue(1));
    QCOMPARE(actionOf(run.state, 3, "regenerated"), QJsonValue(true));
    QVERIFY(actionOf(run.state, 4, "regenerated").isUndefined());
    QCOMPARE(actionOf(run.state, 4, "edited"), QJsonValue(true));
    const QJsonArray edits = feedbackOf(run.state, 4).value(QStringLiteral("edits")).toArray();
    QCOMPARE(edits.size(), 1);
    // What the user saved in the edit dialog is both the edit and the answer's ground truth.
    const QJsonValue correction = edits.at(0).toObject().value(QStringLiteral("value"));
    QVERIFY(!correction.toString().isEmpty());
    QCOMPARE(feedbackOf(run.state, 4).value(QStringLiteral("ground_truth")), correction);
}

// The example --help names, right to left, in another style: the same events and ratings.
void TestQuickDemoHeadless::exampleScriptInArabicWithMaterial()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run run = runScreenshot(home,
                                  { QStringLiteral("--script"), QStringLiteral(DEMO_EXAMPLE_SCRIPT),
                                    QStringLiteral("--lang"), QStringLiteral("ar"),
                                    QStringLiteral("--style"), QStringLiteral("Material") });
    QVERIFY2(run.exitCode == 0, run.errors.constData());
    QVERIFY(!run.screenshot.isNull());
    QVERIFY(run.screenshot.width() >= 800 && run.screenshot.height() >= 500);
    QCOMPARE(run.state.value(QStringLiteral("style")).toString(), QStringLiteral("Material"));
    QCOMPARE(run.state.value(QStringLiteral("pending")).toInt(), 0);
    // Two prompts and the regeneration of the second.
    const QJsonArray answers = answersOf(run.state);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(0).toObject().value(QStringLiteral("prompt")).toString(),
             QStringLiteral("How do I keep a rating when the network is down?"));
    verifyAnswersAreEventsOfTheSession(run.state);
    QCOMPARE(ratingOf(run.state, 0), QJsonValue(true));
    QCOMPARE(ratingOf(run.state, 1), QJsonValue(false));
    QCOMPARE(feedbackOf(run.state, 0).value(QStringLiteral("score")).toDouble(), 4.0);
    QCOMPARE(feedbackOf(run.state, 0).value(QStringLiteral("comment")).toString(),
             QStringLiteral("Clear, and the example helped."));
    // The Arabic reasons are offered; the script's English one is not among them.
    QVERIFY(feedbackOf(run.state, 1).value(QStringLiteral("reasons")).isUndefined());
    QCOMPARE(actionOf(run.state, 0, "copied"), QJsonValue(true));
    QCOMPARE(actionOf(run.state, 1, "regenerated"), QJsonValue(true));
    // The edit is of the latest answer: the regenerated one.
    QCOMPARE(
        feedbackOf(run.state, 2).value(QStringLiteral("ground_truth")).toString(),
        QStringLiteral("The outbox is on disk before the call returns; a restart delivers it."));
}

void TestQuickDemoHeadless::unknownStyleIsRefused()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run run = runScreenshot(home, { QStringLiteral("--style"), QStringLiteral("Aqua") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errors.contains("--style"));
    QVERIFY(run.screenshot.isNull());
}

void TestQuickDemoHeadless::helpNamesTheExampleScript()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Run run = runDemo(home, { QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    for (const char *text : { "--script", "demo/scripts/example.json", "--style", "Material",
                              "--screenshot", "--lang" })
        QVERIFY2(run.output.contains(text), text);
}

QTEST_GUILESS_MAIN(TestQuickDemoHeadless)
#include "tst_quick_demo_headless.moc"
