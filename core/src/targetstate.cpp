#include "targetstate.h"

#include <QHash>

namespace FeedbackKit {

namespace {
struct Key {
    QString eventId;
    Channel channel;
    bool operator==(const Key &) const = default;
};
size_t qHash(const Key &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.eventId, int(key.channel));
}
} // namespace

struct TargetStateStore::Private {
    // Keyed by event ID: a session target and an event target with the same ID are the same
    // server-side event, so they must share one state.
    QHash<Key, Entry> entries;
};

TargetStateStore::TargetStateStore() : d(std::make_unique<Private>()) {}
TargetStateStore::~TargetStateStore() = default;

TargetStateStore::Entry TargetStateStore::apply(const Target &target, Channel channel,
                                                const Feedback &patch, ValidationErrors *errors)
{
    Entry &entry = d->entries[{target.eventId(), channel}];
    Feedback next = entry.state.merged(patch);
    ValidationErrors problems = next.validate();
    if (errors)
        *errors = problems;
    if (!problems.isEmpty()) {
        if (entry.version == 0)
            d->entries.remove({target.eventId(), channel});
        return {};
    }
    entry.state = std::move(next);
    ++entry.version;
    return entry;
}

void TargetStateStore::restore(const Target &target, Channel channel, const Feedback &state,
                               quint64 version)
{
    d->entries.insert({target.eventId(), channel}, {state, version});
}

TargetStateStore::Entry TargetStateStore::entry(const Target &target, Channel channel) const
{
    return d->entries.value({target.eventId(), channel});
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
