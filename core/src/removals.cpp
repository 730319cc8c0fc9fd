#include "removalskeleton_p.h"

#include "feedback_p.h"

namespace FeedbackKit::Removals {

using nlohmann::json;

namespace {
json skeletonOf(const json &value)
{
    if (!value.is_object())
        return nullptr;
    json skeleton = json::object();
    for (auto it = value.begin(); it != value.end(); ++it)
        skeleton[it.key()] = skeletonOf(it.value());
    return skeleton;
}

void uniteKey(json &into, const std::string &key, const json &skeleton)
{
    auto held = into.find(key);
    if (held == into.end())
        into[key] = skeleton;
    else if (held->is_object() && skeleton.is_object())
        unite(*held, skeleton);
    else if (skeleton.is_object())
        *held = skeleton; // the object says more: its members are cleared if it comes back
}

void addNulls(json &out, const json &removals)
{
    for (auto removed = removals.begin(); removed != removals.end(); ++removed) {
        auto held = out.find(removed.key());
        if (held == out.end())
            out[removed.key()] = nullptr;
        else if (held->is_object() && removed.value().is_object())
            addNulls(*held, removed.value());
        // Anything else there replaces the old value under every merge rule.
    }
}
} // namespace

void record(const json &state, const json &patch, json &removed)
{
    for (auto change = patch.begin(); change != patch.end(); ++change) {
        const auto held = state.find(change.key());
        if (held == state.end())
            continue; // nothing there to take away
        json taken;
        if (change.value().is_null() || (held->is_object() && !change.value().is_object()))
            taken = skeletonOf(*held);
        else if (held->is_object())
            record(*held, change.value(), taken); // merged: only removals inside count
        else
            continue; // a value replaced by another: nothing left behind
        if (change.value().is_null() || !taken.is_null()) {
            if (!removed.is_object())
                removed = json::object();
            uniteKey(removed, change.key(), taken);
        }
    }
}

void unite(json &into, const json &from)
{
    if (!from.is_object())
        return;
    if (!into.is_object())
        into = json::object();
    for (auto it = from.begin(); it != from.end(); ++it)
        uniteKey(into, it.key(), it.value());
}

void unite(Feedback &into, const Feedback &from)
{
    if (!from.isEmpty())
        unite(FeedbackData::mutableOf(into), FeedbackData::of(from));
}

Feedback parse(QByteArrayView text)
{
    std::optional<json> parsed = parseJsonStrict(text, nullptr);
    return parsed && parsed->is_object() ? FeedbackData::wrap(std::move(*parsed)) : Feedback();
}

QByteArray withRemovals(const Feedback &state, const Feedback &removals)
{
    if (removals.isEmpty())
        return state.toJson();
    json out = FeedbackData::of(state);
    if (!out.is_object())
        out = json::object();
    addNulls(out, FeedbackData::of(removals));
    return FeedbackData::wrap(std::move(out)).toJson();
}

} // namespace FeedbackKit::Removals
