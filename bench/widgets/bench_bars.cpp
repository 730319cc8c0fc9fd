// What one delivery signal of a Client costs with many FeedbackBars alive: 10, 100, 1,000 and
// 10,000 bars in one window, each bound to its own target of one Client. Every bar renders a
// TargetDeliveryStatus, and all of them share one connection per Client signal that finds the
// signal's target by a hash lookup, so the cost must stay flat as the bars multiply.
//
//   build/bin/feedbackkit-bench-bars --benchmark_repetitions=5
//
// BM_AcceptedThenDelivered: accepted() then delivered() for one bar's target (its indicator goes
// Pending, then Delivered). BM_SignalForUnwatchedTarget: delivered() for a target no bar shows.
// BM_PerBarFilters: for comparison, the earlier design (each bar connected to the signal and
// compared the target itself), as bare lambdas: it grows with the bars.
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include <FeedbackKit/Client>
#include <FeedbackKit/FeedbackBar>

#include <QApplication>
#include <QTemporaryDir>
#include <QWidget>

#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

using namespace FeedbackKit;

namespace {

/*! One window holding the bars, one Client they are bound to. */
struct Scene
{
    QTemporaryDir dir;
    std::unique_ptr<Client> client;
    QWidget window;
    std::vector<FeedbackBar *> bars;
    std::vector<Target> targets;

    Scene()
    {
        ClientConfig config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // never reached: no capture
        config.apiKey = QStringLiteral("bench-bars");
        config.project = QStringLiteral("bench");
        config.outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
        client = std::make_unique<Client>(config);
        window.resize(480, 800);
        window.show();
    }

    // Bars are laid out by hand: a layout of 10,000 rows would only measure the layout.
    void resize(int count)
    {
        while (int(bars.size()) > count) {
            delete bars.back();
            bars.pop_back();
            targets.pop_back();
        }
        while (int(bars.size()) < count) {
            targets.push_back(Target::event(generateId()));
            auto *bar = new FeedbackBar(&window);
            bar->bind(client.get(), targets.back());
            bar->move(0, int(bars.size()) * 4);
            bar->show();
            bars.push_back(bar);
        }
    }
};

std::unique_ptr<Scene> &sceneInstance()
{
    static std::unique_ptr<Scene> instance;
    return instance;
}

Scene &scene(int bars)
{
    if (!sceneInstance())
        sceneInstance() = std::make_unique<Scene>();
    sceneInstance()->resize(bars);
    return *sceneInstance();
}

void BM_AcceptedThenDelivered(benchmark::State &state)
{
    Scene &s = scene(int(state.range(0)));
    const size_t middle = s.bars.size() / 2;
    const Target target = s.targets[middle];
    quint64 version = s.bars[middle]->deliveryStatus()->version();
    for (auto _ : state) {
        ++version;
        Q_EMIT s.client->accepted(target, version);
        Q_EMIT s.client->delivered(target, version);
    }
    if (s.bars[middle]->deliveryState() != FeedbackBar::DeliveryState::Delivered)
        state.SkipWithError("the bar did not follow its target");
    state.SetItemsProcessed(2 * state.iterations()); // two signals an iteration
}
BENCHMARK(BM_AcceptedThenDelivered)
    ->ArgName("bars")
    ->RangeMultiplier(10)
    ->Range(10, 10000)
    ->Unit(benchmark::kNanosecond);

void BM_SignalForUnwatchedTarget(benchmark::State &state)
{
    Scene &s = scene(int(state.range(0)));
    const Target nobody = Target::event(generateId());
    quint64 version = 0;
    for (auto _ : state)
        Q_EMIT s.client->delivered(nobody, ++version);
}
BENCHMARK(BM_SignalForUnwatchedTarget)
    ->ArgName("bars")
    ->RangeMultiplier(10)
    ->Range(10, 10000)
    ->Unit(benchmark::kNanosecond);

// The design TargetDeliveryStatus replaced, reduced to its cost: one connection per bar, each
// comparing the signal's target with its own. No widgets: only the fan-out.
void BM_PerBarFilters(benchmark::State &state)
{
    Scene &s = scene(10);
    QObject receivers;
    std::vector<Target> targets;
    for (int i = 0; i < state.range(0); ++i)
        targets.push_back(Target::event(generateId()));
    int hits = 0;
    for (const Target &mine : targets)
        QObject::connect(s.client.get(), &Client::delivered, &receivers,
                         [&hits, mine](const Target &target, quint64) {
                             if (target == mine)
                                 ++hits;
                         });
    quint64 version = 0;
    for (auto _ : state)
        Q_EMIT s.client->delivered(targets.front(), ++version);
    benchmark::DoNotOptimize(hits);
}
BENCHMARK(BM_PerBarFilters)
    ->ArgName("bars")
    ->RangeMultiplier(10)
    ->Range(10, 10000)
    ->Unit(benchmark::kNanosecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    sceneInstance().reset();
    return 0;
}
