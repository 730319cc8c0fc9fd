// Every user action on a response, end to end: real widgets and hooks driven by mouse and
// keyboard, a real Client, the real collector under each of its merge rules. What is checked is
// the stored event (nulls left behind count as absent), against the client's state and against
// the state the user made, written in the table: a bug shared by widget and client shows too.
//
// A row's setup is performed and delivered first, with widgets of its own; its steps then run on
// widgets created anew for the stored state (as when the application shows the message again),
// delivered one by one, in one burst, or captured by a child process (this binary, run with
// --perform-in-child) with no server to reach and killed (SIGKILL) once its last state is
// durable, then delivered by a client restarted on the same outbox. A row with a known bug
// expects the user's state to fail (QEXPECT_FAIL, so a fix shows as XPASS).

#include "../client/clienttest.h"
#include "responsescene.h"

#include <FeedbackKit/Collector>
#include <FeedbackKit/HookRegistry>

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#include <cstdio>

using namespace FeedbackKit;
using namespace std::chrono_literals;
using ClientTest::compact;
using ClientTest::withoutNulls;

Q_DECLARE_METATYPE(FeedbackKit::MergeRule)

namespace {
const char childFlag[] = "--perform-in-child";

struct Sequence
{
    const char *name;
    QStringList setup; // delivered first, with widgets of its own
    QStringList steps; // on widgets created anew for the stored state, as after a restart
    QByteArray expected; // the state the user made: what the widgets show, what hooks saw
    const char *knownBug = nullptr; // why the stored event is not the user's state yet
};

/*! The stored state after copy number \a count, of the answer's first five characters. */
QByteArray copied5(int count)
{
    return QStringLiteral(R"({"actions":{"copied":true,"copy_count":%1,"copied_chars":5,)"
                          R"("copied_all":false}})")
        .arg(count)
        .toUtf8();
}

QList<Sequence> sequences()
{
    return {
        { "thumbs set", {}, { "up" }, R"({"rating":true})" },
        { "thumbs switched", { "up" }, { "down" }, R"({"rating":false})" },
        { "thumbs cleared", { "up" }, { "up" }, "{}" },
        { "thumbs down cleared", { "down" }, { "down" }, "{}" },
        { "stars set", {}, { "star:3" }, R"({"score":3})" },
        { "stars changed", { "star:3" }, { "star:5" }, R"({"score":5})" },
        { "stars cleared", { "star:3" }, { "star:3" }, "{}" },
        { "stars cleared by keyboard", { "star:4" }, { "starkey:Delete" }, "{}" },
        { "reason added",
          { "down" },
          { "reason:Wrong", "send" },
          R"({"rating":false,"reasons":["Wrong"]})" },
        { "reason removed",
          { "down", "reason:Wrong", "reason:Slow", "send" },
          { "reason:Wrong", "send" },
          R"({"rating":false,"reasons":["Slow"]})" },
        { "last reason removed",
          { "down", "reason:Wrong", "send" },
          { "reason:Wrong", "send" },
          R"({"rating":false})" },
        { "comment set", {}, { "comment:Dates are wrong" }, R"({"comment":"Dates are wrong"})" },
        { "comment changed", { "comment:first" }, { "comment:second" }, R"({"comment":"second"})" },
        { "comment emptied", { "comment:Dates are wrong" }, { "comment:" }, "{}" },
        { "undo thumbs set", {}, { "up", "undo" }, "{}" },
        { "undo thumbs switched", { "up" }, { "down", "undo" }, R"({"rating":true})" },
        { "undo thumbs cleared", { "up" }, { "up", "undo" }, R"({"rating":true})" },
        { "undo stars set", {}, { "star:3", "undo" }, "{}" },
        { "undo stars changed", { "star:3" }, { "star:5", "undo" }, R"({"score":3})" },
        { "undo stars cleared", { "star:3" }, { "star:3", "undo" }, R"({"score":3})" },
        { "undo reason added",
          { "down" },
          { "reason:Wrong", "send", "undo" },
          R"({"rating":false})" },
        { "undo reason removed",
          { "down", "reason:Wrong", "reason:Slow", "send" },
          { "reason:Wrong", "send", "undo" },
          R"({"rating":false,"reasons":["Wrong","Slow"]})" },
        { "undo comment set", {}, { "comment:x", "undo" }, "{}" },
        { "undo comment emptied", { "comment:x" }, { "comment:", "undo" }, R"({"comment":"x"})" },
        { "undo leaves a copy", {}, { "up", "copy:5", "undo" }, copied5(1) },
        { "copy", {}, { "copy:5" }, copied5(1) },
        { "copy again",
          { "copy:5" },
          { "copy:all" },
          R"({"actions":{"copied":true,"copy_count":2,"copied_chars":31,"copied_all":true}})" },
        { "regenerate",
          {},
          { "regenerate" },
          R"({"actions":{"regenerated":true,"regenerate_count":1}})" },
        { "regenerate again",
          { "regenerate" },
          { "regenerate" },
          R"({"actions":{"regenerated":true,"regenerate_count":2}})" },
        { "edit",
          {},
          { "edit:The answer is 43" },
          R"({"actions":{"edited":true,"edit_distance_ratio":0.0625},
              "edits":[{"value":"The answer is 43"}],"ground_truth":"The answer is 43"})" },
        { "edit again",
          { "edit:The answer is 43" },
          { "edit:The answer is 44" },
          R"({"actions":{"edited":true,"edit_distance_ratio":0.0625},
              "edits":[{"value":"The answer is 43"},{"value":"The answer is 44"}],
              "ground_truth":"The answer is 44"})" },
        { "undo only the last change", {}, { "up", "star:4", "undo" }, R"({"rating":true})" },
        { "undo of stars keeps reasons and comment",
          { "down" },
          { "reason:Slow", "comment:abc", "star:4", "undo" },
          R"({"comment":"abc","rating":false,"reasons":["Slow"]})" },
        { "undo of a switch brings the reason back",
          { "down", "reason:Wrong", "send" },
          { "up", "undo" },
          R"({"rating":false,"reasons":["Wrong"]})" },
        { "thumb switched after a reason",
          { "down", "reason:Wrong", "send" },
          { "up" },
          R"({"rating":true})" },
        { "thumb cleared after a reason", { "down", "reason:Wrong", "send" }, { "down" }, "{}" },
        { "bar cleared, hooks kept",
          { "down", "reason:Wrong", "comment:Dates are wrong", "star:2", "copy:all",
            "edit:The answer is 43" },
          { "reason:Wrong", "comment:", "star:2", "down" },
          R"({"actions":{"copied":true,"copy_count":1,"copied_chars":31,"copied_all":true,
                         "edited":true,"edit_distance_ratio":0.0625},
              "edits":[{"value":"The answer is 43"}],"ground_truth":"The answer is 43"})" },
    };
}

QByteArray normalized(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        qFatal("bad expected JSON (%s): %s", qPrintable(error.errorString()), json.constData());
    return compact(document.object());
}

QString deadUrl()
{
    QTcpServer probe; // a free port, then nothing listening on it
    probe.listen(QHostAddress::LocalHost);
    return QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
}

/*! Runs the event loop until \a client has nothing pending; false after \a timeout. */
bool waitDelivered(Client &client, std::chrono::milliseconds timeout = 10s)
{
    QSignalSpy changed(&client, &Client::pendingCountChanged);
    QDeadlineTimer deadline(timeout);
    while (client.pendingCount() > 0 && !deadline.hasExpired())
        changed.wait(int(std::max<qint64>(deadline.remainingTime(), 1)));
    return client.pendingCount() == 0;
}

/*! Performs \a steps in a new scene; with \a deliverEach, waits for delivery after each. */
QString perform(Client &client, const Target &target, const QStringList &steps, bool deliverEach)
{
    ActionTest::ResponseScene scene(&client, target);
    if (!scene.show())
        return QStringLiteral("the window did not become active");
    for (const QString &step : steps) {
        if (const QString error = scene.perform(step); !error.isEmpty())
            return error;
        if (deliverEach && !waitDelivered(client))
            return QStringLiteral("%1: not delivered").arg(step);
    }
    return {};
}

// The child: performs the steps on the outbox with a server that is not there, says when the
// last state is on disk, and waits to be killed.
int performInChild(const QStringList &arguments)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString outbox = arguments.value(2);
    const Target target = Target::event(arguments.value(3), arguments.value(4));
    Client client(ClientTest::config(QUrl(arguments.value(5)), outbox));
    quint64 accepted = 0;
    QObject::connect(&client, &Client::accepted,
                     [&](const Target &, quint64 version) { accepted = version; });
    ActionTest::ResponseScene scene(&client, target);
    if (!scene.show()) {
        std::fputs("error: the window did not become active\n", stdout);
        return 2;
    }
    for (const QString &step : arguments.mid(6)) {
        if (const QString error = scene.perform(step); !error.isEmpty()) {
            std::printf("error: %s\n", qPrintable(error));
            return 2;
        }
    }
    if (!QTest::qWaitFor([&] { return accepted > 0 && client.durableVersion(target) >= accepted; },
                         10000)) {
        std::printf("error: version %llu never durable\n",
                    static_cast<unsigned long long>(accepted));
        return 2;
    }
    std::printf("durable %llu\n", static_cast<unsigned long long>(accepted));
    std::fflush(stdout);
    QTimer::singleShot(30s, qApp, &QCoreApplication::quit); // never outlive a parent that died
    return QCoreApplication::exec();
}
} // namespace

class TestFeedbackActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void deliveredStepByStep_data() { addRows(); }
    void deliveredStepByStep();
    void deliveredInOneBurst_data() { addRows(); }
    void deliveredInOneBurst();
    void capturedThenKilled_data() { addRows(); }
    void capturedThenKilled();

private:
    static void addRows();
    std::unique_ptr<Collector> startCollector(MergeRule rule) const;
    QString outboxPath() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }
    /*! The stored event's feedback, nulls left out, equals the client's and the user's state. */
    void compareStored(const Collector &collector, const Client &client,
                       const QByteArray &expected);

    std::unique_ptr<QTemporaryDir> m_dir;
    Target m_target;
};

void TestFeedbackActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    HookRegistry::instance()->setPaused(false);
}

void TestFeedbackActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_target = Target::event(generateId(), generateId()); // counts start from zero
}

void TestFeedbackActions::addRows()
{
    QTest::addColumn<MergeRule>("rule");
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("knownBug");
    for (const Sequence &sequence : sequences()) {
        for (const auto &[name, rule] : { std::pair { "replace", MergeRule::Replace },
                                          std::pair { "top-level", MergeRule::TopLevel },
                                          std::pair { "deep", MergeRule::Deep } })
            QTest::addRow("%s, %s", sequence.name, name)
                << rule << sequence.setup << sequence.steps << normalized(sequence.expected)
                << QString::fromLatin1(sequence.knownBug);
    }
}

std::unique_ptr<Collector> TestFeedbackActions::startCollector(MergeRule rule) const
{
    CollectorOptions options;
    options.mergeRule = rule;
    auto collector = std::make_unique<Collector>(options);
    QString error;
    if (!collector->start(&error))
        qWarning("collector: %s", qPrintable(error));
    return collector;
}

void TestFeedbackActions::compareStored(const Collector &collector, const Client &client,
                                        const QByteArray &expected)
{
    QFETCH(QString, knownBug);
    const QJsonValue stored = collector.event(m_target.eventId()).value(QStringLiteral("feedback"));
    QCOMPARE(compact(withoutNulls(stored).toObject()),
             compact(client.state(m_target).toJsonObject()));
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Continue);
    QCOMPARE(compact(client.state(m_target).toJsonObject()), expected);
}

void TestFeedbackActions::deliveredStepByStep()
{
    QFETCH(MergeRule, rule);
    QFETCH(QStringList, setup);
    QFETCH(QStringList, steps);
    QFETCH(QByteArray, expected);
    const std::unique_ptr<Collector> collector = startCollector(rule);
    QVERIFY(collector->isRunning());
    Client client(ClientTest::config(collector->baseUrl(), outboxPath()));
    QString error = perform(client, m_target, setup, true);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ActionTest::ResponseScene scene(&client, m_target);
    QVERIFY(scene.show());
    for (const QString &step : steps) {
        error = scene.perform(step);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(waitDelivered(client), qPrintable(step));
        const QJsonValue stored
            = collector->event(m_target.eventId()).value(QStringLiteral("feedback"));
        QCOMPARE(compact(withoutNulls(stored).toObject()),
                 compact(client.state(m_target).toJsonObject()));
    }
    compareStored(*collector, client, expected);
    QCOMPARE(client.quarantinedCount(), 0);
}

void TestFeedbackActions::deliveredInOneBurst()
{
    QFETCH(MergeRule, rule);
    QFETCH(QStringList, setup);
    QFETCH(QStringList, steps);
    QFETCH(QByteArray, expected);
    const std::unique_ptr<Collector> collector = startCollector(rule);
    QVERIFY(collector->isRunning());
    Client client(ClientTest::config(collector->baseUrl(), outboxPath()));
    QString error = perform(client, m_target, setup, true);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    error = perform(client, m_target, steps, false);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(waitDelivered(client));
    compareStored(*collector, client, expected);
    QCOMPARE(client.quarantinedCount(), 0);
}

void TestFeedbackActions::capturedThenKilled()
{
    QFETCH(MergeRule, rule);
    QFETCH(QStringList, setup);
    QFETCH(QStringList, steps);
    QFETCH(QByteArray, expected);
    const std::unique_ptr<Collector> collector = startCollector(rule);
    QVERIFY(collector->isRunning());
    QByteArray before;
    {
        Client client(ClientTest::config(collector->baseUrl(), outboxPath()));
        const QString error = perform(client, m_target, setup, true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        before = compact(client.state(m_target).toJsonObject());
    }

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList { QString::fromLatin1(childFlag), outboxPath(), m_target.eventId(),
                              m_target.sessionId(), deadUrl() }
                    + steps);
    QVERIFY(child.waitForStarted());
    QByteArray said;
    while (!said.contains('\n') && child.state() == QProcess::Running) {
        child.waitForReadyRead(10000);
        said += child.readAllStandardOutput();
    }
    QVERIFY2(said.startsWith("durable "), (said + child.readAllStandardError()).constData());
    child.kill(); // SIGKILL: whatever the process still had in memory is gone
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const QJsonValue stored
        = collector->event(m_target.eventId()).value(QStringLiteral("feedback"));
    QCOMPARE(compact(withoutNulls(stored).toObject()), before); // the child delivered nothing

    Client client(ClientTest::config(collector->baseUrl(), outboxPath()));
    QVERIFY(waitDelivered(client));
    compareStored(*collector, client, expected);
    QCOMPARE(client.quarantinedCount(), 0);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], childFlag) == 0)
        return performInChild(app.arguments());
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestFeedbackActions test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_feedbackactions.moc"
