#include "targetstate.h"

#include "feedback_p.h"
#include "idhash_p.h"
#include "removalskeleton_p.h"

#include <QCoreApplication>
#include <QHash>

namespace FeedbackKit {

namespace {
struct Key
{
    QString eventId;
    Channel channel;
    bool operator==(const Key &other) const
    {
        return channel == other.channel && sameId(eventId, other.eventId);
    }
};
size_t qHash(const Key &key, size_t seed = 0) noexcept
{
    return hashId(key.eventId, seed) ^ size_t(key.channel);
}
} // namespace

class TargetStateStorePrivate
{
public:
    // Keyed by event ID: a session target and an event target with the same ID are the same
    // server-side event, so they must share one state.
    QHash<Key, TargetStateStore::Entry> entries;
};

TargetStateStore::TargetStateStore()
    : d(std::make_unique<TargetStateStorePrivate>())
{ }
TargetStateStore::~TargetStateStore() = default;

namespace {
ValidationErrors refusal(ValidationError::Rule rule, const QString &message)
{
    return { { {}, rule, message } };
}
} // namespace

// The capture path (budget: 2 µs). The patch is merged into the stored state in place and
// validated there; a refused result is rolled back from what the merge recorded, so no copy
// of the whole state is made unless someone still holds the previous one.
TargetStateStore::Entry TargetStateStore::apply(const Target &target, Channel channel,
                                                const Feedback &patch, ValidationErrors *errors,
                                                Feedback *removed)
{
    ValidationErrors problems;
    const nlohmann::json &changes = FeedbackData::of(patch);
    if (!target.isValid())
        problems = refusal(
            ValidationError::Rule::InvalidTarget,
            QCoreApplication::translate("FeedbackKit::Validation",
                                        "feedback needs a valid session or event target"));
    else if (!changes.is_object() && !changes.is_null())
        problems = refusal(ValidationError::Rule::NotAnObject,
                           QCoreApplication::translate("FeedbackKit::Validation",
                                                       "a patch must be a JSON object"));
    if (!problems.isEmpty()) {
        if (errors)
            *errors = std::move(problems);
        return {};
    }
    const Key key { target.eventId(), channel };
    auto found = d->entries.find(key);
    const bool firstPatch = found == d->entries.end();
    if (firstPatch)
        found = d->entries.insert(key, {});
    Entry &entry = *found;
    nlohmann::json &state = FeedbackData::mutableOf(entry.state);
    MergeUndo undo;
    nlohmann::json taken; // stays null, allocating nothing, unless the patch removes a key
    if (state.is_object() && changes.is_object()) {
        if (removed)
            Removals::record(state, changes, taken);
        mergeObjects(state, changes, &undo);
    }
    problems = validateJson(state);
    const bool refused = !problems.isEmpty();
    if (errors)
        *errors = std::move(problems);
    if (refused) {
        undo.rollBack();
        if (firstPatch)
            d->entries.erase(found); // never seen before: leave no trace
        return {};
    }
    if (!taken.is_null())
        Removals::unite(FeedbackData::mutableOf(*removed), taken);
    ++entry.version;
    return entry;
}

void TargetStateStore::restore(const Target &target, Channel channel, const Feedback &state,
                               quint64 version)
{
    if (target.isValid())
        d->entries.insert({ target.eventId(), channel }, { state, version });
}

TargetStateStore::Entry TargetStateStore::entry(const Target &target, Channel channel) const
{
    return d->entries.value({ target.eventId(), channel });
}

qsizetype TargetStateStore::size() const
{
    return d->entries.size();
}

void TargetStateStore::clear()
{
    d->entries.clear();
}

} // namespace FeedbackKit
