// EditHook patches: the ratio against the original, the bounded edits list, ground truth,
// hostile 1 MB texts (truncated values, bounded distance), property setters.

#include "hooktesthelpers.h"

#include <FeedbackKit/EditHook>

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace FeedbackKit;
using namespace HookTest;

class TestEditHookPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { resetRegistry(); }

    void ratioIsAgainstTheOriginal();
    void editsListIsBounded();
    void groundTruth();
    void hostileMegabyteText();
    void laterShortEditClearsTheFlags();
    void properties();
};

namespace {
const QString original = QStringLiteral("The answer is 42");
} // namespace

void TestEditHookPatch::ratioIsAgainstTheOriginal()
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

void TestEditHookPatch::editsListIsBounded()
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

    QCOMPARE(valueAt(*spy, 4, u"edits"),
             QByteArray(R"([[{"value":"three"},{"value":"four"},{"value":"five"}]])"));
}

void TestEditHookPatch::groundTruth()
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

void TestEditHookPatch::hostileMegabyteText()
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

void TestEditHookPatch::laterShortEditClearsTheFlags()
{
    // Unbound, the application merges the patches itself: the short edit's patch states what
    // the long one raised, once; a later patch has nothing to correct.
    QPlainTextEdit editor(QString(3000, QLatin1Char('a')));
    EditHook *hook = EditHook::attach(&editor, freshTarget());
    auto spy = recordSpy(hook);
    editor.setPlainText(QString(100'000, QLatin1Char('b')));
    QVERIFY(hook->commit());
    editor.setPlainText(QString(2999, QLatin1Char('a')) + QLatin1Char('c'));
    QVERIFY(hook->commit());
    editor.setPlainText(QString(2999, QLatin1Char('a')) + QLatin1Char('d'));
    QVERIFY(hook->commit());

    QCOMPARE(valueAt(*spy, 1, u"actions.edit_truncated"), QByteArray("[false]"));
    QCOMPARE(valueAt(*spy, 1, u"actions.edit_distance_exact"), QByteArray("[true]"));
    const auto third = spy->at(2).at(1).value<Feedback>();
    QVERIFY(!third.contains(u"actions.edit_truncated"));
    QVERIFY(!third.contains(u"actions.edit_distance_exact"));
    Feedback merged;
    for (const QList<QVariant> &arguments : *spy)
        merged.merge(arguments.at(1).value<Feedback>());
    QCOMPARE(merged.value(u"actions.edit_truncated"), QJsonValue(false));
    QCOMPARE(merged.value(u"actions.edit_distance_exact"), QJsonValue(true));
    QCOMPARE(merged.value(u"actions.edited").toBool(), true);
}

void TestEditHookPatch::properties()
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

QTEST_MAIN(TestEditHookPatch)
#include "tst_edithookpatch.moc"
