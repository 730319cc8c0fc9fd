// EditHook: what commits an edit (focus out, save, quiet period, deleteLater), the exact
// patch, the bounded edits list, ground truth, unchanged texts, hostile sizes, bad input.

#include "hooktesthelpers.h"
#include "responsewidgets.h"

#include <FeedbackKit/EditHook>

#include <QElapsedTimer>
#include <QJsonArray>
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

QByteArray value(const QSignalSpy &spy, int index, QStringView path)
{
    const auto patch = spy.at(index).at(1).value<Feedback>();
    return QJsonDocument(QJsonArray { patch.value(path) }).toJson(QJsonDocument::Compact);
}
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
    void ratioIsAgainstTheOriginal();
    void editsListIsBounded();
    void groundTruth();
    void deleteLaterCommits();
    void destroyedWhileHookedRecordsNothing();
    void hostileMegabyteText();
    void badInput();
    void properties();
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
    QCOMPARE(value(*spy, 0, u"edits.0.value"), QByteArray(R"(["The answer is 43"])"));
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

void TestEditHook::ratioIsAgainstTheOriginal()
{
    QLineEdit editor(QStringLiteral("abcd"));
    EditHook *hook = EditHook::attach(&editor, freshTarget());
    auto spy = recordSpy(hook);

    editor.setText(QStringLiteral("abce"));
    QVERIFY(hook->commit());
    editor.setText(QStringLiteral("abzz"));
    QVERIFY(hook->commit());

    QCOMPARE(patches(*spy).last(),
             expected(R"({"actions": {"edited": true, "edit_distance_ratio": 0.5},
                          "edits": [{"value": "abce"}, {"value": "abzz"}]})"));
}

void TestEditHook::editsListIsBounded()
{
    QLineEdit editor(original);
    EditHook *hook = EditHook::attach(&editor, freshTarget());
    QSignalSpy maxSpy(hook, &EditHook::maxEditsChanged);
    hook->setMaxEdits(3);
    hook->setMaxEdits(3);
    QCOMPARE(maxSpy.count(), 1);
    auto spy = recordSpy(hook);

    for (const char *text : { "one", "two", "three", "four", "five" }) {
        editor.setText(QString::fromLatin1(text));
        QVERIFY(hook->commit());
    }

    QCOMPARE(value(*spy, 4, u"edits"),
             QByteArray(R"([[{"value":"three"},{"value":"four"},{"value":"five"}]])"));
}

void TestEditHook::groundTruth()
{
    QLineEdit editor(QStringLiteral("Capital: Lyon"));
    EditHook *hook = EditHook::attach(&editor, freshTarget());
    hook->setRecordGroundTruth(true);
    auto spy = recordSpy(hook);

    editor.setText(QStringLiteral("Capital: Paris"));
    QVERIFY(hook->commit());

    QCOMPARE(patches(*spy), QList<QByteArray> { expected(R"({"actions": {"edited": true,
                                             "edit_distance_ratio": 0.3571},
                                             "edits": [{"value": "Capital: Paris"}],
                                             "ground_truth": "Capital: Paris"})") });
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
    QCOMPARE(value(*spy, 0, u"edits.0.value"),
             QByteArray(R"(["edited just before the row went away"])"));
}

void TestEditHook::destroyedWhileHookedRecordsNothing()
{
    EditWindow w;
    QVERIFY(w.showActive());
    EditHook hook; // not a child of the editor: outlives it
    hook.setTarget(freshTarget());
    QVERIFY(hook.addSource(w.editor));
    auto spy = recordSpy(&hook);
    w.type(QStringLiteral("typed, then the editor is deleted while it has the focus"));

    delete w.editor; // the focus-out it causes comes when the text can no longer be read

    QCOMPARE(spy->count(), 0);
    QVERIFY(hook.sources().isEmpty());
    QVERIFY(!hook.commit());
}

void TestEditHook::hostileMegabyteText()
{
    const QString huge = QString(1024 * 1024, QLatin1Char('y'));
    QPlainTextEdit editor(huge);
    EditHook *hook = EditHook::attach(&editor, freshTarget());
    hook->setRecordGroundTruth(true);
    auto spy = recordSpy(hook);

    QElapsedTimer clock;
    clock.start();
    editor.setPlainText(huge + QLatin1Char('!'));
    QVERIFY(hook->commit());
    QString rewrite;
    for (int i = 0; i < huge.size(); ++i)
        rewrite.append(QChar(u'a' + i % 26));
    editor.setPlainText(rewrite);
    QVERIFY(hook->commit());
    QVERIFY2(clock.elapsed() < 5000, "huge edits must stay fast");

    const auto local = spy->at(0).at(1).value<Feedback>();
    QVERIFY(local.isValid()); // fits the size caps: a client will accept it
    QCOMPARE(local.value(u"actions.edit_distance_ratio").toDouble(), 0.0); // 1 in a million
    QCOMPARE(local.value(u"actions.edit_truncated").toBool(), true);
    QVERIFY(!local.contains(u"actions.edit_distance_exact"));
    QCOMPARE(local.value(u"edits.0.value").toString().toUtf8().size(), hook->maxValueBytes());
    const auto rewritten = spy->at(1).at(1).value<Feedback>();
    QVERIFY(rewritten.isValid());
    QCOMPARE(rewritten.value(u"actions.edit_distance_exact").toBool(true), false);
    QCOMPARE(rewritten.edits().size(), 2);
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

void TestEditHook::properties()
{
    QLineEdit editor(original);
    EditHook *hook = EditHook::attach(&editor, freshTarget());
    QSignalSpy originalSpy(hook, &EditHook::originalTextChanged);
    QSignalSpy groundSpy(hook, &EditHook::recordGroundTruthChanged);
    hook->setOriginalText(original); // unchanged
    hook->setOriginalText(QStringLiteral("streamed in later"));
    hook->setRecordGroundTruth(true);
    hook->setRecordGroundTruth(true);
    hook->setMaxEdits(0); // at least one
    QCOMPARE(originalSpy.count(), 1);
    QCOMPARE(groundSpy.count(), 1);
    QCOMPARE(hook->maxEdits(), 1);
    QVERIFY(hook->maxValueBytes() <= Limits::maxStringBytes);
}

QTEST_MAIN(TestEditHook)
#include "tst_edithook.moc"
