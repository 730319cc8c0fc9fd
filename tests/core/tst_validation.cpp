// Validation: every rule, at every entry point (text, QJsonObject, QVariantMap, nlohmann),
// with hostile input: absurd nesting, huge strings, NaN and infinities, invalid UTF-8,
// duplicate keys. Each refusal must name the rule and the dot path.

#include "testhelpers.h"

#include <FeedbackKit/Feedback>
#include <FeedbackKit/FeedbackJson>
#include <FeedbackKit/TargetStateStore>

#include <QJsonArray>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

using namespace FeedbackKit;
using Rule = ValidationError::Rule;
using FeedbackKitTest::describe;

Q_DECLARE_METATYPE(FeedbackKit::ValidationError::Rule)

namespace {
// Which entry points a row goes through. Text-only rules (duplicate keys, malformed text)
// cannot be expressed as a QJsonObject or an nlohmann value.
enum Route { ViaText = 1, ViaQt = 2, ViaNlohmann = 4, AllRoutes = ViaText | ViaQt | ViaNlohmann };

QByteArray repeated(const QByteArray &piece, int times)
{
    return piece.repeated(times);
}

// {"a":{"a":...{"a":1}...}} with \a levels objects below the root.
QByteArray nestedObjects(int levels)
{
    return "{" + repeated(R"("a":{)", levels) + R"("a":1)" + repeated("}", levels) + "}";
}

QByteArray nestedArrays(int levels)
{
    return R"({"a":)" + repeated("[", levels) + "1" + repeated("]", levels) + "}";
}

QByteArray withMembers(int count, const QByteArray &keyPrefix = "k", const QByteArray &value = "0")
{
    QByteArrayList members;
    for (int i = 0; i < count; ++i)
        members.append('"' + keyPrefix + QByteArray::number(i) + "\":" + value);
    return '{' + members.join(',') + '}';
}

QByteArray withArray(const char *key, int count, const QByteArray &element)
{
    return "{\"" + QByteArray(key) + "\":[" + QByteArrayList(count, element).join(',') + "]}";
}

QByteArray withString(const char *key, const QByteArray &text)
{
    return "{\"" + QByteArray(key) + "\":\"" + text + "\"}";
}

QString dotted(const QString &segment, int times)
{
    return QStringList(times, segment).join(u'.');
}

void checkRefused(const ValidationErrors &errors, Rule rule, const QString &path, const char *route)
{
    QVERIFY2(!errors.isEmpty(), route);
    const ValidationError &first = errors.first();
    QVERIFY2(
        first.rule == rule,
        qPrintable(QStringLiteral("%1 reported:\n%2").arg(QLatin1String(route), describe(errors))));
    QCOMPARE(first.path, path);
    QVERIFY(!first.message.isEmpty());
    QCOMPARE(first.toString(),
             path.isEmpty() ? first.message : path + QStringLiteral(": ") + first.message);
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDocuments_data();
    void validDocuments();
    void invalidDocuments_data();
    void invalidDocuments();
    void nonFiniteNumbers_data();
    void nonFiniteNumbers();
    void utf8_data();
    void utf8();
    void invalidUtf8InNlohmannValues();
    void qtStringsAreAlwaysValidUtf8();
    void deepNestingInValues_data();
    void deepNestingInValues();
    void tenMegabyteString();
    void nonObjectRoots();
    void binaryValuesAreRefused();
    void groundTruthNullClearsInAPatch();
    void errorListIsBounded();
    void everyRuleReportedOnce();
};

void TestValidation::validDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("typical") << QByteArray(R"({"rating": true, "score": 4, "comment": "Good answer",
        "reasons": ["accurate", "concise"], "actions": {"copied": true, "regenerated": 2},
        "edits": [{"value": "better"}], "ground_truth": "expected"})");
    QTest::newRow("ground_truth object") << QByteArray(R"({"ground_truth": {"answer": "42"}})");
    QTest::newRow("ground_truth empty string") << QByteArray(R"({"ground_truth": ""})");
    QTest::newRow("nulls and scalars")
        << QByteArray(R"({"a": null, "b": false, "c": -0.5e-3, "d": 0})");
    QTest::newRow("five nested objects") << nestedObjects(5);
    QTest::newRow("two nested arrays") << nestedArrays(2);
    QTest::newRow("objects in arrays at both limits")
        << QByteArray(R"({"a": [{"b": {"c": {"d": {"e": [1, 2]}}}}]})");
    QTest::newRow("unicode escapes") << QByteArray(R"({"c": "\u00e9 \ud83d\ude00 \n \" \\"})");
    QTest::newRow("raw multibyte UTF-8")
        << QByteArray("{\"c\": \"h\xc3\xa9llo \xe2\x9c\x93 \xf0\x9f\x99\x82\"}");
    QTest::newRow("unicode key") << QByteArray("{\"\xc3\xa9tape\": {\"r\xc3\xa9\": 1}}");
    QTest::newRow("key of exactly the cap")
        << withMembers(1, QByteArray(Limits::maxKeyBytes - 1, 'k'));
    QTest::newRow("string of exactly the cap")
        << withString("comment", QByteArray(Limits::maxStringBytes, 'x'));
    QTest::newRow("multibyte string of exactly the cap")
        << withString("comment", repeated("\xc3\xa9", Limits::maxStringBytes / 2));
    QTest::newRow("members of exactly the cap") << withMembers(Limits::maxMembers);
    QTest::newRow("array entries of exactly the cap")
        << withArray("reasons", Limits::maxMembers, R"("x")");
    QTest::newRow("same key in sibling objects")
        << QByteArray(R"({"e": [{"v": 1}, {"v": 2}], "f": {"v": 3}})");
    QTest::newRow("whitespace around") << QByteArray(" \n\t{\"a\": 1} \r\n");
    QTest::newRow("just under the document cap")
        << withMembers(16, "k", '"' + QByteArray(Limits::maxStringBytes - 100, 'x') + '"');
}

void TestValidation::validDocuments()
{
    QFETCH(QByteArray, json);
    ValidationErrors errors { { QStringLiteral("stale"), Rule::NotJson, QStringLiteral("stale") } };
    const std::optional<Feedback> parsed = Feedback::parse(json, &errors);
    QVERIFY2(parsed, qPrintable(describe(errors)));
    QVERIFY2(errors.isEmpty(), "parse() clears the error list on success");

    const Feedback viaQt(QJsonDocument::fromJson(json).object());
    QVERIFY2(viaQt.isValid(), qPrintable(describe(viaQt.validate())));
    QCOMPARE(viaQt, *parsed);

    const Feedback viaNlohmann = feedbackFromJson(nlohmann::json::parse(json.begin(), json.end()));
    QVERIFY2(viaNlohmann.isValid(), qPrintable(describe(viaNlohmann.validate())));
    QCOMPARE(viaNlohmann, *parsed);
}

void TestValidation::invalidDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("routes");

    const QString a6 = dotted(QStringLiteral("a"), 6);
    QTest::newRow("not JSON") << QByteArray(R"({"a": })") << Rule::NotJson << QStringLiteral("a")
                              << int(ViaText);
    QTest::newRow("empty input") << QByteArray() << Rule::NotJson << QString() << int(ViaText);
    QTest::newRow("trailing garbage")
        << QByteArray("{} x") << Rule::NotJson << QString() << int(ViaText);
    QTest::newRow("comments") << QByteArray("{} // no") << Rule::NotJson << QString()
                              << int(ViaText);
    QTest::newRow("NaN literal") << QByteArray(R"({"score": NaN})") << Rule::NotJson
                                 << QStringLiteral("score") << int(ViaText);
    QTest::newRow("array root") << QByteArray("[1]") << Rule::NotAnObject << QString()
                                << int(ViaText | ViaNlohmann);
    QTest::newRow("string root") << QByteArray(R"("x")") << Rule::NotAnObject << QString()
                                 << int(ViaText | ViaNlohmann);
    QTest::newRow("null root") << QByteArray("null") << Rule::NotAnObject << QString()
                               << int(ViaText | ViaNlohmann);
    QTest::newRow("six nested objects")
        << nestedObjects(6) << Rule::ObjectNesting << a6 << int(AllRoutes);
    QTest::newRow("three nested arrays")
        << nestedArrays(3) << Rule::ArrayNesting << QStringLiteral("a.0.0") << int(AllRoutes);
    QTest::newRow("arrays nested through objects")
        << QByteArray(R"({"a": [{"b": [{"c": [1]}]}]})") << Rule::ArrayNesting
        << QStringLiteral("a.0.b.0.c") << int(AllRoutes);
    QTest::newRow("objects nested through an array")
        << QByteArray(R"({"a": [{"b": {"c": {"d": {"e": {"f": {}}}}}}]})") << Rule::ObjectNesting
        << QStringLiteral("a.0.b.c.d.e.f") << int(AllRoutes);
    QTest::newRow("empty key") << QByteArray(R"({"": 1})") << Rule::EmptyKey << QString()
                               << int(AllRoutes);
    QTest::newRow("nested empty key") << QByteArray(R"({"a": {"": 1}})") << Rule::EmptyKey
                                      << QStringLiteral("a.") << int(AllRoutes);
    QTest::newRow("dotted key") << QByteArray(R"({"s": {"step.1": true}})") << Rule::DottedKey
                                << QStringLiteral("s.step.1") << int(AllRoutes);
    const QByteArray longKey(Limits::maxKeyBytes + 1, 'k');
    QTest::newRow("key too long") << QByteArray("{\"" + longKey + "\": 1}") << Rule::KeyTooLong
                                  << QString::fromLatin1(longKey) << int(AllRoutes);
    QTest::newRow("string too long")
        << withString("comment", QByteArray(Limits::maxStringBytes + 1, 'x')) << Rule::StringTooLong
        << QStringLiteral("comment") << int(AllRoutes);
    QTest::newRow("multibyte string too long")
        << withString("comment", repeated("\xc3\xa9", Limits::maxStringBytes / 2 + 1))
        << Rule::StringTooLong << QStringLiteral("comment") << int(AllRoutes);
    QTest::newRow("too many members") << withMembers(Limits::maxMembers + 1) << Rule::TooManyMembers
                                      << QString() << int(AllRoutes);
    QTest::newRow("too many array entries")
        << withArray("reasons", Limits::maxMembers + 1, R"("x")") << Rule::TooManyMembers
        << QStringLiteral("reasons") << int(AllRoutes);
    QTest::newRow("ground_truth number")
        << QByteArray(R"({"ground_truth": 4})") << Rule::GroundTruthType
        << QStringLiteral("ground_truth") << int(AllRoutes);
    QTest::newRow("ground_truth array")
        << QByteArray(R"({"ground_truth": ["a"]})") << Rule::GroundTruthType
        << QStringLiteral("ground_truth") << int(AllRoutes);
    QTest::newRow("ground_truth boolean")
        << QByteArray(R"({"ground_truth": true})") << Rule::GroundTruthType
        << QStringLiteral("ground_truth") << int(AllRoutes);
    QTest::newRow("duplicate key") << QByteArray(R"({"a": 1, "a": 2})") << Rule::DuplicateKey
                                   << QStringLiteral("a") << int(ViaText);
    QTest::newRow("nested duplicate key")
        << QByteArray(R"({"x": {"a": 1, "b": {"a": 0}, "a": 3}})") << Rule::DuplicateKey
        << QStringLiteral("x.a") << int(ViaText);
    QTest::newRow("duplicate key in an array element")
        << QByteArray(R"({"e": [{"v": 1}, [2, {"w": 0}], {"v": 1, "v": 2}]})") << Rule::DuplicateKey
        << QStringLiteral("e.2.v") << int(ViaText);
    QTest::newRow("invalid UTF-8 in a string")
        << withString("comment", "ok \xff") << Rule::InvalidUtf8 << QStringLiteral("comment")
        << int(ViaText);
    QTest::newRow("invalid UTF-8 in an array string")
        << QByteArray("{\"r\": [\"a\", {\"x\": 1}, \"\xfe\"]}") << Rule::InvalidUtf8
        << QStringLiteral("r.2") << int(ViaText);
    QTest::newRow("invalid UTF-8 in a key")
        << QByteArray("{\"a\": {\"ok\": 1, \"\xc3\x28\": 1}}") << Rule::InvalidUtf8
        << QStringLiteral("a") << int(ViaText);
    QTest::newRow("overlong UTF-8")
        << withString("c", "\xc0\xaf") << Rule::InvalidUtf8 << QStringLiteral("c") << int(ViaText);
    QTest::newRow("UTF-8 encoded surrogate") << withString("c", "\xed\xa0\x80") << Rule::InvalidUtf8
                                             << QStringLiteral("c") << int(ViaText);
    QTest::newRow("truncated UTF-8")
        << withString("c", "\xe2\x82") << Rule::InvalidUtf8 << QStringLiteral("c") << int(ViaText);
    QTest::newRow("above U+10FFFF") << withString("c", "\xf4\x90\x80\x80") << Rule::InvalidUtf8
                                    << QStringLiteral("c") << int(ViaText);
    QTest::newRow("lone surrogate escape")
        << withString("c", R"(\ud800)") << Rule::InvalidUtf8 << QStringLiteral("c") << int(ViaText);
    QTest::newRow("infinite literal")
        << QByteArray(R"({"m": {"latency": 1e999}})") << Rule::NonFiniteNumber
        << QStringLiteral("m.latency") << int(ViaText);
    QTest::newRow("negative infinite literal")
        << QByteArray(R"({"score": -1e999})") << Rule::NonFiniteNumber << QStringLiteral("score")
        << int(ViaText);
    QTest::newRow("10,000 nested objects")
        << nestedObjects(10000) << Rule::ObjectNesting
        << dotted(QStringLiteral("a"), Limits::maxParseDepth) << int(ViaText);
    QTest::newRow("10,000 nested arrays")
        << nestedArrays(10000) << Rule::ArrayNesting
        << QStringLiteral("a.") + dotted(QStringLiteral("0"), Limits::maxParseDepth - 1)
        << int(ViaText);
    // Documents over the size cap, made of long strings, of numbers only, and of keys only.
    QTest::newRow("document too large (strings)")
        << withMembers(20, "k", '"' + QByteArray(60000, 'x') + '"') << Rule::DocumentTooLarge
        << QString() << int(AllRoutes);
    const QByteArray numbers = '[' + QByteArrayList(900, "1.2345678901234567").join(',') + ']';
    QTest::newRow("document too large (numbers)")
        << withMembers(70, "n", numbers) << Rule::DocumentTooLarge << QString() << int(AllRoutes);
    const QByteArray keys = withMembers(1000, QByteArray(240, 'k'));
    QTest::newRow("document too large (keys)")
        << withMembers(5, "o", keys) << Rule::DocumentTooLarge << QString() << int(AllRoutes);
}

void TestValidation::invalidDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(Rule, rule);
    QFETCH(QString, path);
    QFETCH(int, routes);

    ValidationErrors errors;
    QVERIFY2(!Feedback::parse(json, &errors), "parse() must refuse");
    checkRefused(errors, rule, path, "parse()");
    QVERIFY(!Feedback::parse(json)); // no error list wanted: still refused, no crash

    if (routes & ViaQt) {
        const Feedback viaQt(QJsonDocument::fromJson(json).object());
        checkRefused(viaQt.validate(), rule, path, "QJsonObject");
        QVERIFY(!viaQt.isValid());
    }
    if (routes & ViaNlohmann) {
        const Feedback viaNlohmann
            = feedbackFromJson(nlohmann::json::parse(json.begin(), json.end()));
        checkRefused(viaNlohmann.validate(), rule, path, "nlohmann::json");
    }
}

void TestValidation::nonFiniteNumbers_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<double>("number");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const QStringList routes { QStringLiteral("QJsonObject"), QStringLiteral("QVariantMap"),
                               QStringLiteral("QVariantMap float"), QStringLiteral("nlohmann"),
                               QStringLiteral("setValue") };
    for (const QString &route : routes) {
        QTest::addRow("%s NaN", qPrintable(route)) << route << nan;
        QTest::addRow("%s +inf", qPrintable(route)) << route << inf;
        QTest::addRow("%s -inf", qPrintable(route)) << route << -inf;
    }
}

// Qt's own QJsonObject::fromVariantMap() turns NaN into null, which a patch would read as
// "clear the key": FeedbackKit must keep the NaN so that validation refuses it instead.
void TestValidation::nonFiniteNumbers()
{
    QFETCH(QString, route);
    QFETCH(double, number);
    const QString step = QStringLiteral("step1"), latency = QStringLiteral("latency");
    Feedback document;
    if (route == QLatin1String("QJsonObject")) {
        document = Feedback(QJsonObject { { step, QJsonObject { { latency, number } } } });
    } else if (route == QLatin1String("QVariantMap")) {
        document = Feedback(QVariantMap { { step, QVariantMap { { latency, number } } } });
    } else if (route == QLatin1String("QVariantMap float")) {
        document = Feedback(QVariantMap { { step, QVariantList { float(number) } } });
    } else if (route == QLatin1String("nlohmann")) {
        document = feedbackFromJson(nlohmann::json { { "step1", { { "latency", number } } } });
    } else {
        QVERIFY(document.setValue(u"step1.latency", number));
    }
    const QString path = route.endsWith(QLatin1String("float")) ? QStringLiteral("step1.0")
                                                                : QStringLiteral("step1.latency");
    checkRefused(document.validate(), Rule::NonFiniteNumber, path, qPrintable(route));
    // Serialising never fails, whatever the document holds.
    QVERIFY(!document.toJson().isEmpty());

    Feedback scored;
    scored.setScore(number);
    checkRefused(scored.validate(), Rule::NonFiniteNumber, QStringLiteral("score"), "setScore");
}

void TestValidation::utf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    const QByteArray ascii16 = "0123456789abcdef";
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ASCII, 16 bytes") << ascii16 << true;
    QTest::newRow("two-byte") << QByteArray("\xc3\xa9") << true;
    QTest::newRow("three-byte") << QByteArray("\xe2\x9c\x93") << true;
    QTest::newRow("four-byte") << QByteArray("\xf0\x9f\x99\x82") << true;
    QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("U+FFFF") << QByteArray("\xef\xbf\xbf") << true;
    QTest::newRow("multibyte after 16 ASCII") << ascii16 + "\xc3\xa9" + ascii16 << true;
    QTest::newRow("stray continuation") << QByteArray("\x80") << false;
    QTest::newRow("bad byte after 9 ASCII") << QByteArray("123456789\xff") << false;
    QTest::newRow("bad byte after 16 ASCII") << ascii16 + "\xfe" << false;
    QTest::newRow("overlong two-byte") << QByteArray("\xc1\xbf") << false;
    QTest::newRow("overlong three-byte") << QByteArray("\xe0\x9f\xbf") << false;
    QTest::newRow("overlong four-byte") << QByteArray("\xf0\x8f\xbf\xbf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xbf\xbf") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("lead F5") << QByteArray("\xf5\x80\x80\x80") << false;
    QTest::newRow("truncated at the end") << ascii16 + "\xf0\x9f\x99" << false;
    QTest::newRow("truncated in the middle") << QByteArray("\xe2\x9cx") << false;
    QTest::newRow("ASCII instead of continuation") << QByteArray("\xf0\x9f\x99"
                                                                 "A")
                                                   << false;
}

// FeedbackKit's own UTF-8 check (for values built in memory) against nlohmann's lexer (for
// text): both must give the same verdict on every row.
void TestValidation::utf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    const std::string text(bytes.constData(), size_t(bytes.size()));
    const ValidationErrors inMemory = feedbackFromJson(nlohmann::json { { "c", text } }).validate();
    const ValidationErrors asKey
        = feedbackFromJson(nlohmann::json { { text + "k", 1 } }).validate();
    ValidationErrors parsed;
    Feedback::parse(withString("c", bytes), &parsed);
    if (valid) {
        QVERIFY2(inMemory.isEmpty(), qPrintable(describe(inMemory)));
        QVERIFY2(asKey.isEmpty(), qPrintable(describe(asKey)));
        QVERIFY2(parsed.isEmpty(), qPrintable(describe(parsed)));
    } else {
        checkRefused(inMemory, Rule::InvalidUtf8, QStringLiteral("c"), "string");
        checkRefused(asKey, Rule::InvalidUtf8, QStringLiteral("<invalid UTF-8>"), "key");
        checkRefused(parsed, Rule::InvalidUtf8, QStringLiteral("c"), "parse()");
    }
}

void TestValidation::invalidUtf8InNlohmannValues()
{
    const Feedback badString = feedbackFromJson(nlohmann::json { { "comment", "caf\xe9" } });
    checkRefused(badString.validate(), Rule::InvalidUtf8, QStringLiteral("comment"), "string");
    const Feedback badKey = feedbackFromJson(nlohmann::json { { "a", { { "\xff\xfe", 1 } } } });
    checkRefused(badKey.validate(), Rule::InvalidUtf8, QStringLiteral("a.<invalid UTF-8>"), "key");
    const Feedback badElement
        = feedbackFromJson(nlohmann::json { { "reasons", { "ok", "\xc0\x80" } } });
    checkRefused(badElement.validate(), Rule::InvalidUtf8, QStringLiteral("reasons.1"), "element");
    // Such documents still serialise (with replacement characters) and convert without a crash.
    QVERIFY(badString.toJson().startsWith("{\"comment\":\"caf"));
    QCOMPARE(badKey.toJsonObject().value(QStringLiteral("a")).toObject().size(), 1);
}

void TestValidation::qtStringsAreAlwaysValidUtf8()
{
    // A QString cannot carry invalid UTF-8; a lone surrogate is replaced when converted.
    const QString lone(QChar(0xD800));
    const Feedback document(QJsonObject { { lone, lone } });
    QVERIFY2(document.isValid(), qPrintable(describe(document.validate())));
    QCOMPARE(document.keys().size(), 1);
}

void TestValidation::deepNestingInValues_data()
{
    QTest::addColumn<QString>("route");
    QTest::newRow("nlohmann") << QStringLiteral("nlohmann");
    QTest::newRow("QJsonObject") << QStringLiteral("QJsonObject");
    QTest::newRow("QVariantMap") << QStringLiteral("QVariantMap");
}

// 10,000 levels built in memory (no parser to stop them): converting, validating, copying,
// merging and destroying them must neither overflow the stack nor report 10,000 errors.
void TestValidation::deepNestingInValues()
{
    QFETCH(QString, route);
    constexpr int levels = 10000;
    const QString key = QStringLiteral("a");
    Feedback document;
    if (route == QLatin1String("nlohmann")) {
        nlohmann::json value = 1;
        for (int i = 0; i < levels; ++i)
            value = nlohmann::json { { "a", std::move(value) } };
        document = feedbackFromJson(std::move(value));
    } else if (route == QLatin1String("QJsonObject")) {
        QJsonObject value { { key, 1 } };
        for (int i = 1; i < levels; ++i)
            value = QJsonObject { { key, value } };
        document = Feedback(value);
    } else {
        QVariantMap value { { key, 1 } };
        for (int i = 1; i < levels; ++i)
            value = QVariantMap { { key, value } };
        document = Feedback(value);
    }
    const ValidationErrors errors = document.validate();
    QCOMPARE(errors.size(), 1);
    checkRefused(errors, Rule::ObjectNesting, dotted(key, 6), qPrintable(route));

    Feedback patched = document.merged(FeedbackKitTest::feedback(R"({"b": 1})"));
    QVERIFY(!patched.isValid());
    QVERIFY(patched.contains(u"a.a.a.a.a.a.a"));
    QVERIFY(patched.toJson().startsWith(R"({"a":{"a":{"a":)"));
    // Cut where no parser would have gone (the document was invalid long before).
    QVERIFY(patched.contains(dotted(key, Limits::maxParseDepth)));
    QVERIFY(!patched.contains(dotted(key, Limits::maxParseDepth + 1)));
    QVERIFY(patched.toJsonObject().contains(QStringLiteral("b")));
    QVERIFY(!Feedback::parse(patched.toJson()));
}

void TestValidation::tenMegabyteString()
{
    const QByteArray huge(10 * 1024 * 1024, 'x');
    ValidationErrors errors;
    QVERIFY(!Feedback::parse(withString("comment", huge), &errors));
    checkRefused(errors, Rule::DocumentTooLarge, QString(), "parse()");

    Feedback viaQt(QJsonObject { { QStringLiteral("comment"), QString::fromLatin1(huge) } });
    checkRefused(viaQt.validate(), Rule::StringTooLong, QStringLiteral("comment"), "QJsonObject");
    const Feedback viaNlohmann
        = feedbackFromJson(nlohmann::json { { "r", { std::string(huge.size(), 'y') } } });
    checkRefused(viaNlohmann.validate(), Rule::StringTooLong, QStringLiteral("r.0"), "nlohmann");
}

void TestValidation::nonObjectRoots()
{
    for (const nlohmann::json &root :
         { nlohmann::json::array(), nlohmann::json(nullptr), nlohmann::json(4) }) {
        const Feedback document = feedbackFromJson(root);
        checkRefused(document.validate(), Rule::NotAnObject, QString(), root.dump().c_str());
        QVERIFY(document.toJsonObject().isEmpty());
    }
    // As a patch for the state store: refused, and the state is left as it was.
    TargetStateStore store;
    const Target target = Target::event(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
    store.apply(target, Channel::EndUser, FeedbackKitTest::feedback(R"({"rating": true})"));
    ValidationErrors errors;
    const auto entry = store.apply(target, Channel::EndUser,
                                   feedbackFromJson(nlohmann::json::array({ 1 })), &errors);
    QCOMPARE(entry.version, quint64(0));
    checkRefused(errors, Rule::NotAnObject, QString(), "store");
    QCOMPARE(store.state(target, Channel::EndUser),
             FeedbackKitTest::feedback(R"({"rating": true})"));
    QCOMPARE(store.version(target, Channel::EndUser), quint64(1));
}

void TestValidation::binaryValuesAreRefused()
{
    // nlohmann can hold binary blobs, which JSON cannot carry.
    const Feedback document
        = feedbackFromJson(nlohmann::json { { "blob", nlohmann::json::binary({ 1, 2, 3 }) } });
    checkRefused(document.validate(), Rule::NotJson, QStringLiteral("blob"), "binary");
}

void TestValidation::groundTruthNullClearsInAPatch()
{
    // A patch clears ground_truth with null, so null must pass; merging never keeps it.
    const Feedback patch = FeedbackKitTest::feedback(R"({"ground_truth": null})");
    QVERIFY2(patch.isValid(), qPrintable(describe(patch.validate())));
    const Feedback state = FeedbackKitTest::feedback(R"({"ground_truth": "x", "rating": true})");
    QCOMPARE(state.merged(patch), FeedbackKitTest::feedback(R"({"rating": true})"));
}

void TestValidation::errorListIsBounded()
{
    // 1000 dotted keys: one error each would be noise; the list stops at a bound.
    const ValidationErrors errors
        = Feedback(QJsonDocument::fromJson(withMembers(1000, "a.")).object()).validate();
    QVERIFY(errors.size() >= 10);
    QVERIFY(errors.size() <= 100);
    for (const ValidationError &error : errors)
        QCOMPARE(error.rule, Rule::DottedKey);
}

void TestValidation::everyRuleReportedOnce()
{
    const QByteArray json = R"({"": 1, "a.b": 2, "ground_truth": 3, "x": [[[1]]],
        "o": {"o": {"o": {"o": {"o": {"o": {}}}}}}})";
    const ValidationErrors errors = Feedback(QJsonDocument::fromJson(json).object()).validate();
    QCOMPARE(FeedbackKitTest::rules(errors).size(), 5);
    const QList<Rule> expected { Rule::EmptyKey, Rule::DottedKey, Rule::GroundTruthType,
                                 Rule::ObjectNesting, Rule::ArrayNesting };
    for (Rule rule : expected)
        QVERIFY2(FeedbackKitTest::rules(errors).contains(rule), qPrintable(describe(errors)));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
