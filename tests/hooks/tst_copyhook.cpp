// CopyHook counting: running counts per target, one copy seen by two paths counted once,
// attribution of a clipboard change to the right hook.

#include "hooktesthelpers.h"
#include "responsewidgets.h"

#include <FeedbackKit/CopyHook>

#include <QAction>
#include <QMimeData>

using namespace FeedbackKit;
using namespace HookTest;

namespace {
const QString response = QStringLiteral("Paris is the capital of France.");
} // namespace

class TestCopyHook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        resetRegistry();
        QGuiApplication::clipboard()->clear();
    }

    void runningCountPerTarget();
    void countSharedByHooksOfOneTarget();
    void shortcutAndActionCountOnce();
    void twoClipboardChangesCountOnce();
    void twoHooksOneCopyCountOnce_data();
    void twoHooksOneCopyCountOnce();
    void unrelatedClipboardChangeIgnored();
    void shortcutWithoutSelectionIgnored();
};

void TestCopyHook::runningCountPerTarget()
{
    std::unique_ptr<QWidget> first(makeResponse(Kind::TextEdit, response));
    std::unique_ptr<QWidget> second(makeResponse(Kind::TextEdit, response));
    CopyHook *firstHook = CopyHook::attach(first.get(), freshTarget());
    CopyHook *secondHook = CopyHook::attach(second.get(), freshTarget());
    auto firstSpy = recordSpy(firstHook);
    auto secondSpy = recordSpy(secondHook);

    select(first.get(), 0, 5);
    QTest::keyClick(first.get(), Qt::Key_C, Qt::ControlModifier);
    select(first.get(), 0, -1);
    QTest::keyClick(first.get(), Qt::Key_C, Qt::ControlModifier);
    select(second.get(), 0, 5);
    QTest::keyClick(second.get(), Qt::Key_C, Qt::ControlModifier);

    QCOMPARE(patches(*firstSpy),
             (QList<QByteArray> { copyPatch(1, 5, false), copyPatch(2, 31, true) }));
    QCOMPARE(patches(*secondSpy), QList<QByteArray> { copyPatch(1, 5, false) });
}

void TestCopyHook::countSharedByHooksOfOneTarget()
{
    // One line per source: the text view and the Copy button of the same response.
    std::unique_ptr<QWidget> answer(makeResponse(Kind::TextBrowser, response));
    QAction copyAll(QStringLiteral("Copy"));
    connect(&copyAll, &QAction::triggered, [] { QGuiApplication::clipboard()->setText(response); });
    const Target target = freshTarget();
    CopyHook *viewHook = CopyHook::attach(answer.get(), target);
    CopyHook *actionHook = CopyHook::attach(&copyAll, target);
    actionHook->setResponseText(response);
    auto viewSpy = recordSpy(viewHook);
    auto actionSpy = recordSpy(actionHook);

    select(answer.get(), 0, 5);
    QTest::keyClick(answer.get(), Qt::Key_C, Qt::ControlModifier);
    copyAll.trigger();

    // The action hook learns of the click after the app's slot changed the clipboard, and
    // takes that change; either way it is the target's second copy.
    QCOMPARE(patches(*viewSpy) + patches(*actionSpy),
             (QList<QByteArray> { copyPatch(1, 5, false), copyPatch(2, 31, true) }));
}

void TestCopyHook::shortcutAndActionCountOnce()
{
    // The application's Copy action carries Ctrl+C and copies the selection: the key event,
    // the action and the clipboard change all see the same copy.
    std::unique_ptr<QWidget> answer(makeResponse(Kind::TextEdit, response));
    auto *edit = static_cast<QTextEdit *>(answer.get());
    QAction copy(QStringLiteral("Copy"));
    copy.setShortcut(QKeySequence::Copy);
    connect(&copy, &QAction::triggered, edit, &QTextEdit::copy);
    CopyHook *hook = CopyHook::attach(answer.get(), freshTarget());
    QVERIFY(hook->addSource(&copy));
    auto spy = recordSpy(hook);

    select(answer.get(), 0, 5);
    QTest::keyClick(answer.get(), Qt::Key_C, Qt::ControlModifier); // the widget copies
    copy.trigger(); // and the action copies the same text again right away

    QCOMPARE(patches(*spy), QList<QByteArray> { copyPatch(1, 5, false) });
}

void TestCopyHook::twoClipboardChangesCountOnce()
{
    // A Copy handler that puts the same text on the clipboard twice (plain, then rich).
    std::unique_ptr<QWidget> answer(makeResponse(Kind::PlainTextEdit, response));
    QAction copy(QStringLiteral("Copy"));
    connect(&copy, &QAction::triggered, [] {
        QGuiApplication::clipboard()->setText(response);
        auto *mime = new QMimeData;
        mime->setText(response);
        mime->setHtml(QStringLiteral("<p>%1</p>").arg(response));
        QGuiApplication::clipboard()->setMimeData(mime);
    });
    CopyHook *hook = CopyHook::attach(answer.get(), freshTarget());
    hook->addSource(&copy);
    auto spy = recordSpy(hook);

    copy.trigger();

    QCOMPARE(patches(*spy), QList<QByteArray> { copyPatch(1, 31, true) });
}

void TestCopyHook::twoHooksOneCopyCountOnce_data()
{
    QTest::addColumn<bool>("hookFirst");
    QTest::newRow("action hook before the app's slot") << true;
    QTest::newRow("action hook after the app's slot") << false;
}

void TestCopyHook::twoHooksOneCopyCountOnce()
{
    // Two hooks for one response (view and action attached separately): the action's copy is
    // counted once, whichever hook claims it, and the action hook does not add a second
    // record for "an action that put nothing on the clipboard" later.
    QFETCH(bool, hookFirst);
    std::unique_ptr<QWidget> answer(makeResponse(Kind::TextEdit, response));
    auto *edit = static_cast<QTextEdit *>(answer.get());
    QAction copy(QStringLiteral("Copy"));
    const Target target = freshTarget();
    CopyHook *viewHook = CopyHook::attach(answer.get(), target);
    CopyHook *actionHook = hookFirst ? CopyHook::attach(&copy, target) : nullptr;
    connect(&copy, &QAction::triggered, edit, &QTextEdit::copy);
    if (!hookFirst)
        actionHook = CopyHook::attach(&copy, target);
    actionHook->setCorrelationWindow(50);
    actionHook->setResponseText(response); // it has no text widget to read it from
    auto viewSpy = recordSpy(viewHook);
    auto actionSpy = recordSpy(actionHook);

    select(answer.get(), 0, -1);
    copy.trigger();

    QCOMPARE(patches(*viewSpy) + patches(*actionSpy), QList<QByteArray> { copyPatch(1, 31, true) });
    QVERIFY(!actionSpy->wait(200)); // well past the window: no late second record
    QCOMPARE(viewSpy->count() + actionSpy->count(), 1);
}

void TestCopyHook::unrelatedClipboardChangeIgnored()
{
    std::unique_ptr<QWidget> answer(makeResponse(Kind::TextEdit, response));
    CopyHook *hook = CopyHook::attach(answer.get(), freshTarget());
    auto spy = recordSpy(hook);
    select(answer.get(), 0, 5);

    QGuiApplication::clipboard()->setText(QStringLiteral("something else entirely"));
    QGuiApplication::clipboard()->clear();

    QCOMPARE(spy->count(), 0);
}

void TestCopyHook::shortcutWithoutSelectionIgnored()
{
    std::unique_ptr<QWidget> answer(makeResponse(Kind::TextEdit, response));
    CopyHook *hook = CopyHook::attach(answer.get(), freshTarget());
    auto spy = recordSpy(hook);

    QTest::keyClick(answer.get(), Qt::Key_C, Qt::ControlModifier); // nothing selected

    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
    QCOMPARE(spy->count(), 0);
}

QTEST_MAIN(TestCopyHook)
#include "tst_copyhook.moc"
