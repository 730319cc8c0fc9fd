#include "mergeundo_p.h"

namespace FeedbackKit {

using nlohmann::json;

namespace {
// A patch value landing where there was nothing to merge into: as merged into an empty
// object, objects lose their null members at every level (arrays are taken as they are).
json withoutNulls(const json &value)
{
    if (!value.is_object())
        return value;
    json result = json::object();
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!it->is_null())
            result.emplace(it.key(), withoutNulls(*it));
    }
    return result;
}
} // namespace

void MergeUndo::record(json &object, const std::string &key, std::optional<json> old)
{
    m_changes.push_back({ &object, key, std::move(old) });
}

void MergeUndo::rollBack()
{
    // Newest first: a change inside an object is undone before anything around it.
    for (auto change = m_changes.rbegin(); change != m_changes.rend(); ++change) {
        if (change->old)
            (*change->object)[change->key] = std::move(*change->old);
        else
            change->object->erase(change->key);
    }
    m_changes.clear();
}

// Only objects already in the target are recursed into, and each key occurs once per patch
// object, so the objects recorded in \a undo are never replaced or erased by this merge.
void mergeObjects(json &target, const json &patch, MergeUndo *undo)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const json &value = it.value();
        const auto existing = target.find(it.key());
        const bool present = existing != target.end();
        if (present && value.is_object() && existing->is_object()) {
            mergeObjects(*existing, value, undo);
            continue;
        }
        if (!present && value.is_null())
            continue;
        if (undo)
            undo->record(target, it.key(),
                         present ? std::optional<json>(std::move(*existing)) : std::nullopt);
        if (value.is_null())
            target.erase(existing);
        else if (present)
            *existing = withoutNulls(value);
        else
            target.emplace(it.key(), withoutNulls(value));
    }
}

} // namespace FeedbackKit
