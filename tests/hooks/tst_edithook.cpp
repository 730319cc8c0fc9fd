// EditHook: what commits an edit (focus out, save, quiet period, deleteLater, the editor or the
// hook deleted) and what does not (the context menu, an unchanged text), with the exact patch.

#include "hooktesthelpers.h"
#include "responsewidgets.h"

#include <FeedbackKit/EditHook>

#include <QPointer>
#include <QVBoxLayout>

using namespace FeedbackKit;
using namespace HookTest;

namespace {
const QString original = QStringLiteral("The answer is 42");

/*! A window with the editable response and another focusable widget to move the focus to. */
struct EditWindow
{
    QWidget window;
    QTextEdit *editor = new QTextEdit;
    QLineEdit *elsewhere = new QLineEdit;

    EditWindow()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(editor);
        layout->addWidget(elsewhere);
        editor->setPlainText(original);
    }
    bool showActive()
    {
        window.show();
        QApplication::setActiveWindow(&window);
        return QTest::qWaitForWindowActive(&window);
    }
    /*! Replaces the text the way a user does: focus, select all, type. */
    void type(const QString &text)
    {
        editor->setFocus();
        editor->selectAll();
        QTest::keyClicks(editor, text);
    }
};

} // namespace

class TestEditHook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { resetRegistry(); }

    void focusOutCommits();
    void contextMenuDoesNotCommit();
    void saveSlotCommits();
    void quietPeriodCommits();
    void unchangedTextIsNotRecorded();
    void deleteLaterCommits();
    void deletedEditorCommitsWhatWasTyped();
    void deletedHookCommits();
    void badInput();
};

void TestEditHook::focusOutCommits()
{
    EditWindow w;
    QVERIFY(w.showActive());
    EditHook *hook = EditHook::attach(w.editor, freshTarget());
    QCOMPARE(hook->originalText(), original);
    auto spy = recordSpy(hook);

    w.type(QStringLiteral("The answer is 43"));
    QCOMPARE(spy->count(), 0); // typing alone commits nothing
    w.elsewhere->setFocus();

    QCOMPARE(patches(*spy), QList<QByteArray> { expected(R"({"actions": {"edited": true,
                                             "edit_distance_ratio": 0.0625},
                                             "edits": [{"value": "The answer is 43"}]})") });
}

void TestEditHook::contextMenuDoesNotCommit()
{
    EditWindow w;
    QVERIFY(w.showActive());
    EditHook *hook = EditHook::attach(w.editor, freshTarget());
    auto spy = recordSpy(hook);
    w.type(QStringLiteral("The answer is 43"));

    QMenu *menu = openContextMenu(w.editor->viewport()); // takes the focus as a popup
    QVERIFY(menu);
    menu->close();
    QCOMPARE(spy->count(), 0);

    w.elsewhere->setFocus();
    QCOMPARE(spy->count(), 1);
}

void TestEditHook::saveSlotCommits()
{
    QPlainTextEdit editor(original);
    EditHook *hook = EditHook::attach(&editor, freshTarget());
    auto spy = recordSpy(hook);

    editor.setPlainText(QStringLiteral("The answer is 4"));
    QVERIFY(hook->commit());

    QCOMPARE(patches(*spy), QList<QByteArray> { expected(R"({"actions": {"edited": true,
                                             "edit_distance_ratio": 0.0625},
                                             "edits": [{"value": "The answer is 4"}]})") });
}

void TestEditHook::quietPeriodCommits()
{
    EditWindow w;
    QVERIFY(w.showActive());
    EditHook *hook = EditHook::attach(w.editor, freshTarget());
    QSignalSpy quietSpy(hook, &EditHook::quietPeriodChanged);
    hook->setQuietPeriod(30);
    QCOMPARE(quietSpy.count(), 1);
    auto spy = recordSpy(hook);

    w.type(QStringLiteral("The answer is 43"));

    QTRY_COMPARE(spy->count(), 1); // the focus never left
    QVERIFY(w.editor->hasFocus());
    QCOMPARE(valueAt(*spy, 0, u"edits.0.value"), QByteArray(R"(["The answer is 43"])"));
}

void TestEditHook::unchangedTextIsNotRecorded()
{
    QLineEdit editor(original);
    EditHook *hook = EditHook::attach(&editor, freshTarget());
    auto spy = recordSpy(hook);

    QVERIFY(!hook->commit());
    editor.setText(QStringLiteral("changed"));
    QVERIFY(hook->commit());
    QVERIFY(!hook->commit()); // same as the last recorded text
    QCOMPARE(spy->count(), 1);
}

void TestEditHook::deleteLaterCommits()
{
    auto *editor = new QTextEdit;
    editor->setPlainText(original);
    EditHook *hook = EditHook::attach(editor, freshTarget());
    auto spy = recordSpy(hook);
    editor->setPlainText(QStringLiteral("edited just before the row went away"));

    QPointer<QTextEdit> guard(editor);
    editor->deleteLater();

    QTRY_VERIFY(!guard);
    QCOMPARE(spy->count(), 1);
    QCOMPARE(valueAt(*spy, 0, u"edits.0.value"),
             QByteArray(R"(["edited just before the row went away"])"));
}

void TestEditHook::deletedEditorCommitsWhatWasTyped()
{
    EditWindow w;
    QVERIFY(w.showActive());
    EditHook hook; // not a child of the editor: outlives it
    hook.setTarget(freshTarget());
    QVERIFY(hook.addSource(w.editor));
    auto spy = recordSpy(&hook);
    const QString typed
        = QStringLiteral("typed, then the editor is deleted while it has the focus");
    w.type(typed);

    delete w.editor; // the focus-out it causes comes when the text can no longer be read

    QCOMPARE(spy->count(), 1);
    QCOMPARE(valueAt(*spy, 0, u"edits.0.value"), QByteArray("[\"" + typed.toUtf8() + "\"]"));
    QVERIFY(hook.sources().isEmpty());
    QVERIFY(!hook.commit()); // recorded once
    QCOMPARE(spy->count(), 1);
}

void TestEditHook::deletedHookCommits()
{
    EditWindow w;
    QVERIFY(w.showActive());
    auto *hook = EditHook::attach(w.editor, freshTarget());
    auto spy = recordSpy(hook);
    w.type(QStringLiteral("typed, then the hook is deleted"));

    delete hook;

    QCOMPARE(spy->count(), 1);
    QCOMPARE(valueAt(*spy, 0, u"edits.0.value"),
             QByteArray(R"(["typed, then the hook is deleted"])"));
}

void TestEditHook::badInput()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("null source")));
    QCOMPARE(EditHook::attach(nullptr, freshTarget()), nullptr);
    QLabel label(original);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot watch")));
    QCOMPARE(EditHook::attach(&label, freshTarget()), nullptr);

    QLineEdit first(original);
    QLineEdit second(original);
    EditHook *hook = EditHook::attach(&first, freshTarget());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("one editor")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot watch")));
    QVERIFY(!hook->addSource(&second));

    EditHook noSource;
    QVERIFY(!noSource.commit());
}

QTEST_MAIN(TestEditHook)
#include "tst_edithook.moc"
