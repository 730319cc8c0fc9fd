// The capture path: Client::enrich() from the call to its return (merge, validate, queue for
// the writer thread). Every call is timed on its own, so the median and the 99th percentile
// are real per-call figures, not an average over a batch.

#include <FeedbackKit/Client>

#include <QCoreApplication>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace FeedbackKit;

namespace {

constexpr int targetCount = 25000;

std::vector<Target> makeTargets()
{
    std::vector<Target> targets;
    targets.reserve(targetCount);
    for (int i = 0; i < targetCount; ++i)
        targets.push_back(Target::event(generateId()));
    return targets;
}

// Rating, score, comment and a copied action in rotation, like a chat's feedback bar.
std::vector<Feedback> makePatches()
{
    Feedback rating;
    rating.setRating(true);
    Feedback score;
    score.setScore(4);
    Feedback comment;
    comment.setComment(QStringLiteral("The answer was clear and it cited its sources."));
    Feedback copied;
    copied.setAction(QStringLiteral("copied"), true);
    return { rating, score, comment, copied };
}

double percentile(std::vector<double> &sorted, double p)
{
    const double rank = p * double(sorted.size() - 1);
    const size_t low = size_t(rank);
    const size_t high = std::min(low + 1, sorted.size() - 1);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - double(low));
}

void BM_Capture(benchmark::State &state)
{
    QTemporaryDir dir;
    ClientConfig config;
    config.apiKey.clear(); // delivery paused: this measures capture alone
    config.outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
    config.maxPendingTargets = targetCount;
    Client client(config);
    const std::vector<Target> targets = makeTargets();
    const std::vector<Feedback> patches = makePatches();
    std::vector<double> nanoseconds;
    nanoseconds.reserve(1 << 22);
    size_t i = 0;
    for (auto _ : state) {
        const Target &target = targets[i % targets.size()];
        const Feedback &patch = patches[(i / targets.size() + i) % patches.size()];
        const auto start = std::chrono::steady_clock::now();
        const bool ok = client.enrich(target, patch);
        const auto end = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(ok);
        if (nanoseconds.size() < nanoseconds.capacity())
            nanoseconds.push_back(std::chrono::duration<double, std::nano>(end - start).count());
        ++i;
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    state.counters["median_us"] = percentile(nanoseconds, 0.5) / 1000.0;
    state.counters["p99_us"] = percentile(nanoseconds, 0.99) / 1000.0;
    state.counters["max_us"] = nanoseconds.back() / 1000.0;
    state.counters["calls"] = double(nanoseconds.size());
}

// From the return of enrich() to the durable signal on the caller's thread: the window in
// which a kill -9 can lose an accepted item. One item at a time, each waiting for its signal.
void BM_DurableLatency(benchmark::State &state)
{
    QTemporaryDir dir;
    ClientConfig config;
    config.apiKey.clear();
    config.outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
    Client client(config);
    const std::vector<Target> targets = makeTargets();
    Feedback patch;
    patch.setRating(true);
    std::vector<double> microseconds;
    bool durable = false;
    QObject::connect(&client, &Client::durable, &client, [&] { durable = true; });
    size_t i = 0;
    for (auto _ : state) {
        durable = false;
        client.enrich(targets[i++ % targets.size()], patch);
        const auto accepted = std::chrono::steady_clock::now();
        while (!durable)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        microseconds.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - accepted)
                .count());
    }
    std::sort(microseconds.begin(), microseconds.end());
    state.counters["median_us"] = percentile(microseconds, 0.5);
    state.counters["p99_us"] = percentile(microseconds, 0.99);
    state.counters["max_us"] = microseconds.back();
}

} // namespace

BENCHMARK(BM_Capture)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_DurableLatency)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
