// Clears reach the server, whatever its merge rule: a key taken out of a target's state is
// sent as an explicit null until a state carrying the removal is confirmed, durably (across a
// kill -9). What the real collector stores, under each of its merge rules, must equal the
// user's state.

#include "clienttest.h"
#include "rawhttpserver.h"

#include <FeedbackKit/Collector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace FeedbackKit;
using namespace ClientTest;

Q_DECLARE_METATYPE(FeedbackKit::MergeRule)

namespace {
using Steps = QList<QJsonObject>;

void addRuleRows(const char *scenario, const Steps &steps)
{
    for (const auto &[name, rule] :
         { std::pair { "replace", MergeRule::Replace },
           std::pair { "top-level", MergeRule::TopLevel }, std::pair { "deep", MergeRule::Deep } })
        QTest::addRow("%s, %s", scenario, name) << rule << steps;
}

void addScenarioRows()
{
    using O = QJsonObject;
    const QJsonValue null = QJsonValue::Null;
    addRuleRows("rating cleared",
                { O { { "rating", true }, { "comment", "x" } }, O { { "rating", null } } });
    addRuleRows("comment emptied", { O { { "comment", "long" } }, O { { "comment", null } } });
    addRuleRows("stars cleared",
                { O { { "score", 4 } }, O { { "score", 2 } }, O { { "score", null } } });
    addRuleRows("reasons removed",
                { O { { "rating", false }, { "reasons", QJsonArray { "wrong", "slow" } } },
                  O { { "reasons", QJsonArray { "slow" } } }, O { { "reasons", null } } });
    addRuleRows("nested key removed",
                { O { { "actions", O { { "copied", true }, { "edited", true } } } },
                  O { { "actions", O { { "copied", null } } } } });
    addRuleRows("nested object removed, then another put back",
                { O { { "actions", O { { "copied", true }, { "edited", true } } } },
                  O { { "actions", null } }, O { { "actions", O { { "regenerated", true } } } } });
    addRuleRows("object replaced by a value, then by another object",
                { O { { "detail", O { { "a", 1 }, { "b", 2 } } } }, O { { "detail", "short" } },
                  O { { "detail", O { { "c", 3 } } } } });
    addRuleRows("undo of a thumb",
                { O { { "rating", true } }, O { { "rating", null } }, O { { "rating", true } },
                  O { { "rating", null } } });
}
} // namespace

class TestClientClears : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void storedStateIsTheUsersState_data() { storedStateData(); }
    void storedStateIsTheUsersState();
    void coalescedStepsStoreTheUsersState_data() { storedStateData(); }
    void coalescedStepsStoreTheUsersState();
    void durableClearSurvivesKill9_data();
    void durableClearSurvivesKill9();
    void nullsStopOnceTheRemovalIsConfirmed();
    void removalsOfAQuarantinedStateAreKept();

private:
    void storedStateData();
    QString outboxPath() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }
    std::unique_ptr<Collector> startCollector(MergeRule rule);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientClears::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestClientClears::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestClientClears::storedStateData()
{
    QTest::addColumn<MergeRule>("rule");
    QTest::addColumn<Steps>("steps");
    addScenarioRows();
}

std::unique_ptr<Collector> TestClientClears::startCollector(MergeRule rule)
{
    CollectorOptions options;
    options.mergeRule = rule;
    auto collector = std::make_unique<Collector>(options);
    QString error;
    if (!collector->start(&error))
        qWarning("collector: %s", qPrintable(error));
    return collector;
}

void TestClientClears::storedStateIsTheUsersState()
{
    QFETCH(MergeRule, rule);
    QFETCH(Steps, steps);
    const std::unique_ptr<Collector> collector = startCollector(rule);
    QVERIFY(collector->isRunning());
    Client client(config(collector->baseUrl(), outboxPath()));
    const Target target = session(1);
    for (const QJsonObject &step : steps) {
        QVERIFY(client.enrich(target, feedback(step)));
        QTRY_COMPARE(client.pendingCount(), 0); // each state reaches the server before the next
        QCOMPARE(
            compact(withoutNulls(collector->event(target.eventId()).value("feedback")).toObject()),
            compact(client.state(target).toJsonObject()));
    }
}

void TestClientClears::coalescedStepsStoreTheUsersState()
{
    QFETCH(MergeRule, rule);
    QFETCH(Steps, steps);
    const std::unique_ptr<Collector> collector = startCollector(rule);
    Client client(config(collector->baseUrl(), outboxPath()));
    const Target target = session(2);
    // The first state is delivered; the rest are captured at once and go out as one.
    QVERIFY(client.enrich(target, feedback(steps.constFirst())));
    QTRY_COMPARE(client.pendingCount(), 0);
    for (qsizetype i = 1; i < steps.size(); ++i)
        QVERIFY(client.enrich(target, feedback(steps.at(i))));
    QTRY_COMPARE(client.pendingCount(), 0);
    QCOMPARE(compact(withoutNulls(collector->event(target.eventId()).value("feedback")).toObject()),
             compact(client.state(target).toJsonObject()));
}

void TestClientClears::durableClearSurvivesKill9_data()
{
    QTest::addColumn<MergeRule>("rule");
    QTest::newRow("replace") << MergeRule::Replace;
    QTest::newRow("top-level") << MergeRule::TopLevel;
    QTest::newRow("deep") << MergeRule::Deep;
}

void TestClientClears::durableClearSurvivesKill9()
{
    QFETCH(MergeRule, rule);
    const std::unique_ptr<Collector> collector = startCollector(rule);
    const Target target = session(3);
    {
        Client client(config(collector->baseUrl(), outboxPath()));
        QVERIFY(client.enrich(
            target,
            feedback({ { "rating", true },
                       { "comment", "x" },
                       { "actions", QJsonObject { { "copied", true }, { "edited", true } } } })));
        QTRY_COMPARE(client.pendingCount(), 0);
    }
    // The clear is captured by a process that cannot reach the server, made durable, and the
    // process killed before it could deliver anything.
    const QString batch = m_dir->filePath(QStringLiteral("clear.jsonl"));
    QFile file(batch);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"session\":\"" + target.eventId().toLatin1()
               + "\",\"feedback\":{\"rating\":null,\"actions\":{\"copied\":null}}}\n");
    file.close();
    QTcpServer probe; // a free port, then nothing listening on it
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString deadUrl = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HH_API_URL"), deadUrl);
    environment.insert(QStringLiteral("HH_API_KEY"), apiKey);
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(QStringLiteral(CLIENT_HELPER),
                { "enrich", "--batch", batch, "--outbox", outboxPath() });
    QVERIFY(child.waitForStarted());
    QByteArray said;
    while (!said.contains("durable 1") && child.state() == QProcess::Running) {
        child.waitForReadyRead(5000);
        said += child.readAllStandardOutput();
    }
    QVERIFY2(said.contains("durable 1"), said.constData());
    child.kill(); // SIGKILL: whatever the process still had in memory is gone
    child.waitForFinished();
    QCOMPARE(collector->event(target.eventId()).value("feedback").toObject().value("rating"),
             QJsonValue(true)); // nothing was delivered before the kill

    Client client(config(collector->baseUrl(), outboxPath()));
    QTRY_COMPARE(client.pendingCount(), 0);
    const QJsonObject expected { { "comment", "x" },
                                 { "actions", QJsonObject { { "edited", true } } } };
    QCOMPARE(compact(client.state(target).toJsonObject()), compact(expected));
    QCOMPARE(compact(withoutNulls(collector->event(target.eventId()).value("feedback")).toObject()),
             compact(expected));
}

void TestClientClears::nullsStopOnceTheRemovalIsConfirmed()
{
    RawHttpServer server(
        [](const QByteArray &) { return RawHttpServer::response(200, "{\"success\":true}"); });
    Client client(config(server.url(), outboxPath()));
    const Target target = session(4);
    auto deliver = [&](const QJsonObject &patch) {
        const int before = server.requests();
        if (!client.enrich(target, feedback(patch)))
            return QByteArray();
        if (!QTest::qWaitFor([&] { return client.pendingCount() == 0; }, 5000))
            return QByteArray();
        const QByteArray request = server.received().value(before);
        return request.mid(request.indexOf("\r\n\r\n") + 4);
    };
    QCOMPARE(deliver({ { "rating", true }, { "comment", "x" } }),
             "{\"event_id\":\"" + target.eventId().toLatin1()
                 + "\",\"feedback\":{\"comment\":\"x\",\"rating\":true}}");
    QCOMPARE(deliver({ { "rating", QJsonValue::Null } }),
             "{\"event_id\":\"" + target.eventId().toLatin1()
                 + "\",\"feedback\":{\"comment\":\"x\",\"rating\":null}}");
    // Confirmed: the server holds no rating any more, so the next state says nothing of it.
    QCOMPARE(deliver({ { "score", 3 } }),
             "{\"event_id\":\"" + target.eventId().toLatin1()
                 + "\",\"feedback\":{\"comment\":\"x\",\"score\":3}}");
}

void TestClientClears::removalsOfAQuarantinedStateAreKept()
{
    // The server refuses the clearing state (a 400); the next state, which the server accepts,
    // still clears the key.
    bool refuse = false;
    QList<QByteArray> bodies;
    RawHttpServer server([&](const QByteArray &request) {
        bodies.append(request.mid(request.indexOf("\r\n\r\n") + 4));
        return refuse ? RawHttpServer::response(400, "no")
                      : RawHttpServer::response(200, "{\"success\":true}");
    });
    Client client(config(server.url(), outboxPath()));
    const Target target = session(5);
    QVERIFY(client.enrich(target, feedback({ { "rating", true } })));
    QTRY_COMPARE(client.pendingCount(), 0);
    refuse = true;
    QVERIFY(client.enrich(target, feedback({ { "rating", QJsonValue::Null } })));
    QTRY_COMPARE(client.quarantinedCount(), 1);
    refuse = false;
    QVERIFY(client.enrich(target, feedback({ { "comment", "y" } })));
    QTRY_COMPARE(client.pendingCount(), 0);
    QVERIFY2(bodies.constLast().contains("\"rating\":null"), bodies.constLast().constData());
}

QTEST_GUILESS_MAIN(TestClientClears)
#include "tst_clientclears.moc"
