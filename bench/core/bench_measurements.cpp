// Measurements over 1,000,000 numeric values: the accumulator's per-document cost and the
// final summary (sort and percentiles).

#include <FeedbackKit/Measurements>

#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace FeedbackKit;

namespace {
constexpr int valueCount = 1'000'000;
// A million documents would be ~250 MB of JSON trees; the accumulator only keeps the values,
// so a pool of distinct documents is cycled instead.
constexpr int poolSize = 1000;

QList<Feedback> documentPool()
{
    QList<Feedback> pool;
    for (int i = 0; i < poolSize; ++i) {
        // Scores spread over 1..5 in halves, with a model to filter and group by.
        pool.append(Feedback(QJsonObject {
            { QStringLiteral("score"), 1 + (i * 7919 % 9) / 2.0 },
            { QStringLiteral("model"), i % 3 ? QStringLiteral("a") : QStringLiteral("b") } }));
    }
    return pool;
}

MeasurementQuery scoreQuery(bool filtered, bool grouped)
{
    MeasurementQuery query;
    query.path = QStringLiteral("score");
    if (grouped)
        query.groupBy = QStringLiteral("model");
    if (filtered)
        query.filters.append(
            { QStringLiteral("model"), MeasurementQuery::Filter::Op::Equals, QStringLiteral("a") });
    return query;
}

void measureMillion(benchmark::State &state)
{
    const QList<Feedback> pool = documentPool();
    const bool filtered = state.range(0) & 1, grouped = state.range(0) & 2;
    for (auto _ : state) {
        MeasurementAccumulator accumulator(scoreQuery(filtered, grouped));
        for (int i = 0; i < valueCount; ++i)
            accumulator.add(pool[i % poolSize]);
        benchmark::DoNotOptimize(accumulator.result());
    }
    state.SetItemsProcessed(state.iterations() * valueCount);
}
BENCHMARK(measureMillion)
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->ArgName("filter1_group2");
} // namespace
