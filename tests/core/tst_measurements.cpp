// Measurements over sets of feedback states, checked against values computed by hand.
// Percentiles interpolate linearly between closest ranks: rank = p * (n - 1).

#include "testhelpers.h"

#include <FeedbackKit/Measurements>

#include <QJsonArray>
#include <QTest>

using namespace FeedbackKit;
using FeedbackKitTest::feedback;
using Type = Measurement::Type;
using Op = MeasurementQuery::Filter::Op;

Q_DECLARE_METATYPE(FeedbackKit::Measurement::Type)

namespace {
// One document per value: {"v": value}. \a values is a JSON array written as text.
QList<Feedback> documents(const char *values)
{
    QList<Feedback> result;
    const QJsonArray array = QJsonDocument::fromJson(values).array();
    for (const QJsonValue &value : array)
        result.append(Feedback(QJsonObject { { QStringLiteral("v"), value } }));
    return result;
}

QList<Feedback> documentsOf(std::initializer_list<const char *> texts)
{
    QList<Feedback> result;
    for (const char *text : texts)
        result.append(feedback(text));
    return result;
}

MeasurementQuery query(const QString &path, const QString &groupBy = {},
                       QList<MeasurementQuery::Filter> filters = {})
{
    MeasurementQuery q;
    q.path = path;
    q.groupBy = groupBy;
    q.filters = std::move(filters);
    return q;
}

// Hand-computed figures are exact decimals; allow for binary rounding only.
void compareFigure(double actual, double expected, const char *name)
{
    QVERIFY2(std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
             qPrintable(QStringLiteral("%1: %2, expected %3")
                            .arg(QLatin1String(name))
                            .arg(actual, 0, 'g', 17)
                            .arg(expected)));
}
} // namespace

class TestMeasurements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data();
    void numbers();
    void booleans_data();
    void booleans();
    void strings();
    void emptySet();
    void missingAndNullValuesAreNotCounted();
    void typeIsTheFirstMeasurableValue();
    void nestedPaths();
    void filters_data();
    void filters();
    void groupBy();
    void groupByWithFilter();
    void accumulatorMatchesMeasure();
    void toJson();
    void parseFilter_data();
    void parseFilter();
    void typeNames();
};

void TestMeasurements::numbers_data()
{
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("skipped");
    QTest::addColumn<QList<double>>("figures"); // sum avg median min max p95 p98 p99
    QTest::newRow("one value") << QByteArray("[4]") << qint64(1) << qint64(0)
                               << QList<double> { 4, 4, 4, 4, 4, 4, 4, 4 };
    QTest::newRow("two values") << QByteArray("[100, 1]") << qint64(2) << qint64(0)
                                << QList<double> { 101, 50.5, 50.5, 1, 100, 95.05, 98.02, 99.01 };
    // sorted 1,2,3: median rank 1 -> 2; p95 rank 1.9 -> 2.9; p98 rank 1.96; p99 rank 1.98
    QTest::newRow("three unsorted") << QByteArray("[3, 1, 2]") << qint64(3) << qint64(0)
                                    << QList<double> { 6, 2, 2, 1, 3, 2.9, 2.96, 2.98 };
    // 1..10: median rank 4.5 -> 5.5; p95 rank 8.55 -> 9.55; p98 rank 8.82; p99 rank 8.91
    QTest::newRow("one to ten") << QByteArray("[7, 1, 10, 2, 9, 3, 8, 4, 6, 5]") << qint64(10)
                                << qint64(0)
                                << QList<double> { 55, 5.5, 5.5, 1, 10, 9.55, 9.82, 9.91 };
    // sorted 2,4,4.5,5: median rank 1.5 -> 4.25; p95 rank 2.85 -> 4.5+0.85*0.5 = 4.925
    QTest::newRow("stars with halves")
        << QByteArray("[4, 4.5, 5, 2]") << qint64(4) << qint64(0)
        << QList<double> { 15.5, 3.875, 4.25, 2, 5, 4.925, 4.97, 4.985 };
    QTest::newRow("negative and equal") << QByteArray("[-1, -1, -1]") << qint64(3) << qint64(0)
                                        << QList<double> { -3, -1, -1, -1, -1, -1, -1, -1 };
    // 0..100 (101 values): pXX is exactly XX
    QByteArrayList hundred;
    for (int i = 100; i >= 0; --i)
        hundred.append(QByteArray::number(i));
    QTest::newRow("zero to hundred") << '[' + hundred.join(',') + ']' << qint64(101) << qint64(0)
                                     << QList<double> { 5050, 50, 50, 0, 100, 95, 98, 99 };
    // Values of another type are skipped, never coerced: "5" and true do not count.
    QTest::newRow("mixed types") << QByteArray(R"([2, "5", true, 4, {"x": 1}, [1]])") << qint64(2)
                                 << qint64(4) << QList<double> { 6, 3, 3, 2, 4, 3.9, 3.96, 3.98 };
}

void TestMeasurements::numbers()
{
    QFETCH(QByteArray, values);
    QFETCH(qint64, count);
    QFETCH(qint64, skipped);
    QFETCH(QList<double>, figures);
    const Measurement m
        = measure(documents(values.constData()), query(QStringLiteral("v"))).overall;
    QCOMPARE(m.type, Type::Number);
    QCOMPARE(m.count, count);
    QCOMPARE(m.skipped, skipped);
    compareFigure(m.sum, figures[0], "sum");
    compareFigure(m.avg, figures[1], "avg");
    compareFigure(m.median, figures[2], "median");
    compareFigure(m.min, figures[3], "min");
    compareFigure(m.max, figures[4], "max");
    compareFigure(m.p95, figures[5], "p95");
    compareFigure(m.p98, figures[6], "p98");
    compareFigure(m.p99, figures[7], "p99");
}

void TestMeasurements::booleans_data()
{
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("trueCount");
    QTest::addColumn<qint64>("falseCount");
    QTest::addColumn<double>("truePct");
    QTest::addColumn<qint64>("skipped");
    QTest::newRow("one true") << QByteArray("[true]") << qint64(1) << qint64(1) << qint64(0)
                              << 100.0 << qint64(0);
    QTest::newRow("one false") << QByteArray("[false]") << qint64(1) << qint64(0) << qint64(1)
                               << 0.0 << qint64(0);
    QTest::newRow("two of three") << QByteArray("[true, false, true]") << qint64(3) << qint64(2)
                                  << qint64(1) << 200.0 / 3 << qint64(0);
    QTest::newRow("one of four") << QByteArray("[false, false, true, false]") << qint64(4)
                                 << qint64(1) << qint64(3) << 25.0 << qint64(0);
    QTest::newRow("mixed types") << QByteArray(R"([true, 1, "true", false, 0])") << qint64(2)
                                 << qint64(1) << qint64(1) << 50.0 << qint64(3);
}

void TestMeasurements::booleans()
{
    QFETCH(QByteArray, values);
    QFETCH(qint64, count);
    QFETCH(qint64, trueCount);
    QFETCH(qint64, falseCount);
    QFETCH(double, truePct);
    QFETCH(qint64, skipped);
    const Measurement m
        = measure(documents(values.constData()), query(QStringLiteral("v"))).overall;
    QCOMPARE(m.type, Type::Boolean);
    QCOMPARE(m.count, count);
    QCOMPARE(m.trueCount, trueCount);
    QCOMPARE(m.falseCount, falseCount);
    compareFigure(m.truePct, truePct, "true_pct");
    QCOMPARE(m.skipped, skipped);
}

void TestMeasurements::strings()
{
    const Measurement m = measure(documents(R"(["slow", "wrong", "slow", "", 3, "Slow"])"),
                                  query(QStringLiteral("v")))
                              .overall;
    QCOMPARE(m.type, Type::String);
    QCOMPARE(m.count, 5);
    QCOMPARE(m.skipped, 1);
    const QMap<QString, qint64> expected { { QStringLiteral("slow"), 2 },
                                           { QStringLiteral("wrong"), 1 },
                                           { QString(), 1 },
                                           { QStringLiteral("Slow"), 1 } };
    QCOMPARE(m.values, expected);
}

void TestMeasurements::emptySet()
{
    const MeasurementResult result = measure({}, query(QStringLiteral("v"), QStringLiteral("g")));
    QCOMPARE(result.overall.type, Type::None);
    QCOMPARE(result.overall.count, 0);
    QCOMPARE(result.overall.skipped, 0);
    QVERIFY(result.groups.isEmpty());
    QCOMPARE(result.toJson(),
             FeedbackKitTest::object(R"({"type": "none", "count": 0, "skipped": 0})"));
}

void TestMeasurements::missingAndNullValuesAreNotCounted()
{
    const auto docs
        = documentsOf({ R"({"v": 2})", R"({"other": 1})", R"({"v": null})", "{}", R"({"v": 4})" });
    const Measurement m = measure(docs, query(QStringLiteral("v"))).overall;
    QCOMPARE(m.count, 2);
    QCOMPARE(m.skipped, 0);
    compareFigure(m.avg, 3, "avg");
}

void TestMeasurements::typeIsTheFirstMeasurableValue()
{
    // An object first is skipped (it has no measurable type); the numbers after it count.
    const Measurement m
        = measure(documents(R"([{"a": 1}, 5, 7, "x"])"), query(QStringLiteral("v"))).overall;
    QCOMPARE(m.type, Type::Number);
    QCOMPARE(m.count, 2);
    QCOMPARE(m.skipped, 2);
    compareFigure(m.sum, 12, "sum");
}

void TestMeasurements::nestedPaths()
{
    const auto docs = documentsOf({ R"({"feedback": {"edits": [{"value": "a"}]}})",
                                    R"({"feedback": {"edits": [{"value": "b"}, {"value": "c"}]}})",
                                    R"({"feedback": {"edits": []}})" });
    const Measurement m = measure(docs, query(QStringLiteral("feedback.edits.0.value"))).overall;
    QCOMPARE(m.type, Type::String);
    QCOMPARE(m.count, 2);
    QCOMPARE(m.values,
             (QMap<QString, qint64> { { QStringLiteral("a"), 1 }, { QStringLiteral("b"), 1 } }));
}

void TestMeasurements::filters_data()
{
    QTest::addColumn<QString>("filterPath");
    QTest::addColumn<int>("op");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<double>("sum");
    // Documents: see filters(); scores 5, 4, 2, 1, 3.
    QTest::newRow("equals string") << QStringLiteral("model") << int(Op::Equals)
                                   << QJsonValue(QStringLiteral("a")) << qint64(2) << 9.0;
    QTest::newRow("equals bool") << QStringLiteral("rating") << int(Op::Equals) << QJsonValue(false)
                                 << qint64(2) << 3.0;
    QTest::newRow("equals number across storage")
        << QStringLiteral("version") << int(Op::Equals) << QJsonValue(2.0) << qint64(2) << 5.0;
    QTest::newRow("equals nested") << QStringLiteral("meta.lang") << int(Op::Equals)
                                   << QJsonValue(QStringLiteral("fr")) << qint64(1) << 2.0;
    QTest::newRow("equals nothing") << QStringLiteral("model") << int(Op::Equals)
                                    << QJsonValue(QStringLiteral("z")) << qint64(0) << 0.0;
    QTest::newRow("equals is not contains")
        << QStringLiteral("comment") << int(Op::Equals) << QJsonValue(QStringLiteral("slow"))
        << qint64(0) << 0.0;
    QTest::newRow("contains substring") << QStringLiteral("comment") << int(Op::Contains)
                                        << QJsonValue(QStringLiteral("slow")) << qint64(2) << 3.0;
    QTest::newRow("contains is case-sensitive")
        << QStringLiteral("comment") << int(Op::Contains) << QJsonValue(QStringLiteral("SLOW"))
        << qint64(0) << 0.0;
    QTest::newRow("contains array element")
        << QStringLiteral("reasons") << int(Op::Contains) << QJsonValue(QStringLiteral("wrong"))
        << qint64(2) << 5.0;
    QTest::newRow("contains needs a whole element")
        << QStringLiteral("reasons") << int(Op::Contains) << QJsonValue(QStringLiteral("wro"))
        << qint64(0) << 0.0;
    QTest::newRow("contains number in array")
        << QStringLiteral("tags") << int(Op::Contains) << QJsonValue(7) << qint64(1) << 4.0;
    QTest::newRow("missing path never matches") << QStringLiteral("nope") << int(Op::Equals)
                                                << QJsonValue(QJsonValue::Null) << qint64(0) << 0.0;
}

void TestMeasurements::filters()
{
    QFETCH(QString, filterPath);
    QFETCH(int, op);
    QFETCH(QJsonValue, value);
    QFETCH(qint64, count);
    QFETCH(double, sum);
    const auto docs = documentsOf({
        R"({"score": 5, "model": "a", "rating": true, "version": 1, "comment": "fast", "reasons": ["ok"]})",
        R"({"score": 4, "model": "a", "rating": true, "version": 2.0, "meta": {"lang": "en"}, "tags": [7]})",
        R"({"score": 2, "model": "b", "rating": false, "meta": {"lang": "fr"}, "comment": "too slow", "reasons": ["wrong", "slow"]})",
        R"({"score": 1, "model": "b", "rating": false, "version": 2, "comment": "slow!"})",
        R"({"score": 3, "model": "c", "reasons": ["wrong"]})",
    });
    const MeasurementQuery q
        = query(QStringLiteral("score"), {}, { { filterPath, Op(op), value } });
    const Measurement m = measure(docs, q).overall;
    QCOMPARE(m.count, count);
    compareFigure(m.sum, sum, "sum");
}

void TestMeasurements::groupBy()
{
    const auto docs
        = documentsOf({ R"({"rating": true, "model": "a"})", R"({"rating": false, "model": "a"})",
                        R"({"rating": true, "model": "b"})", R"({"rating": true})",
                        R"({"rating": false, "model": 2})", R"({"model": "a"})" });
    const MeasurementResult result
        = measure(docs, query(QStringLiteral("rating"), QStringLiteral("model")));
    QCOMPARE(result.overall.count, 5);
    QCOMPARE(result.overall.trueCount, 3);
    QCOMPARE(result.groups.keys(),
             (QStringList { QStringLiteral("2"), QStringLiteral("a"), QStringLiteral("b"),
                            QStringLiteral("null") }));
    const Measurement a = result.groups.value(QStringLiteral("a"));
    QCOMPARE(a.count, 2);
    compareFigure(a.truePct, 50, "a true_pct");
    QCOMPARE(result.groups.value(QStringLiteral("b")).trueCount, 1);
    QCOMPARE(result.groups.value(QStringLiteral("null")).count, 1); // no model
    QCOMPARE(result.groups.value(QStringLiteral("2")).falseCount,
             1); // numbers group by their JSON text
}

void TestMeasurements::groupByWithFilter()
{
    const auto docs = documentsOf({ R"({"score": 5, "model": "a", "env": "prod"})",
                                    R"({"score": 3, "model": "a", "env": "prod"})",
                                    R"({"score": 1, "model": "a", "env": "dev"})",
                                    R"({"score": 2, "model": "b", "env": "prod"})" });
    const MeasurementResult result = measure(
        docs,
        query(QStringLiteral("score"), QStringLiteral("model"),
              { { QStringLiteral("env"), Op::Equals, QJsonValue(QStringLiteral("prod")) } }));
    QCOMPARE(result.overall.count, 3);
    compareFigure(result.groups.value(QStringLiteral("a")).avg, 4, "a avg");
    compareFigure(result.groups.value(QStringLiteral("a")).median, 4, "a median");
    compareFigure(result.groups.value(QStringLiteral("b")).max, 2, "b max");
}

void TestMeasurements::accumulatorMatchesMeasure()
{
    const auto docs = documents("[5, 1, 4, 2, 3]");
    MeasurementAccumulator accumulator(query(QStringLiteral("v")));
    for (const Feedback &document : docs)
        accumulator.add(document);
    QCOMPARE(accumulator.result().toJson(), measure(docs, query(QStringLiteral("v"))).toJson());
    // result() can be taken more than once, and adding continues from where it was.
    accumulator.add(feedback(R"({"v": 6})"));
    compareFigure(accumulator.result().overall.median, 3.5, "median");
    compareFigure(accumulator.result().overall.median, 3.5, "median again");
}

void TestMeasurements::toJson()
{
    QCOMPARE(measure(documents("[true, false, true, true]"), query(QStringLiteral("v"))).toJson(),
             FeedbackKitTest::object(
                 R"({"type": "boolean", "count": 4, "skipped": 0, "true": 3, "false": 1,
                                          "true_pct": 75})"));
    QCOMPARE(
        measure(documents("[2, 4]"), query(QStringLiteral("v"))).toJson(),
        FeedbackKitTest::object(R"({"type": "number", "count": 2, "skipped": 0, "sum": 6, "avg": 3,
                 "median": 3, "min": 2, "max": 4, "p95": 3.9, "p98": 3.96, "p99": 3.98})"));
    QCOMPARE(measure(documents(R"(["x", "y", "x"])"), query(QStringLiteral("v"))).toJson(),
             FeedbackKitTest::object(
                 R"({"type": "string", "count": 3, "skipped": 0, "values": {"x": 2, "y": 1}})"));
    const auto grouped = measure(documentsOf({ R"({"v": 1, "g": "a"})" }),
                                 query(QStringLiteral("v"), QStringLiteral("g")));
    QCOMPARE(grouped.toJson()
                 .value(QStringLiteral("groups"))
                 .toObject()
                 .value(QStringLiteral("a"))
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             1);
}

void TestMeasurements::parseFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("op");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("equals bool") << QStringLiteral("rating=true") << true
                                 << QStringLiteral("rating") << int(Op::Equals) << QJsonValue(true);
    QTest::newRow("equals number") << QStringLiteral("score=4") << true << QStringLiteral("score")
                                   << int(Op::Equals) << QJsonValue(4);
    QTest::newRow("equals quoted")
        << QStringLiteral(R"(model="4")") << true << QStringLiteral("model") << int(Op::Equals)
        << QJsonValue(QStringLiteral("4"));
    QTest::newRow("equals bare word")
        << QStringLiteral("model=gpt-4o") << true << QStringLiteral("model") << int(Op::Equals)
        << QJsonValue(QStringLiteral("gpt-4o"));
    QTest::newRow("contains") << QStringLiteral("comment~slow") << true << QStringLiteral("comment")
                              << int(Op::Contains) << QJsonValue(QStringLiteral("slow"));
    QTest::newRow("first operator wins")
        << QStringLiteral("a.b~x=y") << true << QStringLiteral("a.b") << int(Op::Contains)
        << QJsonValue(QStringLiteral("x=y"));
    QTest::newRow("empty value") << QStringLiteral("comment=") << true << QStringLiteral("comment")
                                 << int(Op::Equals) << QJsonValue(QString());
    QTest::newRow("two JSON values are text")
        << QStringLiteral("v=1,2") << true << QStringLiteral("v") << int(Op::Equals)
        << QJsonValue(QStringLiteral("1,2"));
    QTest::newRow("no operator") << QStringLiteral("rating") << false << QString() << 0
                                 << QJsonValue();
    QTest::newRow("no path") << QStringLiteral("=true") << false << QString() << 0 << QJsonValue();
    QTest::newRow("empty") << QString() << false << QString() << 0 << QJsonValue();
}

void TestMeasurements::parseFilter()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, path);
    QFETCH(int, op);
    QFETCH(QJsonValue, value);
    QString error;
    const auto filter = MeasurementQuery::parseFilter(text, &error);
    QCOMPARE(filter.has_value(), ok);
    if (!ok) {
        QVERIFY2(error.contains(QStringLiteral("PATH=VALUE")), qPrintable(error));
        return;
    }
    QCOMPARE(filter->path, path);
    QCOMPARE(int(filter->op), op);
    QCOMPARE(filter->value, value);
}

void TestMeasurements::typeNames()
{
    QCOMPARE(measurementTypeName(Type::Boolean), QStringLiteral("boolean"));
    QCOMPARE(measurementTypeName(Type::Number), QStringLiteral("number"));
    QCOMPARE(measurementTypeName(Type::String), QStringLiteral("string"));
    QCOMPARE(measurementTypeName(Type::None), QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TestMeasurements)
#include "tst_measurements.moc"
