// Basic delivery: whole state, coalescing, channels, creation order, validation at the call,
// insecure URLs, the outbox file. Against the real collector over loopback.

#include "clienttest.h"

#include <FeedbackKit/Collector>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace FeedbackKit;
using namespace ClientTest;

class TestClientDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void deliversWholeStateCoalesced();
    void expertFeedbackGoesToMetrics();
    void refusesInvalidInput_data();
    void refusesInvalidInput();
    void refusesInvalidTargets();
    void refusedPatchLeavesTheQueuedStateAlone();
    void refusesInsecureHttp();
    void createsSessionAndEventBeforeFeedback();
    void pendingItemsGoOutAfterRestart();
    void burstLargerThanOneCommit();
    void outboxFileIsPrivate();
    void outboxOfTheFirstLayoutIsMovedOnce();
    void outboxCapRefusesNewTargets();
    void usesTheInjectedNetworkManager();

private:
    QString outboxPath() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }

    Collector m_collector;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientDelivery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_collector.start(&error), qPrintable(error));
}

void TestClientDelivery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestClientDelivery::deliversWholeStateCoalesced()
{
    Client client(config(m_collector.baseUrl(), outboxPath()));
    QSignalSpy durable(&client, &Client::durable);
    QSignalSpy delivered(&client, &Client::delivered);
    const Target target = session(1);
    QVERIFY(client.enrich(target, feedback({ { "rating", true } })));
    QVERIFY(client.enrich(target, feedback({ { "comment", "clear answer" } })));
    QVERIFY(client.enrich(target, feedback({ { "actions", QJsonObject { { "copied", true } } } })));
    QCOMPARE(client.pendingCount(), 1);

    QTRY_COMPARE(client.pendingCount(), 0);
    // Three captures in one event-loop turn: one request, carrying the whole state.
    QCOMPARE(client.statistics().requests, 1u);
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.at(0).at(1).toULongLong(), 3u);
    QTRY_VERIFY(!durable.isEmpty());
    QCOMPARE(durable.last().at(1).toULongLong(), 3u);
    const QJsonObject stored = m_collector.event(target.eventId()).value("feedback").toObject();
    QCOMPARE(stored.value("rating"), QJsonValue(true));
    QCOMPARE(stored.value("comment"), QJsonValue("clear answer"));
    QCOMPARE(stored.value("actions").toObject().value("copied"), QJsonValue(true));

    // A later patch sends the whole state again, not the increment.
    QVERIFY(client.enrich(target, feedback({ { "score", 4 } })));
    QTRY_COMPARE(delivered.size(), 2);
    const QJsonObject after = m_collector.event(target.eventId()).value("feedback").toObject();
    QCOMPARE(after.value("score"), QJsonValue(4));
    QCOMPARE(after.value("comment"), QJsonValue("clear answer"));
    QCOMPARE(client.state(target).score(), 4.0);
}

void TestClientDelivery::expertFeedbackGoesToMetrics()
{
    Client client(config(m_collector.baseUrl(), outboxPath()));
    const Target target = Target::event(id(2), id(1));
    QVERIFY(client.enrich(target, feedback({ { "accuracy", 0.9 } }), Channel::Expert));
    QVERIFY(client.enrich(target, feedback({ { "rating", false } }), Channel::EndUser));
    QTRY_COMPARE(client.pendingCount(), 0);
    const QJsonObject stored = m_collector.event(target.eventId());
    QCOMPARE(stored.value("metrics").toObject().value("accuracy"), QJsonValue(0.9));
    QCOMPARE(stored.value("feedback").toObject().value("rating"), QJsonValue(false));
    QVERIFY(!stored.value("feedback").toObject().contains("accuracy"));
}

void TestClientDelivery::refusesInvalidInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("too deep") << QByteArray(R"({"a":{"b":{"c":{"d":{"e":{"f":{}}}}}}})")
                              << QStringLiteral("a.b.c.d.e");
    QTest::newRow("dotted key") << QByteArray(R"({"step1.retry":true})") << QStringLiteral("'.'");
    QTest::newRow("ground truth number")
        << QByteArray(R"({"ground_truth":4})") << QStringLiteral("ground_truth");
    QTest::newRow("huge string") << QByteArray("{\"comment\":\"" + QByteArray(70 * 1024, 'x')
                                               + "\"}")
                                 << QStringLiteral("comment");
    QTest::newRow("arrays too deep") << QByteArray(R"({"a":[[[1]]]})") << QStringLiteral("a.0");
}

void TestClientDelivery::refusesInvalidInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Client client(config(m_collector.baseUrl(), outboxPath()));
    QSignalSpy accepted(&client, &Client::accepted);
    // Built without validation (as a hostile caller could), so enrich() is what must refuse.
    const Feedback patch(QJsonDocument::fromJson(json).object());
    QString error;
    QVERIFY(!client.enrich(session(3), patch, Channel::EndUser, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(client.pendingCount(), 0);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(client.state(session(3)).isEmpty());
}

void TestClientDelivery::refusedPatchLeavesTheQueuedStateAlone()
{
    // A capture changes the state in place while its previous version waits in the writer's
    // queue; a refused patch is rolled back there, and the queued write must keep what it had.
    // Paused (no key), so the states stay in the outbox to be read back.
    ClientConfig noKey = config(m_collector.baseUrl(), outboxPath());
    noKey.apiKey.clear();
    const Feedback tooDeep(
        QJsonDocument::fromJson(R"({"score":2,"a":{"b":{"c":{"d":{"e":{"f":{}}}}}}})").object());
    {
        Client client(noKey);
        for (int i = 0; i < 300; ++i) {
            QVERIFY(client.enrich(session(400 + i), feedback({ { "score", 1 } })));
            QVERIFY(!client.enrich(session(400 + i), tooDeep));
            QCOMPARE(client.state(session(400 + i)).score(), 1.0);
        }
    } // destroyed: the writer commits what is queued
    Client reopened(noKey);
    QCOMPARE(reopened.pendingCount(), 300);
    for (int i = 0; i < 300; ++i) {
        QCOMPARE(reopened.durableVersion(session(400 + i)), 1u);
        QCOMPARE(reopened.state(session(400 + i)).toJson(), QByteArray(R"({"score":1})"));
    }
}

void TestClientDelivery::refusesInvalidTargets()
{
    Client client(config(m_collector.baseUrl(), outboxPath()));
    QString error;
    QVERIFY(!client.enrich(Target(), feedback({ { "rating", true } }), Channel::EndUser, &error));
    QVERIFY(error.contains("invalid target"));
    Session::clearCurrent();
    QVERIFY(!client.enrichSession(feedback({ { "rating", true } }), Channel::EndUser, &error));
    QVERIFY(error.contains("no current session"));
    Session::setCurrent(Session::adopt(id(4)));
    QVERIFY(!client.enrichEvent(QStringLiteral("../../etc/passwd"), feedback({}), Channel::EndUser,
                                &error));
    QVERIFY(error.contains("not a valid ID"));
    QVERIFY(!client.logEvent(id(5), QString(), {}, &error));
    QVERIFY(!client.startSession(Session(), &error));
    QVERIFY(client.enrichSession(feedback({ { "rating", true } })));
    Session::clearCurrent();
    QCOMPARE(client.pendingCount(), 1);
}

void TestClientDelivery::refusesInsecureHttp()
{
    ClientConfig insecure = config(QUrl(QStringLiteral("http://example.com")), outboxPath());
    Client client(insecure);
    QVERIFY(client.isPaused());
    QVERIFY2(client.pauseReason().contains("http://"), qPrintable(client.pauseReason()));
    // Capture still works: feedback waits, durable, for a usable configuration.
    QSignalSpy durable(&client, &Client::durable);
    QVERIFY(client.enrich(session(6), feedback({ { "rating", true } })));
    QTRY_COMPARE(durable.size(), 1);
    QCOMPARE(client.statistics().requests, 0u);

    insecure.allowInsecureHttp = true;
    QVERIFY(insecure.deliveryProblem().isEmpty());
    QVERIFY(!config(QUrl(QStringLiteral("ftp://127.0.0.1")), {}).deliveryProblem().isEmpty());
    QVERIFY(config(QUrl(QStringLiteral("http://localhost:1")), {}).deliveryProblem().isEmpty());

    QSignalSpy paused(&client, &Client::pausedChanged);
    client.setConfig(config(m_collector.baseUrl(), outboxPath()));
    QCOMPARE(paused.size(), 1);
    QTRY_COMPARE(client.pendingCount(), 0);
    QCOMPARE(m_collector.event(id(6)).value("feedback").toObject().value("rating"),
             QJsonValue(true));
}

void TestClientDelivery::createsSessionAndEventBeforeFeedback()
{
    Client client(config(m_collector.baseUrl(), outboxPath()));
    const Session trace = Session::create(QStringLiteral("tests"));
    const QString eventId = generateId();
    // Feedback captured first still goes out after the creations it depends on.
    QVERIFY(client.enrich(Target::event(eventId, trace.id()), feedback({ { "rating", true } })));
    QVERIFY(client.logEvent(
        eventId, trace.id(),
        { { "event_type", "model" }, { "inputs", QJsonObject { { "q", "hi" } } } }));
    QVERIFY(client.startSession(trace));
    QCOMPARE(client.pendingCount(), 3);
    QTRY_COMPARE(client.pendingCount(), 0);
    const QJsonObject event = m_collector.event(eventId);
    QCOMPARE(event.value("event_type"), QJsonValue("model"));
    QCOMPARE(event.value("session_id"), QJsonValue(trace.id()));
    QCOMPARE(event.value("feedback").toObject().value("rating"), QJsonValue(true));
    QVERIFY(!m_collector.event(trace.id()).isEmpty());
}

void TestClientDelivery::pendingItemsGoOutAfterRestart()
{
    ClientConfig noKey = config(m_collector.baseUrl(), outboxPath());
    noKey.apiKey.clear();
    {
        Client client(noKey);
        QVERIFY(client.isPaused());
        for (int i = 0; i < 50; ++i)
            QVERIFY(client.enrich(session(100 + i), feedback({ { "score", i } })));
        // An event whose session is not known, on the expert channel.
        QVERIFY(
            client.enrich(Target::event(id(150)), feedback({ { "score", 7 } }), Channel::Expert));
    } // destroyed: the writer commits what is queued
    Client client(config(m_collector.baseUrl(), outboxPath()));
    QCOMPARE(client.pendingCount(), 51);
    QCOMPARE(client.durableVersion(Target::event(id(150)), Channel::Expert), 1u);
    QCOMPARE(client.durableVersion(Target::event(id(150)), Channel::EndUser), 0u);
    QCOMPARE(client.state(session(149)).score(), 49.0);
    QTRY_COMPARE(client.pendingCount(), 0);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(m_collector.event(id(100 + i)).value("feedback").toObject().value("score"),
                 QJsonValue(i));
    QCOMPARE(m_collector.event(id(150)).value("metrics").toObject().value("score"), QJsonValue(7));
    // The delivered state stays known, so the next patch still sends the whole state.
    QVERIFY(client.enrich(session(100), feedback({ { "comment", "more" } })));
    QTRY_COMPARE(client.pendingCount(), 0);
    QCOMPARE(m_collector.event(id(100)).value("feedback").toObject().value("score"), QJsonValue(0));
}

void TestClientDelivery::burstLargerThanOneCommit()
{
    // More writes than one group commit takes, captured without a turn of the event loop: the
    // writer commits them in several batches while newer states of the same targets arrive.
    // Every target must end durable, on disk and then delivered, with its last state.
    constexpr int targets = 6000;
    constexpr int rounds = 3;
    const auto first = [](int t) { return session(1000 + t); };
    ClientConfig noKey = config(m_collector.baseUrl(), outboxPath());
    noKey.apiKey.clear(); // paused: only the outbox is at work
    {
        Client client(noKey);
        for (int round = 0; round < rounds; ++round)
            for (int t = 0; t < targets; ++t)
                QVERIFY(client.enrich(first(t), feedback({ { "score", round }, { "n", t } })));
        const auto allDurable = [&] {
            for (int t = 0; t < targets; ++t)
                if (client.durableVersion(first(t)) != quint64(rounds))
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allDurable(), 20000);
    }
    Client client(config(m_collector.baseUrl(), outboxPath()));
    QCOMPARE(client.pendingCount(), targets);
    for (int t = 0; t < targets; t += 97) {
        QCOMPARE(client.durableVersion(first(t)), quint64(rounds));
        QCOMPARE(client.state(first(t)).score(), double(rounds - 1));
    }
    // flush() runs the event loop for real; QTRY_* would turn it only every 10 ms.
    QVERIFY(client.flush(30s));
    for (int t = 0; t < targets; t += 97) {
        const QJsonObject sent = m_collector.event(id(1000 + t)).value("feedback").toObject();
        QCOMPARE(sent.value("score"), QJsonValue(rounds - 1));
        QCOMPARE(sent.value("n"), QJsonValue(t));
    }
}

void TestClientDelivery::outboxFileIsPrivate()
{
    Client client(config(m_collector.baseUrl(), outboxPath()));
    QVERIFY(client.enrich(session(7), feedback({ { "rating", true } })));
    QTRY_COMPARE(client.pendingCount(), 0);
    const auto permissions = QFile::permissions(outboxPath());
    QCOMPARE(permissions
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(permissions & QFileDevice::ReadOwner);
}

namespace {
/*! Runs \a sql on the SQLite file at \a path; the first column of the last row, if any. */
QVariant runSql(const QString &path, const QStringList &sql)
{
    QVariant result;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (!db.open())
            return result;
        QSqlQuery query(db);
        for (const QString &statement : sql) {
            if (!query.exec(statement))
                qWarning() << statement << query.lastError().text();
            while (query.next())
                result = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}
} // namespace

void TestClientDelivery::outboxOfTheFirstLayoutIsMovedOnce()
{
    // A file of the first layout (rows in event-ID order): one item pending, one quarantined.
    runSql(outboxPath(),
           { QStringLiteral("CREATE TABLE items (event_id TEXT NOT NULL, kind INTEGER NOT NULL,"
                            " target_kind INTEGER NOT NULL, session_id TEXT NOT NULL,"
                            " payload BLOB NOT NULL, version INTEGER NOT NULL,"
                            " status INTEGER NOT NULL, answer TEXT, updated_at INTEGER NOT NULL,"
                            " PRIMARY KEY (event_id, kind)) WITHOUT ROWID"),
             QStringLiteral(
                 "INSERT INTO items VALUES ('%1', 0, 1, '', '{\"score\":3}', 2, 0, NULL, 1),"
                 " ('%2', 0, 1, '', '{\"score\":9}', 1, 2, 'HTTP 400: no', 2)")
                 .arg(id(300), id(301)) });
    const QString layout = QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'items'");
    QVERIFY(runSql(outboxPath(), { layout }).toString().contains("WITHOUT ROWID"));
    {
        Client client(config(m_collector.baseUrl(), outboxPath()));
        QCOMPARE(client.quarantinedCount(), 1);
        QCOMPARE(client.durableVersion(session(300)), 2u);
        QTRY_COMPARE(client.pendingCount(), 0);
        QCOMPARE(m_collector.event(id(300)).value("feedback").toObject().value("score"),
                 QJsonValue(3));
    }
    QVERIFY(!runSql(outboxPath(), { layout }).toString().contains("WITHOUT ROWID"));
    QCOMPARE(runSql(outboxPath(), { QStringLiteral("SELECT COUNT(*) FROM items") }).toInt(), 2);
    // Opening the moved file again changes nothing.
    Client again(config(m_collector.baseUrl(), outboxPath()));
    QCOMPARE(again.quarantinedCount(), 1);
    QCOMPARE(again.pendingCount(), 0);
}

void TestClientDelivery::outboxCapRefusesNewTargets()
{
    ClientConfig capped = config(m_collector.baseUrl(), outboxPath());
    capped.apiKey.clear(); // nothing is delivered, so the outbox fills up
    capped.maxPendingTargets = 3;
    Client client(capped);
    for (int i = 0; i < 3; ++i)
        QVERIFY(client.enrich(session(200 + i), feedback({ { "score", i } })));
    QString error;
    QVERIFY(!client.enrich(session(203), feedback({ { "score", 3 } }), Channel::EndUser, &error));
    QVERIFY2(error.contains("outbox full"), qPrintable(error));
    // Updating a target already pending replaces its state: still accepted.
    QVERIFY(client.enrich(session(200), feedback({ { "comment", "x" } })));
    QCOMPARE(client.pendingCount(), 3);
}

namespace {
class CountingNetwork : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *body) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, body);
    }
};
} // namespace

void TestClientDelivery::usesTheInjectedNetworkManager()
{
    CountingNetwork network;
    Client client(config(m_collector.baseUrl(), outboxPath()));
    client.setNetworkAccessManager(&network);
    QVERIFY(client.enrich(session(8), feedback({ { "rating", true } })));
    QTRY_COMPARE(client.pendingCount(), 0);
    QCOMPARE(network.created, 1);
    // nullptr: back to the built-in connections.
    client.setNetworkAccessManager(nullptr);
    QVERIFY(client.enrich(session(9), feedback({ { "rating", false } })));
    QTRY_COMPARE(client.pendingCount(), 0);
    QCOMPARE(network.created, 1);
    QCOMPARE(m_collector.event(id(9)).value("feedback").toObject().value("rating"),
             QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestClientDelivery)
#include "tst_clientdelivery.moc"
