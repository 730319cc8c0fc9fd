// Hooks bound to a real Client: patches go through Client::enrich into the durable outbox (a
// temporary folder; no API key, so delivery stays paused and no server is needed), counts and
// edit lists continue the target's stored state, refusals are reported.

#include "hooktesthelpers.h"
#include "responsewidgets.h"

#include <FeedbackKit/Client>
#include <FeedbackKit/CopyHook>
#include <FeedbackKit/EditHook>
#include <FeedbackKit/RegenerateHook>

#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace FeedbackKit;
using namespace HookTest;

namespace {
const QString response = QStringLiteral("Paris is the capital of France.");

Feedback feedback(const char *text)
{
    return Feedback(QJsonDocument::fromJson(QByteArray(text)).object());
}
} // namespace

class TestHooksClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_client.reset(); }

    void copyCountContinuesStoredState();
    void regenerateRecordsOnReplacedTarget();
    void editsContinueStoredList();
    void shortEditClearsStoredFlags();
    void countSurvivesClientRestart();
    void refusedPatchIsReported();
    void clientDestroyedWhileBound();

private:
    std::unique_ptr<Client> makeClient() const
    {
        ClientConfig config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.apiKey.clear(); // delivery pauses: nothing leaves the process
        config.outboxPath = m_dir->filePath(QStringLiteral("outbox.sqlite"));
        return std::make_unique<Client>(config);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Client> m_client;
};

void TestHooksClient::init()
{
    resetRegistry();
    QGuiApplication::clipboard()->clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_client = makeClient();
}

void TestHooksClient::copyCountContinuesStoredState()
{
    const Target target = freshTarget();
    QVERIFY(m_client->enrich(target, feedback(R"({"rating": true,
                                                  "actions": {"copied": true, "copy_count": 4}})")));
    std::unique_ptr<QWidget> answer(makeResponse(Kind::TextBrowser, response));
    CopyHook *hook = CopyHook::attach(answer.get(), target, m_client.get());
    QVERIFY(hook->isBound());
    auto spy = recordSpy(hook);

    select(answer.get(), 0, 5);
    QTest::keyClick(answer.get(), Qt::Key_C, Qt::ControlModifier);

    QCOMPARE(patches(*spy),
             QList<QByteArray> { expected(R"({"actions": {"copied": true, "copy_count": 5,
                                             "copied_chars": 5, "copied_all": false}})") });
    QCOMPARE(json(m_client->state(target)),
             expected(R"({"rating": true, "actions": {"copied": true, "copy_count": 5,
                          "copied_chars": 5, "copied_all": false}})"));
}

void TestHooksClient::regenerateRecordsOnReplacedTarget()
{
    const Target target = freshTarget();
    QPushButton regenerate;
    RegenerateHook *hook = RegenerateHook::attach(&regenerate, target, m_client.get());
    QSignalSpy regeneratedSpy(hook, &RegenerateHook::regenerated);
    QSignalSpy acceptedSpy(m_client.get(), &Client::accepted);

    QTest::mouseClick(&regenerate, Qt::LeftButton);

    QCOMPARE(acceptedSpy.count(), 1);
    QCOMPARE(acceptedSpy.at(0).at(0).value<Target>(), target);
    QCOMPARE(json(m_client->state(target)),
             expected(R"({"actions": {"regenerated": true, "regenerate_count": 1}})"));
    const Target next = regeneratedSpy.at(0).at(1).value<Target>();
    QVERIFY(m_client->state(next).isEmpty()); // nothing recorded on the new response yet
    QCOMPARE(hook->target(), next);
}

void TestHooksClient::editsContinueStoredList()
{
    const Target target = freshTarget();
    QVERIFY(m_client->enrich(target, feedback(R"({"edits": [{"value": "earlier session"}]})")));
    QLineEdit editor(QStringLiteral("abcd"));
    EditHook *hook = EditHook::attach(&editor, target, m_client.get());

    editor.setText(QStringLiteral("abcx"));
    QVERIFY(hook->commit());

    QCOMPARE(json(m_client->state(target)),
             expected(R"({"actions": {"edited": true, "edit_distance_ratio": 0.25},
                          "edits": [{"value": "earlier session"}, {"value": "abcx"}]})"));
}

void TestHooksClient::shortEditClearsStoredFlags()
{
    // A hostile edit cut and only bounded, then a short exact one: the state describes the
    // newest edit, not the earlier one.
    const Target target = freshTarget();
    QPlainTextEdit editor(QString(3000, QLatin1Char('a')));
    EditHook *hook = EditHook::attach(&editor, target, m_client.get());
    editor.setPlainText(QString(100'000, QLatin1Char('b')));
    QVERIFY(hook->commit());
    QCOMPARE(m_client->state(target).value(u"actions.edit_truncated").toBool(), true);
    QCOMPARE(m_client->state(target).value(u"actions.edit_distance_exact").toBool(true), false);

    editor.setPlainText(QString(2999, QLatin1Char('a')) + QLatin1Char('c'));
    QVERIFY(hook->commit());

    const Feedback state = m_client->state(target);
    QCOMPARE(state.value(u"actions.edit_truncated"), QJsonValue(false));
    QCOMPARE(state.value(u"actions.edit_distance_exact"), QJsonValue(true));
    QCOMPARE(state.value(u"actions.edit_distance_ratio").toDouble(), 0.0003);
    QCOMPARE(state.edits().size(), 2);
}

void TestHooksClient::countSurvivesClientRestart()
{
    const Target target = freshTarget();
    {
        QPushButton regenerate;
        RegenerateHook *hook = RegenerateHook::attach(&regenerate, target, m_client.get());
        hook->setAdvanceTarget(false);
        QSignalSpy durableSpy(m_client.get(), &Client::durable);
        QTest::mouseClick(&regenerate, Qt::LeftButton);
        QTRY_VERIFY(!durableSpy.isEmpty());
    }
    m_client = makeClient(); // the application started again, on the same outbox
    QPushButton regenerate;
    RegenerateHook *hook = RegenerateHook::attach(&regenerate, target, m_client.get());
    auto spy = recordSpy(hook);

    QTest::mouseClick(&regenerate, Qt::LeftButton);

    QCOMPARE(patches(*spy), QList<QByteArray> { expected(R"({"actions": {"regenerated": true,
                                                         "regenerate_count": 2}})") });
    QCOMPARE(m_client->state(target).value(u"actions.regenerate_count").toInt(), 2);
}

void TestHooksClient::refusedPatchIsReported()
{
    const Target target = freshTarget();
    QPushButton regenerate;
    RegenerateHook *hook = RegenerateHook::attach(&regenerate, target, m_client.get());
    hook->setAdvanceTarget(false);
    hook->setFilter([](const Target &, const Feedback &patch) {
        Feedback invalid = patch;
        invalid.setValue(u"reason", QJsonValue(QString(Limits::maxStringBytes + 1, u'x')));
        return std::optional<Feedback>(invalid);
    });
    auto spy = recordSpy(hook);
    QSignalSpy failedSpy(hook, &AbstractHook::submitFailed);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused")));
    QTest::mouseClick(&regenerate, Qt::LeftButton);

    QCOMPARE(spy->count(), 0);
    QCOMPARE(failedSpy.count(), 1);
    QVERIFY(m_client->state(target).isEmpty());
    hook->setFilter({});
    QTest::mouseClick(&regenerate, Qt::LeftButton);
    QCOMPARE(m_client->state(target).value(u"actions.regenerate_count").toInt(), 1);
}

void TestHooksClient::clientDestroyedWhileBound()
{
    const Target target = freshTarget();
    QPushButton regenerate;
    RegenerateHook *hook = RegenerateHook::attach(&regenerate, target, m_client.get());
    hook->setAdvanceTarget(false);
    auto spy = recordSpy(hook);

    m_client.reset();
    QVERIFY(!hook->isBound());
    QTest::mouseClick(&regenerate, Qt::LeftButton); // emitted only, nothing to write to

    QCOMPARE(spy->count(), 1);
}

QTEST_MAIN(TestHooksClient)
#include "tst_hooksclient.moc"
