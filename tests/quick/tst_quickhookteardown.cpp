// A QML EditHook with an uncommitted edit, deleted with what it watches or with its engine:
// JavaScript owns the hook (created without a parent), so the engine deletes it last, after
// its contexts and singletons are gone. The edit is committed while the engine lives and
// dropped, without running the hook's filter, once it is going. Run under ASan to mean much.

#include "quickedithook.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QtTest>

using namespace FeedbackKit;

namespace {
const QByteArray scene = R"(
import QtQuick
import FeedbackKit
Item {
    id: root
    property var hooks: []
    TextEdit { id: editor; text: "Paris is in Germany." }
    Component {
        id: hookComponent
        EditHook {
            filter: patch => {
                patch.actions.filtered = true
                return patch
            }
        }
    }
    function watchWithJsOwnedHook() {
        const hook = hookComponent.createObject(null, {
            source: editor, target: Targets.event(Targets.newId(), Targets.newId()) })
        hooks.push(hook)
        return hook
    }
    function edit() { editor.insert(editor.length, " No.") }
}
)";

struct Scene
{
    std::unique_ptr<QQmlEngine> engine = std::make_unique<QQmlEngine>();
    std::unique_ptr<QObject> root;
    QPointer<QObject> hook;

    bool load()
    {
        engine->addImportPath(QStringLiteral(QUICK_IMPORT_DIR));
        QQmlComponent component(engine.get());
        component.setData(scene, QUrl(QStringLiteral("teardown.qml")));
        root.reset(component.create());
        if (!root) {
            qWarning() << component.errors();
            return false;
        }
        QVariant made;
        QMetaObject::invokeMethod(root.get(), "watchWithJsOwnedHook", Q_RETURN_ARG(QVariant, made));
        hook = made.value<QObject *>();
        return hook && QMetaObject::invokeMethod(root.get(), "edit");
    }
};
} // namespace

class TestQuickHookTeardown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceDestroyedWhileTheEngineLivesCommits();
    void engineDestroyedDropsTheEdit();
};

void TestQuickHookTeardown::sourceDestroyedWhileTheEngineLivesCommits()
{
    Scene s;
    QVERIFY(s.load());
    QSignalSpy recorded(qobject_cast<QuickEditHook *>(s.hook), &QuickHook::feedbackRecorded);
    s.root.reset(); // the editor goes; the hook (JavaScript's) stays
    QCOMPARE(recorded.count(), 1);
    const QVariantMap patch = recorded.at(0).at(0).toMap();
    QCOMPARE(patch.value(QStringLiteral("edits")).toList().size(), 1);
    QCOMPARE(patch.value(QStringLiteral("actions")).toMap().value(QStringLiteral("filtered")),
             QVariant(true));
    QVERIFY(s.hook);
}

void TestQuickHookTeardown::engineDestroyedDropsTheEdit()
{
    Scene s;
    QVERIFY(s.load());
    QSignalSpy recorded(qobject_cast<QuickEditHook *>(s.hook), &QuickHook::feedbackRecorded);
    const QPointer<QObject> root = s.root.release(); // JavaScript deletes it with the engine too
    QQmlEngine::setObjectOwnership(root, QQmlEngine::JavaScriptOwnership);
    s.engine.reset();
    QVERIFY2(!s.hook, "the engine deleted the hook");
    QCOMPARE(recorded.count(), 0);
    delete root;
}

QTEST_MAIN(TestQuickHookTeardown)
#include "tst_quickhookteardown.moc"
