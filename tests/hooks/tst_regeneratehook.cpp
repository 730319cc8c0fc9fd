// RegenerateHook: the patch on the replaced response, the new target handed to the app, the
// running count, buttons and actions, bad input and destroyed sources.

#include "hooktesthelpers.h"

#include <FeedbackKit/RegenerateHook>

#include <QAction>
#include <QPointer>
#include <QPushButton>

using namespace FeedbackKit;
using namespace HookTest;

namespace {
QByteArray regeneratePatch(int count)
{
    return expected(QStringLiteral(R"({"actions": {"regenerated": true, "regenerate_count": %1}})")
                        .arg(count)
                        .toUtf8()
                        .constData());
}
} // namespace

class TestRegenerateHook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { resetRegistry(); }

    void buttonClick();
    void actionTrigger();
    void advancesToTheNewResponse();
    void countsOnOneTargetWithoutAdvancing();
    void sessionTarget();
    void badInput();
    void sourceDestroyed();
};

void TestRegenerateHook::buttonClick()
{
    QPushButton regenerate(QStringLiteral("Regenerate"));
    const Target target = freshTarget();
    RegenerateHook *hook = RegenerateHook::attach(&regenerate, target);
    QVERIFY(hook);
    auto spy = recordSpy(hook);
    QSignalSpy regeneratedSpy(hook, &RegenerateHook::regenerated);

    QTest::mouseClick(&regenerate, Qt::LeftButton);

    QCOMPARE(patches(*spy), QList<QByteArray> { regeneratePatch(1) });
    QCOMPARE(targets(*spy), QList<Target> { target });
    QCOMPARE(regeneratedSpy.count(), 1);
    const Target newTarget = regeneratedSpy.at(0).at(1).value<Target>();
    QCOMPARE(regeneratedSpy.at(0).at(0).value<Target>(), target);
    QVERIFY(newTarget.isValid());
    QCOMPARE(newTarget.kind(), Target::Kind::Event);
    QVERIFY(newTarget.eventId() != target.eventId());
    QCOMPARE(newTarget.sessionId(), target.sessionId());
}

void TestRegenerateHook::actionTrigger()
{
    QAction regenerate(QStringLiteral("Regenerate"));
    RegenerateHook *hook = RegenerateHook::attach(&regenerate, freshTarget());
    auto spy = recordSpy(hook);

    regenerate.trigger();

    QCOMPARE(patches(*spy), QList<QByteArray> { regeneratePatch(1) });
}

void TestRegenerateHook::advancesToTheNewResponse()
{
    QPushButton regenerate;
    const Target first = freshTarget();
    RegenerateHook *hook = RegenerateHook::attach(&regenerate, first);
    QVERIFY(hook->advanceTarget());
    QSignalSpy targetSpy(hook, &AbstractHook::targetChanged);
    QSignalSpy regeneratedSpy(hook, &RegenerateHook::regenerated);
    auto spy = recordSpy(hook);

    QTest::mouseClick(&regenerate, Qt::LeftButton);
    const Target second = regeneratedSpy.at(0).at(1).value<Target>();
    QCOMPARE(hook->target(), second);
    QCOMPARE(targetSpy.count(), 1);
    QTest::mouseClick(&regenerate, Qt::LeftButton);

    // Each response was regenerated once: the count is per target.
    QCOMPARE(targets(*spy), (QList<Target> { first, second }));
    QCOMPARE(patches(*spy), (QList<QByteArray> { regeneratePatch(1), regeneratePatch(1) }));
}

void TestRegenerateHook::countsOnOneTargetWithoutAdvancing()
{
    QPushButton regenerate;
    const Target target = freshTarget();
    RegenerateHook *hook = RegenerateHook::attach(&regenerate, target);
    QSignalSpy advanceSpy(hook, &RegenerateHook::advanceTargetChanged);
    hook->setAdvanceTarget(false);
    hook->setAdvanceTarget(false);
    QCOMPARE(advanceSpy.count(), 1);
    auto spy = recordSpy(hook);

    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(&regenerate, Qt::LeftButton);

    QCOMPARE(hook->target(), target);
    QCOMPARE(patches(*spy),
             (QList<QByteArray> { regeneratePatch(1), regeneratePatch(2), regeneratePatch(3) }));
}

void TestRegenerateHook::sessionTarget()
{
    // Feedback on a whole session: the next response is a new event of that session.
    const Target session = Target::session(generateId());
    RegenerateHook hook;
    hook.setTarget(session);
    QSignalSpy regeneratedSpy(&hook, &RegenerateHook::regenerated);
    hook.requestRegeneration();
    const Target next = regeneratedSpy.at(0).at(1).value<Target>();
    QCOMPARE(next.kind(), Target::Kind::Event);
    QCOMPARE(next.sessionId(), session.sessionId());
}

void TestRegenerateHook::badInput()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("null source")));
    QCOMPARE(RegenerateHook::attach(nullptr, freshTarget()), nullptr);
    QWidget notAButton;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot watch")));
    QCOMPARE(RegenerateHook::attach(&notAButton, freshTarget()), nullptr);
    QPushButton button;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid target")));
    QCOMPARE(RegenerateHook::attach(&button, Target()), nullptr);

    RegenerateHook hook; // no target: nothing recorded, no new target invented
    QSignalSpy regeneratedSpy(&hook, &RegenerateHook::regenerated);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no target")));
    hook.requestRegeneration();
    QCOMPARE(regeneratedSpy.count(), 0);
}

void TestRegenerateHook::sourceDestroyed()
{
    RegenerateHook hook;
    hook.setTarget(freshTarget());
    auto *button = new QPushButton;
    QVERIFY(hook.addSource(button));
    QCOMPARE(hook.sources(), QObjectList { button });
    delete button;
    QVERIFY(hook.sources().isEmpty());

    auto *action = new QAction;
    QPointer<RegenerateHook> attached = RegenerateHook::attach(action, freshTarget());
    delete action;
    QVERIFY(!attached); // a child of its source
}

QTEST_MAIN(TestRegenerateHook)
#include "tst_regeneratehook.moc"
