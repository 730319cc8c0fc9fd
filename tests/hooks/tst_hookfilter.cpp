// The privacy controls shared by every hook: filters that drop, rename or redact a signal,
// and pausing (one hook, or all of them through the registry).

#include "hooktesthelpers.h"
#include "responsewidgets.h"

#include <FeedbackKit/CopyHook>
#include <FeedbackKit/EditHook>
#include <FeedbackKit/RegenerateHook>

#include <QPushButton>

using namespace FeedbackKit;
using namespace HookTest;

namespace {
const QString response = QStringLiteral("A short answer.");

// Copies the whole response through \a widget's keyboard shortcut.
void copyAll(QWidget *widget)
{
    select(widget, 0, -1);
    QTest::keyClick(widget, Qt::Key_C, Qt::ControlModifier);
}
} // namespace

class TestHookFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        resetRegistry();
        QGuiApplication::clipboard()->clear();
    }
    void cleanup() { resetRegistry(); }

    void globalFilterDrops();
    void hookFilterRenames();
    void globalFilterRedactsEdits();
    void filtersRunHookFirstThenGlobal();
    void filterSeesTheTarget();
    void pauseOneHook();
    void pauseAllHooks();
    void pausedRegenerateStillHandsOutTarget();
};

void TestHookFilter::globalFilterDrops()
{
    QSignalSpy filterSpy(HookRegistry::instance(), &HookRegistry::filterChanged);
    HookRegistry::instance()->setFilter(
        [](const Target &, const Feedback &) -> std::optional<Feedback> { return std::nullopt; });
    QCOMPARE(filterSpy.count(), 1);
    QVERIFY(HookRegistry::instance()->hasFilter());
    std::unique_ptr<QWidget> answer(makeResponse(Kind::TextEdit, response));
    CopyHook *hook = CopyHook::attach(answer.get(), freshTarget());
    auto spy = recordSpy(hook);

    copyAll(answer.get());
    QCOMPARE(spy->count(), 0);

    // A dropped copy is not counted: the next one recorded is the first.
    HookRegistry::instance()->setFilter({});
    QCOMPARE(filterSpy.count(), 2);
    select(answer.get(), 0, 7);
    QTest::keyClick(answer.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(patches(*spy),
             QList<QByteArray> { expected(R"({"actions": {"copied": true, "copy_count": 1,
                                             "copied_chars": 7, "copied_all": false}})") });
}

void TestHookFilter::hookFilterRenames()
{
    QPushButton regenerate;
    RegenerateHook *hook = RegenerateHook::attach(&regenerate, freshTarget());
    hook->setFilter([](const Target &, const Feedback &patch) -> std::optional<Feedback> {
        Feedback renamed;
        renamed.setValue(u"retry", patch.value(u"actions.regenerated"));
        return renamed;
    });
    QVERIFY(hook->hasFilter());
    auto spy = recordSpy(hook);

    QTest::mouseClick(&regenerate, Qt::LeftButton);

    QCOMPARE(patches(*spy), QList<QByteArray> { expected(R"({"retry": true})") });
}

void TestHookFilter::globalFilterRedactsEdits()
{
    HookRegistry::instance()->setFilter([](const Target &, const Feedback &patch) {
        Feedback redacted = patch;
        QStringList values = patch.edits();
        for (QString &value : values)
            value = QStringLiteral("[redacted]");
        if (!values.isEmpty())
            redacted.setEdits(values);
        redacted.remove(u"ground_truth");
        return std::optional<Feedback>(redacted);
    });
    QLineEdit editor(QStringLiteral("my card is 1234"));
    EditHook *hook = EditHook::attach(&editor, freshTarget());
    hook->setRecordGroundTruth(true);
    auto spy = recordSpy(hook);

    editor.setText(QStringLiteral("my card is 5678"));
    QVERIFY(hook->commit());

    QCOMPARE(patches(*spy), QList<QByteArray> { expected(R"({"actions": {"edited": true,
                                             "edit_distance_ratio": 0.2667},
                                             "edits": [{"value": "[redacted]"}]})") });
}

void TestHookFilter::filtersRunHookFirstThenGlobal()
{
    QStringList order;
    HookRegistry::instance()->setFilter([&order](const Target &, const Feedback &patch) {
        order << QStringLiteral("global:") + QString::fromUtf8(patch.toJson());
        return std::optional<Feedback>(patch);
    });
    QPushButton regenerate;
    RegenerateHook *hook = RegenerateHook::attach(&regenerate, freshTarget());
    hook->setFilter([&order](const Target &, const Feedback &) {
        order << QStringLiteral("hook");
        Feedback replaced;
        replaced.setValue(u"step", 1);
        return std::optional<Feedback>(replaced);
    });

    hook->requestRegeneration();

    QCOMPARE(order,
             (QStringList { QStringLiteral("hook"), QStringLiteral("global:{\"step\":1}") }));
}

void TestHookFilter::filterSeesTheTarget()
{
    const Target target = freshTarget();
    Target seen;
    HookRegistry::instance()->setFilter([&seen](const Target &target, const Feedback &patch) {
        seen = target;
        return std::optional<Feedback>(patch);
    });
    QPushButton regenerate;
    RegenerateHook::attach(&regenerate, target)->requestRegeneration();
    QCOMPARE(seen, target); // the replaced response's target, not the new one
}

void TestHookFilter::pauseOneHook()
{
    std::unique_ptr<QWidget> answer(makeResponse(Kind::PlainTextEdit, response));
    CopyHook *hook = CopyHook::attach(answer.get(), freshTarget());
    QSignalSpy pausedSpy(hook, &AbstractHook::pausedChanged);
    auto spy = recordSpy(hook);

    hook->setPaused(true);
    hook->setPaused(true); // unchanged: no second signal
    QCOMPARE(pausedSpy.count(), 1);
    QVERIFY(!hook->isActive());
    copyAll(answer.get());
    QCOMPARE(spy->count(), 0);

    hook->setPaused(false);
    QGuiApplication::clipboard()->clear();
    copyAll(answer.get());
    QCOMPARE(spy->count(), 1);
    QVERIFY(patches(*spy).first().contains("\"copy_count\":1")); // the paused copy never counted
}

void TestHookFilter::pauseAllHooks()
{
    QSignalSpy pausedSpy(HookRegistry::instance(), &HookRegistry::pausedChanged);
    HookRegistry::instance()->setPaused(true);
    QCOMPARE(pausedSpy.count(), 1);
    std::unique_ptr<QWidget> answer(makeResponse(Kind::TextEdit, response));
    QLineEdit editor(response);
    CopyHook *copyHook = CopyHook::attach(answer.get(), freshTarget());
    EditHook *editHook = EditHook::attach(&editor, freshTarget());
    auto copySpy = recordSpy(copyHook);
    auto editSpy = recordSpy(editHook);

    copyAll(answer.get());
    editor.setText(QStringLiteral("changed"));
    QVERIFY(!editHook->commit());
    QCOMPARE(copySpy->count() + editSpy->count(), 0);

    HookRegistry::instance()->setPaused(false);
    QVERIFY(editHook->commit()); // the text is still different from the original
    QCOMPARE(editSpy->count(), 1);
}

void TestHookFilter::pausedRegenerateStillHandsOutTarget()
{
    QPushButton regenerate;
    const Target target = freshTarget();
    RegenerateHook *hook = RegenerateHook::attach(&regenerate, target);
    hook->setPaused(true);
    auto spy = recordSpy(hook);
    QSignalSpy regeneratedSpy(hook, &RegenerateHook::regenerated);

    QTest::mouseClick(&regenerate, Qt::LeftButton);

    QCOMPARE(spy->count(), 0);
    QCOMPARE(regeneratedSpy.count(), 1);
    QCOMPARE(regeneratedSpy.at(0).at(0).value<Target>(), target);
    QVERIFY(regeneratedSpy.at(0).at(1).value<Target>().isValid());
}

QTEST_MAIN(TestHookFilter)
#include "tst_hookfilter.moc"
