// GET /v1/events/chart against hand-computed values.

#include "httptestclient.h"

#include <FeedbackKit/Collector>

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace FeedbackKit;

class CollectorChartTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aggregation_data();
    void aggregation();
    void groupBy();
    void filters_data();
    void filters();
    void metricWithoutValues();
    void nullsAreNotMeasured_data();
    void nullsAreNotMeasured();
    void refusals_data();
    void refusals();

private:
    HttpResult chart(const QList<QPair<QString, QString>> &items);

    Collector m_collector;
    std::unique_ptr<HttpTestClient> m_http;
};

void CollectorChartTest::initTestCase()
{
    QString error;
    QVERIFY2(m_collector.start(&error), qPrintable(error));
    m_http = std::make_unique<HttpTestClient>(m_collector.baseUrl());
    // score:    1, 2, 4, 5, 3    (sorted 1 2 3 4 5)
    // rating:   true, true, false, true, -
    // copied:   true, false, -, -, -
    // accuracy: 0.5, 1.0 (metrics, the expert channel)
    // category: a, a, b, b, b
    const char *feedback[] = {
        R"({"score": 1, "rating": true, "actions": {"copied": true}, "category": "a"})",
        R"({"score": 2, "rating": true, "actions": {"copied": false}, "category": "a"})",
        R"({"score": 4, "rating": false, "category": "b"})",
        R"({"score": 5, "rating": true, "category": "b"})",
        R"({"score": 3, "category": "b"})",
    };
    const char *metrics[] = { R"({"accuracy": 0.5})", R"({"accuracy": 1.0})", "{}", "{}", "{}" };
    for (int i = 0; i < 5; ++i) {
        const QByteArray body
            = QStringLiteral(R"({"event_id": "%1", "feedback": %2, "metrics": %3})")
                  .arg(newTestId(), QLatin1String(feedback[i]), QLatin1String(metrics[i]))
                  .toUtf8();
        QCOMPARE(m_http->put(body).status, 200);
    }
}

HttpResult CollectorChartTest::chart(const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return m_http->get(QStringLiteral("/v1/events/chart?") + query.toString(QUrl::FullyEncoded));
}

void CollectorChartTest::aggregation_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("aggregation");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("count");
    QTest::newRow("avg") << "feedback.score"
                         << "avg" << 3.0 << 5;
    QTest::newRow("average alias") << "feedback.score"
                                   << "average" << 3.0 << 5;
    QTest::newRow("sum") << "feedback.score"
                         << "sum" << 15.0 << 5;
    QTest::newRow("min") << "feedback.score"
                         << "min" << 1.0 << 5;
    QTest::newRow("max") << "feedback.score"
                         << "max" << 5.0 << 5;
    QTest::newRow("median") << "feedback.score"
                            << "median" << 3.0 << 5;
    // Linear interpolation between closest ranks: rank = p * (n - 1) over the sorted values.
    QTest::newRow("p95") << "feedback.score"
                         << "p95" << 4.8 << 5;
    QTest::newRow("p98") << "feedback.score"
                         << "p98" << 4.92 << 5;
    QTest::newRow("p99") << "feedback.score"
                         << "p99" << 4.96 << 5;
    QTest::newRow("count") << "feedback.score"
                           << "count" << 5.0 << 5;
    QTest::newRow("true_pct rating") << "feedback.rating"
                                     << "true_pct" << 75.0 << 4;
    QTest::newRow("true_pct nested action") << "feedback.actions.copied"
                                            << "true_pct" << 50.0 << 2;
    QTest::newRow("count booleans") << "feedback.rating"
                                    << "count" << 4.0 << 4;
    QTest::newRow("metrics avg") << "metrics.accuracy"
                                 << "avg" << 0.75 << 2;
}

void CollectorChartTest::aggregation()
{
    QFETCH(QString, metric);
    QFETCH(QString, aggregation);
    QFETCH(double, expected);
    QFETCH(int, count);
    const HttpResult result = chart({ { "metric", metric }, { "aggregation", aggregation } });
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json();
    QVERIFY2(qAbs(body.value("value").toDouble() - expected) < 1e-9, result.body.constData());
    QCOMPARE(body.value("count").toInt(), count);
    QCOMPARE(body.value("totalEvents").toInt(), count);
    QCOMPARE(body.value("metric").toString(), metric);
}

void CollectorChartTest::groupBy()
{
    const HttpResult result = chart({ { "metric", "feedback.score" },
                                      { "aggregation", "avg" },
                                      { "groupBy", "feedback.category" } });
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value("value").toDouble(), 3.0);
    const QJsonArray points = result.json().value("events").toArray();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).toObject().value("group").toString(), QStringLiteral("a"));
    QCOMPARE(points.at(0).toObject().value("value").toDouble(), 1.5);
    QCOMPARE(points.at(1).toObject().value("group").toString(), QStringLiteral("b"));
    QCOMPARE(points.at(1).toObject().value("value").toDouble(), 4.0);
    QCOMPARE(points.at(1).toObject().value("count").toInt(), 3);
}

void CollectorChartTest::filters_data()
{
    QTest::addColumn<QString>("filters");
    QTest::addColumn<double>("expectedAvg");
    QTest::newRow("object, is")
        << R"([{"field": "feedback.category", "operator": "is", "value": "b"}])" << 4.0;
    QTest::newRow("string, equals") << R"(["feedback.category=a"])" << 1.5;
    QTest::newRow("two filters")
        << R"(["feedback.category=b", {"field": "feedback.rating", "operator": "is", "value": true}])"
        << 5.0;
}

void CollectorChartTest::filters()
{
    QFETCH(QString, filters);
    QFETCH(double, expectedAvg);
    const HttpResult result = chart({ { "metric", "feedback.score" }, { "filters", filters } });
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value("value").toDouble(), expectedAvg);
}

void CollectorChartTest::metricWithoutValues()
{
    const HttpResult result = chart({ { "metric", "feedback.nothing" }, { "aggregation", "p99" } });
    QCOMPARE(result.status, 200);
    QVERIFY(result.json().value("value").isNull());
    QCOMPARE(result.json().value("count").toInt(), 0);
}

void CollectorChartTest::nullsAreNotMeasured_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("aggregation");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("count");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("number") << "feedback.score"
                            << "avg"
                            << "number" << 2 << QJsonValue(3.0);
    QTest::newRow("count of numbers") << "feedback.score"
                                      << "count"
                                      << "number" << 2 << QJsonValue(2.0);
    QTest::newRow("boolean") << "feedback.rating"
                             << "true_pct"
                             << "boolean" << 1 << QJsonValue(100.0);
    QTest::newRow("nested boolean") << "feedback.actions.copied"
                                    << "count"
                                    << "boolean" << 1 << QJsonValue(1.0);
    QTest::newRow("string") << "metadata.model"
                            << "count"
                            << "string" << 2 << QJsonValue(2.0);
    QTest::newRow("only nulls") << "feedback.gone"
                                << "avg"
                                << "none" << 0 << QJsonValue(QJsonValue::Null);
}

void CollectorChartTest::nullsAreNotMeasured()
{
    QFETCH(QString, metric);
    QFETCH(QString, aggregation);
    QFETCH(QString, type);
    QFETCH(int, count);
    QFETCH(QJsonValue, value);
    // Its own collector: the values above stay as hand-computed. Group "b" holds only nulls.
    Collector collector;
    QString error;
    QVERIFY2(collector.start(&error), qPrintable(error));
    HttpTestClient http(collector.baseUrl());
    const char *events[] = {
        R"({"feedback": {"score": 2, "rating": true, "actions": {"copied": true}, "gone": null,
                         "category": "a"}, "metadata": {"model": "m1"}})",
        R"({"feedback": {"score": null, "rating": null, "actions": {"copied": null},
                         "gone": null, "category": "b"}, "metadata": {"model": null}})",
        R"({"feedback": {"score": 4, "category": "a"}, "metadata": {"model": "m2"}})",
    };
    for (const char *event : events) {
        const QByteArray body = QByteArray(R"({"event": {"event_type": "model", "inputs": {},)")
            + QByteArray(event).mid(1) + '}';
        QCOMPARE(http.post(QStringLiteral("/events"), body).status, 200);
    }
    // A nested null stored by a PUT (the default rule keeps nulls inside nested objects).
    QCOMPARE(http.put(QStringLiteral(R"({"event_id": "%1", "feedback": {"category": "b",
                                         "actions": {"copied": null}}})")
                          .arg(newTestId())
                          .toUtf8())
                 .status,
             200);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("metric"), metric);
    query.addQueryItem(QStringLiteral("aggregation"), aggregation);
    query.addQueryItem(QStringLiteral("groupBy"), QStringLiteral("feedback.category"));
    const HttpResult result = http.get(QStringLiteral("/v1/events/chart?") + query.toString());
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json();
    QCOMPARE(body.value("type").toString(), type);
    QCOMPARE(body.value("count").toInt(), count);
    QCOMPARE(body.value("totalEvents").toInt(), count);
    QCOMPARE(body.value("value"), value);
    // A group whose events hold only nulls at the metric is no bucket at all.
    const QJsonArray points = body.value("events").toArray();
    QCOMPARE(points.size(), count > 0 ? 1 : 0);
    if (count > 0) {
        QCOMPARE(points.at(0).toObject().value("group").toString(), QStringLiteral("a"));
        QCOMPARE(points.at(0).toObject().value("count").toInt(), count);
    }
}

void CollectorChartTest::refusals_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("aggregation");
    QTest::addColumn<QString>("filters");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("unknown aggregation") << "feedback.score"
                                         << "p75"
                                         << ""
                                         << "aggregation";
    QTest::newRow("avg of booleans") << "feedback.rating"
                                     << "avg"
                                     << ""
                                     << "boolean";
    QTest::newRow("true_pct of numbers") << "feedback.score"
                                         << "true_pct"
                                         << ""
                                         << "number";
    QTest::newRow("filters not an array") << "feedback.score"
                                          << "avg"
                                          << "{}"
                                          << "filters";
    QTest::newRow("filter without field") << "feedback.score"
                                          << "avg"
                                          << R"([{"value": 1}])"
                                          << "filters";
    QTest::newRow("unknown operator") << "feedback.score"
                                      << "avg"
                                      << R"([{"field": "x", "operator": "near", "value": 1}])"
                                      << "filters";
}

void CollectorChartTest::refusals()
{
    QFETCH(QString, metric);
    QFETCH(QString, aggregation);
    QFETCH(QString, filters);
    QFETCH(QString, errorPart);
    QList<QPair<QString, QString>> items { { "metric", metric }, { "aggregation", aggregation } };
    if (!filters.isEmpty())
        items.append({ "filters", filters });
    const HttpResult result = chart(items);
    QCOMPARE(result.status, 400);
    QVERIFY2(result.json().value("error").toString().contains(errorPart), result.body.constData());
}

QTEST_GUILESS_MAIN(CollectorChartTest)
#include "tst_collector_chart.moc"
