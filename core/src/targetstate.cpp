#include "targetstate.h"

#include <QHash>

namespace FeedbackKit {

namespace {
struct Key
{
    QString eventId;
    Channel channel;
    bool operator==(const Key &) const = default;
};
size_t qHash(const Key &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.eventId, int(key.channel));
}
} // namespace

struct TargetStateStore::Private
{
    // Keyed by event ID: a session target and an event target with the same ID are the same
    // server-side event, so they must share one state.
    QHash<Key, Entry> entries;
};

TargetStateStore::TargetStateStore()
    : d(std::make_unique<Private>())
{ }
TargetStateStore::~TargetStateStore() = default;

TargetStateStore::Entry TargetStateStore::apply(const Target &target, Channel channel,
                                                const Feedback &patch, ValidationErrors *errors)
{
    if (!target.isValid()) {
        if (errors)
            *errors = { { {},
                          ValidationError::Rule::InvalidTarget,
                          QStringLiteral("feedback needs a valid session or event target") } };
        return {};
    }
    // Merge into a copy and validate it before touching the store: a refused patch must leave
    // the state, its version and the store's size exactly as they were.
    const Key key { target.eventId(), channel };
    const auto found = d->entries.constFind(key);
    const Feedback &current = found == d->entries.cend() ? Feedback() : found->state;
    Feedback next = current.merged(patch);
    ValidationErrors problems = next.validate();
    const bool refused = !problems.isEmpty();
    if (errors)
        *errors = std::move(problems);
    if (refused)
        return {};
    Entry &entry = d->entries[key];
    entry.state = std::move(next);
    ++entry.version;
    return entry;
}

void TargetStateStore::restore(const Target &target, Channel channel, const Feedback &state,
                               quint64 version)
{
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
