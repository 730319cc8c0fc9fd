// CopyHook with bad input: null and unsupported sources, invalid targets, widgets destroyed
// while hooked, a hostile 1 MB text, characters outside the BMP.

#include "hooktesthelpers.h"
#include "responsewidgets.h"

#include <FeedbackKit/CopyHook>

#include <QElapsedTimer>
#include <QPointer>

using namespace FeedbackKit;
using namespace HookTest;

namespace {
const QString response = QStringLiteral("Paris is the capital of France.");
} // namespace

class TestCopyHookInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        resetRegistry();
        QGuiApplication::clipboard()->clear();
    }

    void badInput();
    void widgetDestroyedWhileHooked();
    void attachedHookDiesWithWidget();
    void hostileMegabyteText();
    void charactersAreCodePoints();
};

void TestCopyHookInput::badInput()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("null source")));
    QCOMPARE(CopyHook::attach(nullptr, freshTarget()), nullptr);

    QObject notAWidget;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot watch")));
    QCOMPARE(CopyHook::attach(&notAWidget, freshTarget()), nullptr);
    QVERIFY(notAWidget.children().isEmpty()); // the refused hook was not left behind

    std::unique_ptr<QWidget> answer(makeResponse(Kind::TextEdit, response));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid target")));
    QCOMPARE(CopyHook::attach(answer.get(), Target()), nullptr);

    // A hook without a target observes nothing.
    CopyHook hook;
    QVERIFY(hook.addSource(answer.get()));
    QVERIFY(hook.addSource(answer.get())); // twice is harmless
    QCOMPARE(hook.sources().size(), 1);
    auto spy = recordSpy(&hook);
    select(answer.get(), 0, -1);
    QTest::keyClick(answer.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(spy->count(), 0);
}

void TestCopyHookInput::widgetDestroyedWhileHooked()
{
    CopyHook hook; // owned elsewhere than by the widget
    hook.setTarget(freshTarget());
    auto spy = recordSpy(&hook);
    auto *answer = makeResponse(Kind::TextEdit, response);
    QVERIFY(hook.addSource(answer));
    select(answer, 0, -1);

    delete answer;

    QVERIFY(hook.sources().isEmpty());
    QGuiApplication::clipboard()->setText(response); // no widget left to match it against
    QCOMPARE(spy->count(), 0);
}

void TestCopyHookInput::attachedHookDiesWithWidget()
{
    auto *answer = makeResponse(Kind::LineEdit, response);
    QPointer<CopyHook> hook = CopyHook::attach(answer, freshTarget());
    QVERIFY(hook);
    answer->setFocus();
    answer->deleteLater();
    QTRY_VERIFY(!hook);
    QGuiApplication::clipboard()->setText(response); // nobody left to claim it: no crash
}

void TestCopyHookInput::hostileMegabyteText()
{
    const QString huge = QString(1024 * 1024, QLatin1Char('x'));
    std::unique_ptr<QWidget> answer(makeResponse(Kind::PlainTextEdit, huge));
    CopyHook *hook = CopyHook::attach(answer.get(), freshTarget());
    auto spy = recordSpy(hook);
    select(answer.get(), 0, -1);

    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(answer.get(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY2(clock.elapsed() < 2000, "a 1 MB copy must not stall the UI");

    QCOMPARE(patches(*spy), QList<QByteArray> { copyPatch(1, 1024 * 1024, true) });
}

void TestCopyHookInput::charactersAreCodePoints()
{
    // "Ça 👍": the thumb is two UTF-16 units but one character.
    const QString text = QString::fromUtf8("\xC3\x87"
                                           "a \xF0\x9F\x91\x8D");
    std::unique_ptr<QWidget> answer(makeResponse(Kind::LineEdit, text));
    CopyHook *hook = CopyHook::attach(answer.get(), freshTarget());
    auto spy = recordSpy(hook);
    select(answer.get(), 0, -1);

    QTest::keyClick(answer.get(), Qt::Key_C, Qt::ControlModifier);

    QCOMPARE(patches(*spy), QList<QByteArray> { copyPatch(1, 4, true) });
}

QTEST_MAIN(TestCopyHookInput)
#include "tst_copyhookinput.moc"
