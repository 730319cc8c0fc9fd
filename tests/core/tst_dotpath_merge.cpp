// Dot paths ("step1.retry", "edits.0.value") and the patch merge that turns captures into a
// target's state: objects deep-merged, arrays and scalars replaced, null clears a key.

#include "testhelpers.h"

#include <FeedbackKit/Feedback>
#include <FeedbackKit/TargetStateStore>

#include <QJsonArray>
#include <QTest>

using namespace FeedbackKit;
using FeedbackKitTest::feedback;

namespace {
const char *const sample
    = R"({"rating": true, "comment": "hi", "step1": {"retry": false, "n": {"deep": 3}},
    "edits": [{"value": "first"}, {"value": "second"}], "reasons": ["a", "b"], "": {"x": 1},
    "01": "key not index", "matrix": [[1, 2], [3]]})";

QJsonValue jsonValue(const char *text)
{
    // Wrapped in an array so scalars parse too.
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}
} // namespace

class TestDotPathMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void value_data();
    void value();
    void setValue_data();
    void setValue();
    void setValueFailureChangesNothing_data();
    void setValueFailureChangesNothing();
    void remove_data();
    void remove();
    void merge_data();
    void merge();
    void mergedLeavesTheOriginal();
    void mergeIntoSharedCopyDetaches();
    void mergeIsIdempotent();
    void refusedMergeIsRolledBack_data();
    void refusedMergeIsRolledBack();
};

void TestDotPathMerge::split_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("segments");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one") << QStringLiteral("rating") << QStringList { QStringLiteral("rating") };
    QTest::newRow("two") << QStringLiteral("step1.retry")
                         << QStringList { QStringLiteral("step1"), QStringLiteral("retry") };
    QTest::newRow("index") << QStringLiteral("edits.0.value")
                           << QStringList { QStringLiteral("edits"), QStringLiteral("0"),
                                            QStringLiteral("value") };
    QTest::newRow("empty segments")
        << QStringLiteral("a..b")
        << QStringList { QStringLiteral("a"), QString(), QStringLiteral("b") };
    QTest::newRow("lone dot") << QStringLiteral(".") << QStringList { QString(), QString() };
}

void TestDotPathMerge::split()
{
    QFETCH(QString, path);
    QFETCH(QStringList, segments);
    QCOMPARE(splitDotPath(path), segments);
}

void TestDotPathMerge::value_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("top-level") << QStringLiteral("rating") << QJsonValue(true);
    QTest::newRow("nested") << QStringLiteral("step1.retry") << QJsonValue(false);
    QTest::newRow("deeper") << QStringLiteral("step1.n.deep") << QJsonValue(3);
    QTest::newRow("object") << QStringLiteral("step1.n") << jsonValue(R"({"deep": 3})");
    QTest::newRow("array element field")
        << QStringLiteral("edits.0.value") << QJsonValue(QStringLiteral("first"));
    QTest::newRow("second element")
        << QStringLiteral("edits.1.value") << QJsonValue(QStringLiteral("second"));
    QTest::newRow("array element")
        << QStringLiteral("reasons.1") << QJsonValue(QStringLiteral("b"));
    QTest::newRow("nested arrays") << QStringLiteral("matrix.0.1") << QJsonValue(2);
    QTest::newRow("whole array") << QStringLiteral("reasons") << jsonValue(R"(["a", "b"])");
    QTest::newRow("index past the end") << QStringLiteral("edits.2.value") << none;
    QTest::newRow("leading zero is not an index") << QStringLiteral("edits.00.value") << none;
    QTest::newRow("sign is not an index") << QStringLiteral("edits.+1.value") << none;
    QTest::newRow("negative index") << QStringLiteral("edits.-1.value") << none;
    QTest::newRow("huge index") << QStringLiteral("edits.99999999999999999999999.value") << none;
    QTest::newRow("key on an array") << QStringLiteral("edits.value") << none;
    QTest::newRow("into a scalar") << QStringLiteral("comment.length") << none;
    QTest::newRow("missing") << QStringLiteral("nope") << none;
    QTest::newRow("empty path") << QString() << none;
    QTest::newRow("empty key segment") << QStringLiteral(".x") << QJsonValue(1);
    QTest::newRow("numeric key on an object")
        << QStringLiteral("01") << QJsonValue(QStringLiteral("key not index"));
    QTest::newRow("trailing dot") << QStringLiteral("step1.") << none;
}

void TestDotPathMerge::value()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);
    const Feedback document = feedback(sample);
    QCOMPARE(document.value(path), expected);
    QCOMPARE(document.contains(path), !expected.isUndefined());
}

void TestDotPathMerge::setValue_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("new key") << QByteArray("{}") << QStringLiteral("rating") << QJsonValue(true)
                             << QByteArray(R"({"rating": true})");
    QTest::newRow("creates objects")
        << QByteArray("{}") << QStringLiteral("step1.retry") << QJsonValue(true)
        << QByteArray(R"({"step1": {"retry": true}})");
    QTest::newRow("keeps siblings")
        << QByteArray(R"({"step1": {"a": 1}})") << QStringLiteral("step1.b") << QJsonValue(2)
        << QByteArray(R"({"step1": {"a": 1, "b": 2}})");
    QTest::newRow("creates an array for an index")
        << QByteArray("{}") << QStringLiteral("edits.0.value") << QJsonValue(QStringLiteral("x"))
        << QByteArray(R"({"edits": [{"value": "x"}]})");
    QTest::newRow("replaces in an array")
        << QByteArray(R"({"edits": [{"value": "x"}]})") << QStringLiteral("edits.0.value")
        << QJsonValue(QStringLiteral("y")) << QByteArray(R"({"edits": [{"value": "y"}]})");
    QTest::newRow("appends at the size")
        << QByteArray(R"({"r": ["a"]})") << QStringLiteral("r.1") << QJsonValue(QStringLiteral("b"))
        << QByteArray(R"({"r": ["a", "b"]})");
    QTest::newRow("replaces a subtree")
        << QByteArray(R"({"s": {"a": {"b": 1}}})") << QStringLiteral("s.a") << QJsonValue(5)
        << QByteArray(R"({"s": {"a": 5}})");
    QTest::newRow("sets an object")
        << QByteArray("{}") << QStringLiteral("actions") << jsonValue(R"({"copied": true})")
        << QByteArray(R"({"actions": {"copied": true}})");
    QTest::newRow("sets null") << QByteArray(R"({"a": 1})") << QStringLiteral("a")
                               << QJsonValue(QJsonValue::Null) << QByteArray(R"({"a": null})");
    QTest::newRow("numeric key under an object")
        << QByteArray(R"({"s": {}})") << QStringLiteral("s.0") << QJsonValue(1)
        << QByteArray(R"({"s": {"0": 1}})");
}

void TestDotPathMerge::setValue()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, after);
    Feedback document = feedback(before.constData());
    QString error = QStringLiteral("untouched");
    QVERIFY2(document.setValue(path, value, &error), qPrintable(error));
    QCOMPARE(document.toJsonObject(), FeedbackKitTest::object(after.constData()));
    QCOMPARE(document.value(path), value);
}

void TestDotPathMerge::setValueFailureChangesNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty path") << QString() << QStringLiteral("non-empty segments");
    QTest::newRow("empty segment")
        << QStringLiteral("step1..retry") << QStringLiteral("non-empty segments");
    QTest::newRow("trailing dot") << QStringLiteral("step1.")
                                  << QStringLiteral("non-empty segments");
    QTest::newRow("index out of range")
        << QStringLiteral("edits.5.value") << QStringLiteral("out of range");
    QTest::newRow("key on an array")
        << QStringLiteral("edits.value") << QStringLiteral("out of range");
    QTest::newRow("scalar in the way")
        << QStringLiteral("comment.text") << QStringLiteral("comment holds a value");
    QTest::newRow("deep scalar in the way")
        << QStringLiteral("step1.retry.x.y") << QStringLiteral("step1.retry holds a value");
    QTest::newRow("deeper than any document")
        << QStringList(Limits::maxParseDepth + 1, QStringLiteral("a")).join(u'.')
        << QStringLiteral("at most 64 segments");
    QTest::newRow("out of range after creating")
        << QStringLiteral("fresh.list.3.x") << QStringLiteral("out of range");
}

void TestDotPathMerge::setValueFailureChangesNothing()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    Feedback document = feedback(sample);
    const Feedback before = document;
    QString error;
    QVERIFY(!document.setValue(path, QJsonValue(1), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.startsWith(path.left(64)), qPrintable(error));
    QCOMPARE(document, before);
    QVERIFY(!document.setValue(path, QJsonValue(1))); // no error wanted: still refused
}

void TestDotPathMerge::remove_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("removed");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("top-level") << QStringLiteral("rating") << true
                               << QByteArray(R"({"s": {"a": 1, "b": 2}, "r": ["x", "y", "z"]})");
    QTest::newRow("nested") << QStringLiteral(
        "s.a") << true << QByteArray(R"({"rating": true, "s": {"b": 2}, "r": ["x", "y", "z"]})");
    QTest::newRow("array element shifts the rest")
        << QStringLiteral("r.0") << true
        << QByteArray(R"({"rating": true, "s": {"a": 1, "b": 2}, "r": ["y", "z"]})");
    QTest::newRow("missing")
        << QStringLiteral("s.c") << false
        << QByteArray(R"({"rating": true, "s": {"a": 1, "b": 2}, "r": ["x", "y", "z"]})");
    QTest::newRow("index out of range")
        << QStringLiteral("r.3") << false
        << QByteArray(R"({"rating": true, "s": {"a": 1, "b": 2}, "r": ["x", "y", "z"]})");
    QTest::newRow("not an index")
        << QStringLiteral("r.x") << false
        << QByteArray(R"({"rating": true, "s": {"a": 1, "b": 2}, "r": ["x", "y", "z"]})");
    QTest::newRow("empty path")
        << QString() << false
        << QByteArray(R"({"rating": true, "s": {"a": 1, "b": 2}, "r": ["x", "y", "z"]})");
}

void TestDotPathMerge::remove()
{
    QFETCH(QString, path);
    QFETCH(bool, removed);
    QFETCH(QByteArray, after);
    const Feedback original
        = feedback(R"({"rating": true, "s": {"a": 1, "b": 2}, "r": ["x", "y", "z"]})");
    Feedback document = original;
    QCOMPARE(document.remove(path), removed);
    QCOMPARE(document.toJsonObject(), FeedbackKitTest::object(after.constData()));
    QVERIFY(!original.isEmpty() && original.contains(u"rating") && original.contains(u"r.2"));
}

void TestDotPathMerge::merge_data()
{
    QTest::addColumn<QByteArray>("state");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("into empty") << QByteArray("{}") << QByteArray(R"({"rating": true})")
                                << QByteArray(R"({"rating": true})");
    QTest::newRow("empty patch") << QByteArray(R"({"rating": true})") << QByteArray("{}")
                                 << QByteArray(R"({"rating": true})");
    QTest::newRow("adds a key") << QByteArray(R"({"rating": true})")
                                << QByteArray(R"({"comment": "x"})")
                                << QByteArray(R"({"rating": true, "comment": "x"})");
    QTest::newRow("replaces a scalar")
        << QByteArray(R"({"rating": true})") << QByteArray(R"({"rating": false})")
        << QByteArray(R"({"rating": false})");
    QTest::newRow("scalar changes type")
        << QByteArray(R"({"score": 4})") << QByteArray(R"({"score": "four"})")
        << QByteArray(R"({"score": "four"})");
    QTest::newRow("deep-merges objects")
        << QByteArray(R"({"actions": {"copied": true, "n": {"a": 1}}})")
        << QByteArray(R"({"actions": {"edited": true, "n": {"b": 2}}})")
        << QByteArray(R"({"actions": {"copied": true, "edited": true, "n": {"a": 1, "b": 2}}})");
    QTest::newRow("replaces arrays")
        << QByteArray(R"({"reasons": ["a", "b", "c"]})") << QByteArray(R"({"reasons": ["d"]})")
        << QByteArray(R"({"reasons": ["d"]})");
    QTest::newRow("empty array replaces")
        << QByteArray(R"({"reasons": ["a"]})") << QByteArray(R"({"reasons": []})")
        << QByteArray(R"({"reasons": []})");
    QTest::newRow("arrays of objects are not merged")
        << QByteArray(R"({"edits": [{"value": "a", "at": 1}]})")
        << QByteArray(R"({"edits": [{"value": "b"}]})")
        << QByteArray(R"({"edits": [{"value": "b"}]})");
    QTest::newRow("null clears a key")
        << QByteArray(R"({"rating": true, "comment": "x"})") << QByteArray(R"({"rating": null})")
        << QByteArray(R"({"comment": "x"})");
    QTest::newRow("null clears a nested key")
        << QByteArray(R"({"actions": {"copied": true, "edited": true}})")
        << QByteArray(R"({"actions": {"copied": null}})")
        << QByteArray(R"({"actions": {"edited": true}})");
    QTest::newRow("null clears an object")
        << QByteArray(R"({"actions": {"copied": true}, "rating": true})")
        << QByteArray(R"({"actions": null})") << QByteArray(R"({"rating": true})");
    QTest::newRow("null for a missing key")
        << QByteArray(R"({"rating": true})") << QByteArray(R"({"comment": null})")
        << QByteArray(R"({"rating": true})");
    QTest::newRow("nulls dropped from new objects")
        << QByteArray("{}") << QByteArray(R"({"a": {"b": null, "c": 1}})")
        << QByteArray(R"({"a": {"c": 1}})");
    QTest::newRow("object replaces a scalar")
        << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": {"b": 2}})")
        << QByteArray(R"({"a": {"b": 2}})");
    QTest::newRow("scalar replaces an object")
        << QByteArray(R"({"a": {"b": 2}})") << QByteArray(R"({"a": 1})")
        << QByteArray(R"({"a": 1})");
    QTest::newRow("array replaces an object")
        << QByteArray(R"({"a": {"b": 2}})") << QByteArray(R"({"a": [1]})")
        << QByteArray(R"({"a": [1]})");
    QTest::newRow("nulls inside arrays stay")
        << QByteArray("{}") << QByteArray(R"({"a": [null, 1]})")
        << QByteArray(R"({"a": [null, 1]})");
    QTest::newRow("everything cleared")
        << QByteArray(R"({"a": 1, "b": {"c": 2}})") << QByteArray(R"({"a": null, "b": null})")
        << QByteArray("{}");
}

void TestDotPathMerge::merge()
{
    QFETCH(QByteArray, state);
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, expected);
    Feedback document = feedback(state.constData());
    document.merge(feedback(patch.constData()));
    QCOMPARE(document.toJsonObject(), FeedbackKitTest::object(expected.constData()));
    QCOMPARE(feedback(state.constData()).merged(feedback(patch.constData())), document);

    // The state store merges in place (with an undo log): it must agree with merge().
    TargetStateStore store;
    const Target target = Target::event(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
    store.restore(target, Channel::EndUser, feedback(state.constData()), 1);
    ValidationErrors errors;
    const auto entry = store.apply(target, Channel::EndUser, feedback(patch.constData()), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(FeedbackKitTest::describe(errors)));
    QCOMPARE(entry.state, document);
    QCOMPARE(entry.version, quint64(2));
}

void TestDotPathMerge::mergedLeavesTheOriginal()
{
    const Feedback state = feedback(R"({"rating": true, "actions": {"copied": true}})");
    const Feedback next
        = state.merged(feedback(R"({"rating": null, "actions": {"edited": true}})"));
    QCOMPARE(state, feedback(R"({"rating": true, "actions": {"copied": true}})"));
    QCOMPARE(next, feedback(R"({"actions": {"copied": true, "edited": true}})"));
}

void TestDotPathMerge::mergeIntoSharedCopyDetaches()
{
    Feedback a = feedback(R"({"x": {"y": 1}})");
    Feedback b = a;
    b.merge(feedback(R"({"x": {"z": 2}})"));
    QCOMPARE(a, feedback(R"({"x": {"y": 1}})"));
    QCOMPARE(b, feedback(R"({"x": {"y": 1, "z": 2}})"));
    // Merging a document into itself changes nothing.
    Feedback self = b;
    self.merge(self);
    QCOMPARE(self, b);
}

void TestDotPathMerge::mergeIsIdempotent()
{
    // Whole-state delivery depends on this: applying the same patch twice is applying it once.
    const Feedback patch
        = feedback(R"({"rating": false, "reasons": ["slow"], "actions": {"copied": null}})");
    const Feedback state
        = feedback(R"({"rating": true, "actions": {"copied": true, "edited": true}})");
    QCOMPARE(state.merged(patch).merged(patch), state.merged(patch));
}

void TestDotPathMerge::refusedMergeIsRolledBack_data()
{
    QTest::addColumn<QByteArray>("patch");
    // Each patch changes several places before (or after) the one that breaks a rule.
    QTest::newRow("bad key after good changes") << QByteArray(
        R"({"rating": false, "actions": {"copied": null, "new": 1}, "zz": {"a.b": 1}})");
    QTest::newRow("bad value nested deep") << QByteArray(
        R"({"comment": null, "step1": {"retry": true, "n": {"deep": null, "x": {"y": {"z": {"w": {}}}}}}})");
    QTest::newRow("object replaced by a bad array")
        << QByteArray(R"({"step1": [[[1]]], "reasons": null})");
    QTest::newRow("bad ground truth") << QByteArray(R"({"edits": null, "ground_truth": [1]})");
    QTest::newRow("too many members") << QByteArray(R"({"reasons": null})");
}

void TestDotPathMerge::refusedMergeIsRolledBack()
{
    QFETCH(QByteArray, patch);
    Feedback refused = feedback(patch.constData());
    if (QTest::currentDataTag() == QByteArrayLiteral("too many members")) {
        for (int i = 0; i < 1001; ++i)
            refused.setValue(QStringLiteral("actions.a%1").arg(i), i);
    }
    const Feedback start = feedback(R"({"rating": true, "comment": "hi", "step1": {"retry": false,
        "n": {"deep": 3}}, "actions": {"copied": true}, "reasons": ["a"], "edits": [{"value": "x"}]})");
    TargetStateStore store;
    const Target target = Target::event(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
    store.restore(target, Channel::EndUser, start, 7);
    ValidationErrors errors;
    QCOMPARE(store.apply(target, Channel::EndUser, refused, &errors).version, quint64(0));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(store.state(target, Channel::EndUser), start);
    QCOMPARE(store.version(target, Channel::EndUser), quint64(7));
    QCOMPARE(store.state(target, Channel::EndUser).toJson(), start.toJson());
}

QTEST_GUILESS_MAIN(TestDotPathMerge)
#include "tst_dotpath_merge.moc"
