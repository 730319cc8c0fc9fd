// The per-capture costs: validating, merging, parsing, and TargetStateStore::apply (merge +
// validate), which the client calls on the UI thread for every capture (budget: 2 µs median).

#include <FeedbackKit/Feedback>
#include <FeedbackKit/TargetStateStore>

#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace FeedbackKit;

namespace {
// What a chat message's feedback typically holds after a few interactions.
const char *const typicalText
    = R"({"rating": false, "score": 2, "comment": "The answer cited the wrong
    version of the API and missed the migration notes.", "reasons": ["inaccurate", "outdated"],
    "actions": {"copied": true, "regenerated": 1, "edited": true},
    "edits": [{"value": "Use v2 of the endpoint and follow the migration guide."}],
    "step1": {"retry": false, "latency_ms": 812}})";

Feedback typical()
{
    return Feedback(QJsonDocument::fromJson(typicalText).object());
}

Feedback patch(const char *text)
{
    return Feedback(QJsonDocument::fromJson(text).object());
}

void validateTypical(benchmark::State &state)
{
    const Feedback document = typical();
    for (auto _ : state)
        benchmark::DoNotOptimize(document.validate());
}
BENCHMARK(validateTypical);

void mergeThumbIntoTypical(benchmark::State &state)
{
    const Feedback document = typical();
    const Feedback thumb = patch(R"({"rating": true})");
    for (auto _ : state)
        benchmark::DoNotOptimize(document.merged(thumb));
}
BENCHMARK(mergeThumbIntoTypical);

void mergeNestedPatch(benchmark::State &state)
{
    const Feedback document = typical();
    const Feedback nested
        = patch(R"({"actions": {"copied": null, "regenerated": 2}, "reasons": ["slow"]})");
    for (auto _ : state)
        benchmark::DoNotOptimize(document.merged(nested));
}
BENCHMARK(mergeNestedPatch);

void parseTypical(benchmark::State &state)
{
    const QByteArray text = typical().toJson();
    for (auto _ : state)
        benchmark::DoNotOptimize(Feedback::parse(text));
    state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(parseTypical);

void defaultConstruct(benchmark::State &state)
{
    for (auto _ : state) {
        Feedback empty;
        benchmark::DoNotOptimize(empty);
    }
}
BENCHMARK(defaultConstruct);

// The capture path: a thumb toggled on a target whose state is the typical document.
void storeApplyThumb(benchmark::State &state)
{
    TargetStateStore store;
    const Target target = Target::event(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
    store.apply(target, Channel::EndUser, typical());
    const Feedback up = patch(R"({"rating": true})"), down = patch(R"({"rating": false})");
    ValidationErrors errors;
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        benchmark::DoNotOptimize(store.apply(target, Channel::EndUser, flip ? up : down, &errors));
    }
}
BENCHMARK(storeApplyThumb);

// The same, with the patch built from QVariantMap as a widget would (conversion included).
void storeApplyBuiltPatch(benchmark::State &state)
{
    TargetStateStore store;
    const Target target = Target::event(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
    store.apply(target, Channel::EndUser, typical());
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        Feedback captured;
        captured.setRating(flip);
        captured.setAction(QStringLiteral("copied"), flip);
        benchmark::DoNotOptimize(store.apply(target, Channel::EndUser, captured));
    }
}
BENCHMARK(storeApplyBuiltPatch);
} // namespace
