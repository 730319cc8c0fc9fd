// Every way a copy is made, on every kind of response widget, and the exact patch recorded.

#include "hooktesthelpers.h"
#include "responsewidgets.h"

#include <FeedbackKit/CopyHook>

#include <QAction>
#include <QPushButton>

using namespace FeedbackKit;
using namespace HookTest;

namespace {
const QString response = QStringLiteral("The capital of France is Paris.");
const char *const copiedPart
    = R"({"actions": {"copied": true, "copy_count": 1, "copied_chars": 3, "copied_all": false}})";
const char *const copiedAll
    = R"({"actions": {"copied": true, "copy_count": 1, "copied_chars": 31, "copied_all": true}})";
} // namespace

class TestCopyHookPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        resetRegistry();
        QGuiApplication::clipboard()->clear();
    }

    void shortcut_data();
    void shortcut();
    void contextMenu_data();
    void contextMenu();
    void copySlot_data();
    void copySlot();
    void copyAction_data();
    void copyAction();
    void copyButton();
    void actionWithoutClipboard();
};

void TestCopyHookPaths::shortcut_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QKeyCombination>("key");
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("patch");
    const QList<std::pair<const char *, Kind>> kinds = {
        { "QTextEdit", Kind::TextEdit },
        { "QTextBrowser", Kind::TextBrowser },
        { "QPlainTextEdit", Kind::PlainTextEdit },
        { "QLineEdit", Kind::LineEdit },
        { "QLabel", Kind::Label },
    };
    for (const auto &[name, kind] : kinds) {
        QTest::addRow("%s Ctrl+C part", name)
            << kind << QKeyCombination(Qt::ControlModifier, Qt::Key_C) << 3 << expected(copiedPart);
        QTest::addRow("%s Ctrl+C all", name)
            << kind << QKeyCombination(Qt::ControlModifier, Qt::Key_C) << -1 << expected(copiedAll);
        QTest::addRow("%s Ctrl+Insert all", name)
            << kind << QKeyCombination(Qt::ControlModifier, Qt::Key_Insert) << -1
            << expected(copiedAll);
    }
}

void TestCopyHookPaths::shortcut()
{
    QFETCH(Kind, kind);
    QFETCH(QKeyCombination, key);
    QFETCH(int, length);
    QFETCH(QByteArray, patch);
    std::unique_ptr<QWidget> widget(makeResponse(kind, response));
    widget->show();
    CopyHook *hook = CopyHook::attach(widget.get(), freshTarget());
    QVERIFY(hook);
    auto spy = recordSpy(hook);

    select(widget.get(), 0, length);
    QTest::keyClick(widget.get(), key.key(), key.keyboardModifiers());

    QCOMPARE(QGuiApplication::clipboard()->text(), length < 0 ? response : response.left(3));
    QCOMPARE(patches(*spy), QList<QByteArray> { patch });
    QCOMPARE(targets(*spy), QList<Target> { hook->target() });
}

void TestCopyHookPaths::contextMenu_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("patch");
    QTest::newRow("QTextEdit part") << Kind::TextEdit << 3 << expected(copiedPart);
    QTest::newRow("QTextBrowser all") << Kind::TextBrowser << -1 << expected(copiedAll);
    QTest::newRow("QPlainTextEdit all") << Kind::PlainTextEdit << -1 << expected(copiedAll);
    QTest::newRow("QLineEdit part") << Kind::LineEdit << 3 << expected(copiedPart);
}

void TestCopyHookPaths::contextMenu()
{
    QFETCH(Kind, kind);
    QFETCH(int, length);
    QFETCH(QByteArray, patch);
    // Two widgets holding the same selected text: only the armed one may claim the copy, and
    // the decoy's hook is registered first, so a mere text match would go to it.
    std::unique_ptr<QWidget> decoy(makeResponse(kind, response));
    std::unique_ptr<QWidget> widget(makeResponse(kind, response));
    CopyHook *decoyHook = CopyHook::attach(decoy.get(), freshTarget());
    CopyHook *hook = CopyHook::attach(widget.get(), freshTarget());
    auto decoySpy = recordSpy(decoyHook);
    auto spy = recordSpy(hook);
    select(decoy.get(), 0, length);
    select(widget.get(), 0, length);
    widget->show();

    QMenu *menu = openContextMenu(menuReceiver(widget.get()));
    QVERIFY(menu);
    QAction *copy = copyEntry(menu);
    QVERIFY(copy);
    copy->trigger();
    menu->close();

    QCOMPARE(QGuiApplication::clipboard()->text(), length < 0 ? response : response.left(3));
    QCOMPARE(patches(*spy), QList<QByteArray> { patch });
    QCOMPARE(decoySpy->count(), 0);
}

void TestCopyHookPaths::copySlot_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("QTextEdit") << Kind::TextEdit;
    QTest::newRow("QPlainTextEdit") << Kind::PlainTextEdit;
    QTest::newRow("QLineEdit") << Kind::LineEdit;
}

void TestCopyHookPaths::copySlot()
{
    QFETCH(Kind, kind);
    std::unique_ptr<QWidget> widget(makeResponse(kind, response));
    CopyHook *hook = CopyHook::attach(widget.get(), freshTarget());
    auto spy = recordSpy(hook);
    select(widget.get(), 0, 3);

    // The application's own button calls the widget's copy() slot: no key, no menu.
    QVERIFY(QMetaObject::invokeMethod(widget.get(), "copy"));

    QCOMPARE(QGuiApplication::clipboard()->text(), response.left(3));
    QCOMPARE(patches(*spy), QList<QByteArray> { expected(copiedPart) });
}

void TestCopyHookPaths::copyAction_data()
{
    QTest::addColumn<bool>("hookFirst");
    QTest::newRow("hook attached before the app's slot") << true;
    QTest::newRow("hook attached after the app's slot") << false;
}

void TestCopyHookPaths::copyAction()
{
    QFETCH(bool, hookFirst);
    QAction copy(QStringLiteral("Copy"));
    const Target target = freshTarget();
    const auto copyResponse = [] { QGuiApplication::clipboard()->setText(response); };
    CopyHook *hook = nullptr;
    if (hookFirst)
        hook = CopyHook::attach(&copy, target);
    QObject::connect(&copy, &QAction::triggered, copyResponse);
    if (!hookFirst)
        hook = CopyHook::attach(&copy, target);
    hook->setResponseText(response); // no text widget among the sources: tell the hook
    auto spy = recordSpy(hook);

    copy.trigger();

    QCOMPARE(patches(*spy), QList<QByteArray> { expected(copiedAll) });
}

void TestCopyHookPaths::copyButton()
{
    QWidget window;
    auto *answer = makeResponse(Kind::TextBrowser, response, &window);
    auto *button = new QPushButton(QStringLiteral("Copy"), &window);
    button->move(0, 120);
    window.show();
    const Target target = freshTarget();
    connect(button, &QPushButton::clicked, answer, [answer] {
        select(answer, 0, 3);
        static_cast<QTextBrowser *>(answer)->copy();
    });
    CopyHook *hook = CopyHook::attach(button, target);
    QVERIFY(hook->addSource(answer)); // one hook, two sources: it knows the whole response
    auto spy = recordSpy(hook);

    QTest::mouseClick(button, Qt::LeftButton);

    QCOMPARE(patches(*spy), QList<QByteArray> { expected(copiedPart) });
}

void TestCopyHookPaths::actionWithoutClipboard()
{
    // An application action that copies in a format without text (or not at all) still is
    // a copy; what was copied is unknown, so only the fact and the count are recorded.
    QAction copy(QStringLiteral("Copy as image"));
    CopyHook *hook = CopyHook::attach(&copy, freshTarget());
    hook->setCorrelationWindow(50);
    auto spy = recordSpy(hook);

    copy.trigger();

    QTRY_COMPARE(spy->count(), 1);
    QCOMPARE(patches(*spy).first(), expected(R"({"actions": {"copied": true, "copy_count": 1}})"));
}

QTEST_MAIN(TestCopyHookPaths)
#include "tst_copyhookpaths.moc"
