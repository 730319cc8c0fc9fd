// Targets and their IDs, channels, sessions (created, adopted, current) and the per-target
// state store that turns patches into versioned whole states.

#include "testhelpers.h"

#include <FeedbackKit/Session>
#include <FeedbackKit/Target>
#include <FeedbackKit/TargetStateStore>

#include <QSet>
#include <QTest>
#include <QThread>

using namespace FeedbackKit;
using FeedbackKitTest::feedback;

namespace {
const QString sessionId = QStringLiteral("123e4567-e89b-42d3-a456-426614174000");
const QString eventId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
const QString otherEventId = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
} // namespace

class TestTargetSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validIds_data();
    void validIds();
    void invalidIds_data();
    void invalidIds();
    void generatedIdsAreVersion4();
    void sessionTarget();
    void eventTarget();
    void invalidTargets();
    void targetHashAndEquality();
    void channels();
    void createSession();
    void adoptSession();
    void adoptRefusesMalformedIds();
    void currentSession();
    void currentSessionAcrossThreads();
    void storeAppliesPatches();
    void storeVersionsPerTargetAndChannel();
    void storeSharesStateOfSameEvent();
    void invalidPatchChangesNothing_data();
    void invalidPatchChangesNothing();
    void firstInvalidPatchLeavesNoEntry();
    void invalidTargetIsRefused();
    void emptyPatchIsAnEmptyChange();
    void restoreAndClear();
};

void TestTargetSession::validIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("v4") << sessionId;
    QTest::newRow("another v4") << eventId;
    QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000");
    QTest::newRow("v1") << QStringLiteral("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
}

void TestTargetSession::validIds()
{
    QFETCH(QString, id);
    QString error = QStringLiteral("untouched");
    QVERIFY(isValidId(id, &error));
    QCOMPARE(error, QStringLiteral("untouched"));
}

void TestTargetSession::invalidIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("uppercase") << sessionId.toUpper() << QStringLiteral("lowercase");
    QTest::newRow("one uppercase digit")
        << QStringLiteral("123e4567-e89b-42d3-a456-42661417400A") << QStringLiteral("position 36");
    QTest::newRow("braces") << QLatin1Char('{') + sessionId + QLatin1Char('}')
                            << QStringLiteral("braces");
    QTest::newRow("too short") << sessionId.chopped(1) << QStringLiteral("36 characters");
    QTest::newRow("too long") << sessionId + QLatin1Char('0') << QStringLiteral("36 characters");
    QTest::newRow("no dashes") << QStringLiteral("123e4567e89b42d3a456426614174000")
                               << QStringLiteral("36 characters");
    QTest::newRow("dash moved") << QStringLiteral("123e456-7e89b-42d3-a456-426614174000")
                                << QStringLiteral("position 8");
    QTest::newRow("not hex") << QStringLiteral("123e4567-e89b-42d3-a456-42661417400g")
                             << QStringLiteral("position 36");
    QTest::newRow("garbage") << QStringLiteral("hello, world") << QStringLiteral("36 characters");
    QTest::newRow("non-ASCII digit") << QStringLiteral("123e4567-e89b-42d3-a456-42661417400\u0663")
                                     << QStringLiteral("position 36");
    QTest::newRow("spaces") << QStringLiteral(" 23e4567-e89b-42d3-a456-42661417400 ")
                            << QStringLiteral("position 1");
    QTest::newRow("urn") << QStringLiteral("urn:uuid:") + sessionId
                         << QStringLiteral("36 characters");
}

void TestTargetSession::invalidIds()
{
    QFETCH(QString, id);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!isValidId(id, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!isValidId(id));

    QString targetError;
    QVERIFY(!Target::session(id, &targetError).isValid());
    QCOMPARE(targetError, error);
    QVERIFY(!Target::event(id, {}, &targetError).isValid());
    QCOMPARE(targetError, error);
    if (id.isEmpty())
        return; // an event's session is optional: empty means "not known"
    QVERIFY(!Target::event(eventId, id, &targetError).isValid());
    QVERIFY2(targetError.contains(QStringLiteral("session")) && targetError.contains(reason),
             qPrintable(targetError));
    QVERIFY(!Session::adopt(id).isValid());
}

void TestTargetSession::generatedIdsAreVersion4()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = generateId();
        QVERIFY2(isValidId(id), qPrintable(id));
        QCOMPARE(id.at(14), QLatin1Char('4')); // version nibble
        QVERIFY(QStringLiteral("89ab").contains(id.at(19))); // RFC 4122 variant
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestTargetSession::sessionTarget()
{
    const Target target = Target::session(sessionId);
    QVERIFY(target.isValid());
    QCOMPARE(target.kind(), Target::Kind::Session);
    QCOMPARE(target.eventId(), sessionId); // a session's own event is addressed by its ID
    QCOMPARE(target.sessionId(), sessionId);
    QCOMPARE(target.toString(), QStringLiteral("session:") + sessionId);
}

void TestTargetSession::eventTarget()
{
    const Target bare = Target::event(eventId);
    QVERIFY(bare.isValid());
    QCOMPARE(bare.kind(), Target::Kind::Event);
    QCOMPARE(bare.eventId(), eventId);
    QVERIFY(bare.sessionId().isEmpty());
    QCOMPARE(bare.toString(), QStringLiteral("event:") + eventId);

    const Target inSession = Target::event(eventId, sessionId);
    QCOMPARE(inSession.sessionId(), sessionId);
}

void TestTargetSession::invalidTargets()
{
    const Target none;
    QVERIFY(!none.isValid());
    QCOMPARE(none.kind(), Target::Kind::Invalid);
    QCOMPARE(none.toString(), QStringLiteral("invalid"));

    QString error;
    const Target badSession = Target::event(eventId, QStringLiteral("NOT-A-UUID"), &error);
    QVERIFY(!badSession.isValid());
    QVERIFY2(error.contains(QStringLiteral("session")), qPrintable(error));
    QCOMPARE(badSession, Target());
}

void TestTargetSession::targetHashAndEquality()
{
    QSet<Target> targets { Target::session(sessionId), Target::event(eventId),
                           Target::event(eventId, sessionId), Target::event(sessionId) };
    // Same kind and ID with a different known session is a different value...
    QCOMPARE(Target::event(eventId) == Target::event(eventId, sessionId), false);
    QVERIFY(targets.contains(Target::session(sessionId)));
    QVERIFY(targets.contains(Target::event(sessionId)));
    QVERIFY(!targets.contains(Target::event(otherEventId)));
    QCOMPARE(Target::session(sessionId), Target::session(sessionId));
    QVERIFY(Target::session(sessionId) != Target::event(sessionId));
}

void TestTargetSession::channels()
{
    QCOMPARE(channelField(Channel::EndUser), QStringLiteral("feedback"));
    QCOMPARE(channelField(Channel::Expert), QStringLiteral("metrics"));
}

void TestTargetSession::createSession()
{
    const Session session
        = Session::create(QStringLiteral("my-project"), QStringLiteral("production"));
    QVERIFY(session.isValid());
    QVERIFY(session.isLocal());
    QVERIFY(isValidId(session.id()));
    QCOMPARE(session.id().at(14), QLatin1Char('4'));
    QCOMPARE(session.project(), QStringLiteral("my-project"));
    QCOMPARE(session.source(), QStringLiteral("production"));
    QVERIFY(Session::create().id() != session.id());
    QCOMPARE(session.target(), Target::session(session.id()));

    Session named = session;
    named.setSessionName(QStringLiteral("chat"));
    named.setUserProperties({ { QStringLiteral("plan"), QStringLiteral("pro") } });
    QCOMPARE(named.sessionName(), QStringLiteral("chat"));
    QCOMPARE(named.userProperties().value(QStringLiteral("plan")).toString(),
             QStringLiteral("pro"));
    QVERIFY(named != session);
}

void TestTargetSession::adoptSession()
{
    // Distributed linking: the ID came from the backend that started the trace.
    const Session session = Session::adopt(sessionId, QStringLiteral("p"), QStringLiteral("dev"));
    QVERIFY(session.isValid());
    QVERIFY(!session.isLocal());
    QCOMPARE(session.id(), sessionId);
    QCOMPARE(session.project(), QStringLiteral("p"));
    QCOMPARE(session.source(), QStringLiteral("dev"));
    const Target event = session.eventTarget(eventId);
    QCOMPARE(event.kind(), Target::Kind::Event);
    QCOMPARE(event.sessionId(), sessionId);
    QString error;
    QVERIFY(!session.eventTarget(QStringLiteral("x"), &error).isValid());
    QVERIFY(!error.isEmpty());
}

void TestTargetSession::adoptRefusesMalformedIds()
{
    QString error;
    const Session session = Session::adopt(sessionId.toUpper(), {}, {}, &error);
    QVERIFY(!session.isValid());
    QVERIFY(session.id().isEmpty());
    QVERIFY(!session.target().isValid());
    QVERIFY2(error.contains(QStringLiteral("lowercase")), qPrintable(error));
}

void TestTargetSession::currentSession()
{
    Session::clearCurrent();
    QVERIFY(!Session::current().isValid());
    const Session session = Session::adopt(sessionId);
    Session::setCurrent(session);
    QCOMPARE(Session::current(), session);
    Session::clearCurrent();
    QVERIFY(!Session::current().isValid());
}

void TestTargetSession::currentSessionAcrossThreads()
{
    Session::clearCurrent();
    const Session session = Session::create();
    QThread *writer = QThread::create([session] { Session::setCurrent(session); });
    writer->start();
    QVERIFY(writer->wait(5000));
    delete writer;
    QCOMPARE(Session::current().id(), session.id());
    Session::clearCurrent();
}

void TestTargetSession::storeAppliesPatches()
{
    TargetStateStore store;
    const Target target = Target::event(eventId);
    QCOMPARE(store.version(target, Channel::EndUser), quint64(0));
    QVERIFY(store.state(target, Channel::EndUser).isEmpty());

    ValidationErrors errors;
    auto entry = store.apply(target, Channel::EndUser, feedback(R"({"rating": false})"), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(entry.version, quint64(1));
    entry = store.apply(target, Channel::EndUser,
                        feedback(R"({"reasons": ["slow"], "comment": "meh"})"));
    QCOMPARE(entry.version, quint64(2));
    entry = store.apply(target, Channel::EndUser, feedback(R"({"rating": true, "reasons": null})"));
    QCOMPARE(entry.version, quint64(3));
    // What is sent is the whole state, never the increment.
    const Feedback expected = feedback(R"({"rating": true, "comment": "meh"})");
    QCOMPARE(entry.state, expected);
    QCOMPARE(store.state(target, Channel::EndUser), expected);
    QCOMPARE(store.entry(target, Channel::EndUser).version, quint64(3));
    QCOMPARE(store.size(), 1);
}

void TestTargetSession::storeVersionsPerTargetAndChannel()
{
    TargetStateStore store;
    const Target a = Target::event(eventId), b = Target::event(otherEventId);
    store.apply(a, Channel::EndUser, feedback(R"({"rating": true})"));
    store.apply(a, Channel::EndUser, feedback(R"({"score": 4})"));
    store.apply(b, Channel::EndUser, feedback(R"({"rating": false})"));
    store.apply(a, Channel::Expert, feedback(R"({"accuracy": 0.5})"));
    QCOMPARE(store.version(a, Channel::EndUser), quint64(2));
    QCOMPARE(store.version(b, Channel::EndUser), quint64(1));
    QCOMPARE(store.version(a, Channel::Expert), quint64(1));
    QCOMPARE(store.version(b, Channel::Expert), quint64(0));
    QCOMPARE(store.state(a, Channel::Expert), feedback(R"({"accuracy": 0.5})"));
    QCOMPARE(store.state(a, Channel::EndUser), feedback(R"({"rating": true, "score": 4})"));
    QCOMPARE(store.size(), 3);
}

void TestTargetSession::storeSharesStateOfSameEvent()
{
    // A session target and an event target with the session's ID are one server-side event.
    TargetStateStore store;
    store.apply(Target::session(sessionId), Channel::EndUser, feedback(R"({"rating": true})"));
    const auto entry
        = store.apply(Target::event(sessionId), Channel::EndUser, feedback(R"({"comment": "x"})"));
    QCOMPARE(entry.version, quint64(2));
    QCOMPARE(entry.state, feedback(R"({"rating": true, "comment": "x"})"));
}

void TestTargetSession::invalidPatchChangesNothing_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<int>("rule");
    QTest::newRow("dotted key") << QByteArray(R"({"a.b": 1})")
                                << int(ValidationError::Rule::DottedKey);
    QTest::newRow("ground_truth type")
        << QByteArray(R"({"ground_truth": 1})") << int(ValidationError::Rule::GroundTruthType);
    QTest::newRow("too deep") << QByteArray(R"({"a": {"b": {"c": {"d": {"e": {"f": {}}}}}}})")
                              << int(ValidationError::Rule::ObjectNesting);
    QTest::newRow("valid patch, invalid result")
        << QByteArray(R"({"step": {"a": {"b": {"c": {"d": {"e": {}}}}}}})")
        << int(ValidationError::Rule::ObjectNesting);
}

void TestTargetSession::invalidPatchChangesNothing()
{
    QFETCH(QByteArray, patch);
    QFETCH(int, rule);
    TargetStateStore store;
    const Target target = Target::event(eventId);
    const Feedback start = feedback(R"({"rating": true, "step": {"x": 1}})");
    store.apply(target, Channel::EndUser, start);
    ValidationErrors errors;
    const auto entry = store.apply(target, Channel::EndUser, feedback(patch.constData()), &errors);
    QCOMPARE(entry.version, quint64(0));
    QVERIFY(entry.state.isEmpty());
    QVERIFY(!errors.isEmpty());
    QCOMPARE(int(errors.first().rule), rule);
    QCOMPARE(store.state(target, Channel::EndUser), start);
    QCOMPARE(store.version(target, Channel::EndUser), quint64(1));
    // A later valid patch still applies on top of the untouched state.
    QCOMPARE(store.apply(target, Channel::EndUser, feedback(R"({"score": 1})"), &errors).version,
             quint64(2));
    QVERIFY(errors.isEmpty());
}

void TestTargetSession::firstInvalidPatchLeavesNoEntry()
{
    TargetStateStore store;
    ValidationErrors errors;
    store.apply(Target::event(eventId), Channel::EndUser, feedback(R"({"": 1})"), &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(store.size(), 0);
    // Even a state restored at version 0 survives a refused patch.
    store.restore(Target::event(eventId), Channel::EndUser, feedback(R"({"rating": true})"), 0);
    store.apply(Target::event(eventId), Channel::EndUser, feedback(R"({"": 1})"));
    QCOMPARE(store.size(), 1);
    QCOMPARE(store.state(Target::event(eventId), Channel::EndUser),
             feedback(R"({"rating": true})"));
}

void TestTargetSession::invalidTargetIsRefused()
{
    TargetStateStore store;
    ValidationErrors errors;
    const auto entry
        = store.apply(Target(), Channel::EndUser, feedback(R"({"rating": true})"), &errors);
    QCOMPARE(entry.version, quint64(0));
    QCOMPARE(store.size(), 0);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().rule, ValidationError::Rule::InvalidTarget);
    store.restore(Target(), Channel::EndUser, feedback(R"({"rating": true})"), 3);
    QCOMPARE(store.size(), 0);
}

void TestTargetSession::emptyPatchIsAnEmptyChange()
{
    TargetStateStore store;
    const Target target = Target::event(eventId);
    store.apply(target, Channel::EndUser, feedback(R"({"rating": true})"));
    ValidationErrors errors;
    // Still a new version: the client resends the whole state, which is harmless.
    const auto entry = store.apply(target, Channel::EndUser, Feedback(), &errors);
    QCOMPARE(entry.version, quint64(2));
    QVERIFY(errors.isEmpty());
    QCOMPARE(entry.state, feedback(R"({"rating": true})"));
}

void TestTargetSession::restoreAndClear()
{
    TargetStateStore store;
    const Target target = Target::event(eventId);
    store.restore(target, Channel::Expert, feedback(R"({"accuracy": 1})"), 41);
    QCOMPARE(store.version(target, Channel::Expert), quint64(41));
    const auto entry = store.apply(target, Channel::Expert, feedback(R"({"notes": "ok"})"));
    QCOMPARE(entry.version, quint64(42));
    QCOMPARE(entry.state, feedback(R"({"accuracy": 1, "notes": "ok"})"));
    store.clear();
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.version(target, Channel::Expert), quint64(0));
}

QTEST_GUILESS_MAIN(TestTargetSession)
#include "tst_target_session.moc"
