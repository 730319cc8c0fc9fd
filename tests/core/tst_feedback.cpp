// The feedback value: construction from nlohmann::json, QJsonObject and QVariantMap, the way
// back, the typed helpers for the keys HoneyHive knows, and implicit sharing.

#include "testhelpers.h"

#include <FeedbackKit/Feedback>
#include <FeedbackKit/FeedbackJson>

#include <QJsonArray>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace FeedbackKit;
using FeedbackKitTest::feedback;
using FeedbackKitTest::object;

class TestFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsEmptyAndValid();
    void fromQJsonObject();
    void fromVariantMap();
    void fromNlohmann();
    void nlohmannRvalueIsMoved();
    void compactTextIsDumpText_data();
    void compactTextIsDumpText();
    void compactTextOfInvalidUtf8IsRepaired();
    void integersStayIntegers_data();
    void integersStayIntegers();
    void largeIntegersRoundTripExactly();
    void keysAndIsEmpty();
    void rating();
    void score();
    void comment();
    void groundTruth();
    void reasons();
    void actions();
    void edits();
    void gettersIgnoreOtherTypes();
    void copiesAreIndependent();
    void equality();
    void storesInQVariant();
};

void TestFeedback::defaultIsEmptyAndValid()
{
    const Feedback empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.keys().isEmpty());
    QVERIFY(empty.isValid());
    QCOMPARE(empty.toJson(), QByteArray("{}"));
    QCOMPARE(empty, Feedback(QJsonObject()));
}

void TestFeedback::fromQJsonObject()
{
    const QJsonObject source = object(R"({"rating": true, "score": 4.5, "comment": "héllo ✓",
        "reasons": ["slow", "wrong"], "actions": {"copied": true, "regenerated": 2},
        "edits": [{"value": "fixed"}], "step1": {"retry": false}, "nothing": null})");
    const Feedback document(source);
    QCOMPARE(document.toJsonObject(), source);
    QVERIFY2(document.isValid(), qPrintable(FeedbackKitTest::describe(document.validate())));
    // The compact text parses back to the same document.
    QCOMPARE(QJsonDocument::fromJson(document.toJson()).object(), source);
    QCOMPARE(*Feedback::parse(document.toJson()), document);
}

void TestFeedback::fromVariantMap()
{
    const QVariantMap source {
        { QStringLiteral("rating"), false },
        { QStringLiteral("score"), 3 },
        { QStringLiteral("comment"), QStringLiteral("ok") },
        { QStringLiteral("reasons"), QStringList { QStringLiteral("a"), QStringLiteral("b") } },
        { QStringLiteral("actions"), QVariantMap { { QStringLiteral("copied"), true } } },
        { QStringLiteral("edits"),
          QVariantList { QVariantMap { { QStringLiteral("value"), QStringLiteral("x") } } } },
    };
    const Feedback document(source);
    QCOMPARE(document.rating(), std::optional<bool>(false));
    QCOMPARE(document.score(), std::optional<double>(3));
    QCOMPARE(document.reasons(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(document.edits(), QStringList { QStringLiteral("x") });
    QCOMPARE(document.toJson(),
             QByteArray(R"({"actions":{"copied":true},"comment":"ok",)"
                        R"("edits":[{"value":"x"}],"rating":false,)"
                        R"("reasons":["a","b"],"score":3})"));
    // Back to a variant map: lists come back as variant lists, numbers as numbers.
    const QVariantMap back = document.toVariantMap();
    QCOMPARE(back.value(QStringLiteral("score")).toInt(), 3);
    QCOMPARE(back.value(QStringLiteral("reasons")).toStringList(), document.reasons());
    QCOMPARE(Feedback(back), document);
}

void TestFeedback::fromNlohmann()
{
    const nlohmann::json source
        = { { "rating", true }, { "actions", { { "edited", 1 } } }, { "reasons", { "x" } } };
    const Feedback document = feedbackFromJson(source);
    QCOMPARE(document.rating(), std::optional<bool>(true));
    QCOMPARE(document.actions().value(QStringLiteral("edited")).toInt(), 1);
    QVERIFY(feedbackToJson(document) == source);
    QCOMPARE(document, feedback(R"({"rating": true, "actions": {"edited": 1}, "reasons": ["x"]})"));
}

void TestFeedback::nlohmannRvalueIsMoved()
{
    nlohmann::json source = { { "comment", std::string(1000, 'x') } };
    const Feedback document = feedbackFromJson(std::move(source));
    QCOMPARE(document.comment()->size(), 1000);
}

void TestFeedback::compactTextIsDumpText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("escapes") << QByteArray(
        R"({"c":"quote \" backslash \\ \b\f\n\r\t \u0001 \u001f \u007f / end"})");
    QTest::newRow("keys escaped") << QByteArray(R"({"a\"b\n":1,"\u0000":2})");
    QTest::newRow("unicode") << QByteArray(R"({"c":"é 日本 😀 \ud83d\ude00"})");
    QTest::newRow("floats") << QByteArray(
        R"({"a":4.5,"b":0.1,"c":1e100,"d":-0.0,"e":5e-324,"f":1.7976931348623157e308,)"
        R"("g":123456789.125,"h":4.0,"i":-1.5e-7})");
    QTest::newRow("integers") << QByteArray(
        R"({"a":0,"b":-9223372036854775808,"c":18446744073709551615,"d":42})");
    QTest::newRow("nested") << QByteArray(
        R"({"a":[1,[2,{"b":null}],{},[]],"c":{"d":{"e":[true,false]}}})");
    // Plain text is copied eight bytes at a time: each kind of byte that needs a look, at each
    // place in a word, after and before long plain runs.
    const QList<QByteArray> special
        = { R"(\")", R"(\\)", R"(\n)", R"(\u0001)", R"(\u001f)", R"(\u007f)", "é", "😀" };
    for (const QByteArray &byte : special) {
        QByteArray object = "{";
        for (int at = 0; at < 17; ++at)
            object += "\"" + QByteArray::number(at) + "\":\"" + QByteArray(at, 'a') + byte
                + QByteArray(16 - at, 'b') + "\",";
        object += R"("long":")" + QByteArray(100, 'p') + byte + QByteArray(100, 'q') + "\"}";
        QTest::newRow("at every offset: " + byte) << object;
    }
}

void TestFeedback::compactTextIsDumpText()
{
    // toJson() has its own writer (the delivery path serialises every state); it must write
    // exactly what nlohmann's dump() writes.
    QFETCH(QByteArray, json);
    const nlohmann::json source = nlohmann::json::parse(json.toStdString());
    const std::string dumped
        = source.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    QCOMPARE(feedbackFromJson(source).toJson(), QByteArray::fromStdString(dumped));
}

void TestFeedback::compactTextOfInvalidUtf8IsRepaired()
{
    // Not valid UTF-8: left to dump(), which replaces the bad bytes (validate() reports them).
    const nlohmann::json source = { { "c", std::string("ok \xff\xfe end") } };
    const std::string dumped
        = source.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    QCOMPARE(feedbackFromJson(source).toJson(), QByteArray::fromStdString(dumped));
}

void TestFeedback::integersStayIntegers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("compact");
    QTest::newRow("integer") << QByteArray(R"({"score": 4})") << QByteArray(R"({"score":4})");
    QTest::newRow("integral double")
        << QByteArray(R"({"score": 4.0})") << QByteArray(R"({"score":4})");
    QTest::newRow("fraction") << QByteArray(R"({"score": 4.5})") << QByteArray(R"({"score":4.5})");
    QTest::newRow("negative") << QByteArray(R"({"score": -2})") << QByteArray(R"({"score":-2})");
    QTest::newRow("exponent") << QByteArray(R"({"score": 1e3})") << QByteArray(R"({"score":1000})");
}

void TestFeedback::integersStayIntegers()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, compact);
    // From Qt (which reports every number as a double), 4 goes out as 4 and not 4.0. Parsed text
    // keeps the number as written, which is the same JSON number.
    const Feedback fromQt(QJsonDocument::fromJson(json).object());
    QCOMPARE(fromQt.toJson(), compact);
    QCOMPARE(*Feedback::parse(json), fromQt);
    QCOMPARE(Feedback::parse(json)->toJsonObject(), fromQt.toJsonObject());
}

void TestFeedback::largeIntegersRoundTripExactly()
{
    // 2^53 + 1 is the first integer a double cannot hold; it must survive every conversion.
    constexpr qint64 big = 9007199254740993LL;
    const QByteArray text = QByteArray(R"({"id":)") + QByteArray::number(big) + '}';
    const Feedback parsed = *Feedback::parse(text);
    QCOMPARE(parsed.toJson(), text);
    QCOMPARE(parsed.toJsonObject().value(QStringLiteral("id")).toInteger(), big);
    const Feedback fromQt(parsed.toJsonObject());
    QCOMPARE(fromQt.toJson(), text);
    const Feedback fromVariant(QVariantMap { { QStringLiteral("id"), big } });
    QCOMPARE(fromVariant.toJson(), text);
    QCOMPARE(Feedback(fromVariant.toVariantMap()).toJson(), text);
}

void TestFeedback::keysAndIsEmpty()
{
    Feedback document = feedback(R"({"b": 1, "a": 2})");
    QVERIFY(!document.isEmpty());
    QCOMPARE(document.keys(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QVERIFY(document.remove(u"a"));
    QVERIFY(document.remove(u"b"));
    QVERIFY(document.isEmpty());
}

void TestFeedback::rating()
{
    Feedback document;
    QCOMPARE(document.rating(), std::nullopt);
    document.setRating(true);
    QCOMPARE(document.rating(), std::optional<bool>(true));
    QCOMPARE(document.toJson(), QByteArray(R"({"rating":true})"));
    document.setRating(false);
    QCOMPARE(document.rating(), std::optional<bool>(false));
    document.setRating(std::nullopt);
    QVERIFY(!document.contains(u"rating"));
}

void TestFeedback::score()
{
    Feedback document;
    QCOMPARE(document.score(), std::nullopt);
    document.setScore(4);
    QCOMPARE(document.toJson(), QByteArray(R"({"score":4})"));
    document.setScore(3.5);
    QCOMPARE(document.score(), std::optional<double>(3.5));
    document.setScore(std::nullopt);
    QCOMPARE(document.score(), std::nullopt);
    QVERIFY(document.isEmpty());
}

void TestFeedback::comment()
{
    Feedback document;
    QCOMPARE(document.comment(), std::nullopt);
    const QString text = QStringLiteral("Ünïcödé \"quoted\" \n 🙂");
    document.setComment(text);
    QCOMPARE(document.comment(), std::optional<QString>(text));
    QCOMPARE(Feedback::parse(document.toJson())->comment(), std::optional<QString>(text));
    document.setComment(QString());
    QCOMPARE(document.comment(), std::optional<QString>(QString()));
    document.setComment(std::nullopt);
    QVERIFY(!document.contains(u"comment"));
}

void TestFeedback::groundTruth()
{
    Feedback document;
    QCOMPARE(document.groundTruth(), QJsonValue(QJsonValue::Undefined));
    document.setGroundTruth(QStringLiteral("Paris"));
    QCOMPARE(document.groundTruth(), QJsonValue(QStringLiteral("Paris")));
    const QJsonObject expected = object(R"({"answer": "Paris", "confidence": 0.9})");
    document.setGroundTruth(expected);
    QCOMPARE(document.groundTruth(), QJsonValue(expected));
    QVERIFY(document.isValid());
    document.setGroundTruth(QJsonValue::Null);
    QVERIFY(!document.contains(u"ground_truth"));
}

void TestFeedback::reasons()
{
    Feedback document;
    QVERIFY(document.reasons().isEmpty());
    const QStringList reasons { QStringLiteral("too long"), QStringLiteral("wrong") };
    document.setReasons(reasons);
    QCOMPARE(document.reasons(), reasons);
    QCOMPARE(document.toJson(), QByteArray(R"({"reasons":["too long","wrong"]})"));
    document.setReasons({});
    QCOMPARE(document.toJson(), QByteArray(R"({"reasons":[]})"));
}

void TestFeedback::actions()
{
    Feedback document;
    QVERIFY(document.actions().isEmpty());
    document.setAction(QStringLiteral("copied"), true);
    document.setAction(QStringLiteral("regenerated"), 2);
    QCOMPARE(document.actions(), object(R"({"copied": true, "regenerated": 2})"));
    document.setAction(QStringLiteral("copied"), QJsonValue::Null);
    QCOMPARE(document.toJson(), QByteArray(R"({"actions":{"regenerated":2}})"));
    // An "actions" of another type is replaced, not merged into.
    Feedback odd = feedback(R"({"actions": "none"})");
    odd.setAction(QStringLiteral("edited"), true);
    QCOMPARE(odd.toJson(), QByteArray(R"({"actions":{"edited":true}})"));
}

void TestFeedback::edits()
{
    Feedback document;
    QVERIFY(document.edits().isEmpty());
    document.setEdits({ QStringLiteral("first"), QStringLiteral("second") });
    QCOMPARE(document.edits(), (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
    QCOMPARE(document.value(u"edits.1.value"), QJsonValue(QStringLiteral("second")));
    QCOMPARE(document.toJson(), QByteArray(R"({"edits":[{"value":"first"},{"value":"second"}]})"));
}

void TestFeedback::gettersIgnoreOtherTypes()
{
    const Feedback document = feedback(R"({"rating": "yes", "score": "5", "comment": 3,
        "reasons": ["ok", 1, null, {"x": 1}], "actions": [true], "edits": [{"value": 2}, "x", {"value": "y"}]})");
    QCOMPARE(document.rating(), std::nullopt);
    QCOMPARE(document.score(), std::nullopt);
    QCOMPARE(document.comment(), std::nullopt);
    QCOMPARE(document.reasons(), QStringList { QStringLiteral("ok") });
    QVERIFY(document.actions().isEmpty());
    QCOMPARE(document.edits(), QStringList { QStringLiteral("y") });
}

void TestFeedback::copiesAreIndependent()
{
    Feedback original = feedback(R"({"rating": true, "actions": {"copied": true}})");
    Feedback copy = original;
    copy.setRating(false);
    copy.setAction(QStringLiteral("copied"), QJsonValue::Null);
    QCOMPARE(original.rating(), std::optional<bool>(true));
    QCOMPARE(original.actions().size(), 1);
    Feedback moved = std::move(copy);
    QCOMPARE(moved.rating(), std::optional<bool>(false));
    original = moved;
    QCOMPARE(original, moved);
}

void TestFeedback::equality()
{
    QCOMPARE(feedback(R"({"a": 1, "b": [1, 2]})"), feedback(R"({"b": [1, 2], "a": 1})"));
    QVERIFY(feedback(R"({"a": 1})") != feedback(R"({"a": 2})"));
    QVERIFY(feedback(R"({"a": [1, 2]})") != feedback(R"({"a": [2, 1]})"));
    // JSON numbers compare by value, whatever their storage.
    QCOMPARE(*Feedback::parse(R"({"a": 4})"), *Feedback::parse(R"({"a": 4.0})"));
}

void TestFeedback::storesInQVariant()
{
    const Feedback document = feedback(R"({"rating": true})");
    const QVariant variant = QVariant::fromValue(document);
    QCOMPARE(variant.value<Feedback>(), document);
}

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
