#include "itemintake_p.h"

#include "client.h"
#include "deliveryscheduler_p.h"
#include "outboxsession_p.h"
#include "pendingitems_p.h"
#include "removals_p.h"
#include <FeedbackKit/TargetStateStore>

#include <QCoreApplication>
#include <QDateTime>

namespace FeedbackKit {

namespace {
void setIntakeError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString describe(const ValidationErrors &errors)
{
    QString text = errors.constFirst().toString();
    // A variable, not an expression, as the count: Qt 6.4's lupdate never finishes a file
    // with "int(errors.size() - 1)" in a translate() call.
    const int more = int(errors.size()) - 1;
    if (more > 0)
        //: After the first validation problem: how many more there are
        text += QCoreApplication::translate("FeedbackKit::Client", " (and %n more problems)",
                                            nullptr, more);
    return text;
}
} // namespace

ItemIntake::ItemIntake(Client *q, const ClientConfig &config, TargetStateStore &states,
                       PendingItems &items, DeliveryScheduler &scheduler, OutboxSession &outbox)
    : q(q)
    , m_config(config)
    , m_states(states)
    , m_items(items)
    , m_scheduler(scheduler)
    , m_outbox(outbox)
{ }

bool ItemIntake::capture(const Target &target, const Feedback &patch, Channel channel,
                         QString *error)
{
    if (!target.isValid()) {
        setIntakeError(error, QCoreApplication::translate("FeedbackKit::Client", "invalid target"));
        return false;
    }
    const ItemKey key { target.eventId(), itemKindFor(channel) };
    PendingItem *item = m_items.find(key); // one lookup: this path runs in the low microseconds
    const bool added = !item;
    if (refuseWhenFull(!added, error))
        return false;
    Feedback removals = removalsToKeep(key, item);
    Feedback removedNow;
    const quint64 version
        = mergeAndQueue(key, target, channel, patch, removals, &removedNow, error);
    if (version == 0)
        return false;
    if (added)
        item = &addPending(key, target);
    item->version = version;
    item->removals = std::move(removals);
    Removals::unite(item->removalsSinceSend, removedNow);
    m_scheduler.schedule(key);
    // Signals last: a slot may call back into the client and invalidate `item`.
    announceCaptured(key, target, version, added);
    return true;
}

void ItemIntake::announceCaptured(const ItemKey &key, const Target &target, quint64 version,
                                  bool added)
{
    if (added)
        Q_EMIT q->pendingCountChanged(m_items.pendingCount());
    if (m_items.forgetQuarantined(key)) // the new state supersedes the refused one
        Q_EMIT q->quarantinedCountChanged(m_items.quarantinedCount());
    Q_EMIT q->accepted(target, version);
}

Feedback ItemIntake::removalsToKeep(const ItemKey &key, const PendingItem *item) const
{
    if (item)
        return item->removals;
    // A new state for a quarantined item keeps what the refused one still had to remove.
    if (const PendingItem *refused = m_items.findQuarantined(key))
        return refused->removals;
    return {};
}

/*!
 * Merges \a patch into the state and queues the result with \a removals (to which what the
 * merge removed, \a removedNow, is added); returns its version, or 0 when it is refused.
 */
quint64 ItemIntake::mergeAndQueue(const ItemKey &key, const Target &target, Channel channel,
                                  const Feedback &patch, Feedback &removals, Feedback *removedNow,
                                  QString *error)
{
    // A queued write of an older state is about to be replaced by this one: it lets go of the
    // state, so the merge changes it in place instead of copying it. Under the lock, the
    // writer thread cannot take that write in between.
    OutboxWriter::Locked queue(*m_outbox.writer());
    Feedback *queued = queue.queuedState(key);
    if (queued)
        *queued = Feedback();
    ValidationErrors problems;
    TargetStateStore::Entry entry = m_states.apply(target, channel, patch, &problems, removedNow);
    if (entry.version == 0) {
        if (queued) // refused and rolled back: the queued write keeps what it had
            *queued = m_states.state(target, channel);
        setIntakeError(error, describe(problems));
        return 0;
    }
    Removals::unite(removals, *removedNow);
    queue.enqueue({ WriteOp::Type::Upsert,
                    key,
                    target,
                    std::move(entry.state),
                    {},
                    entry.version,
                    {},
                    removals });
    return entry.version;
}

PendingItem &ItemIntake::addPending(const ItemKey &key, const Target &target)
{
    PendingItem item;
    item.target = target;
    item.kind = key.kind;
    return m_items.insert(key, std::move(item));
}

bool ItemIntake::refuseWhenFull(bool alreadyPending, QString *error) const
{
    if (m_outbox.refusesWrites(error))
        return true;
    if (!alreadyPending && m_items.isAtCap(m_config.maxPendingTargets)) {
        //: %1 is ClientConfig::maxPendingTargets, the most targets that may wait at once
        setIntakeError(error,
                       QCoreApplication::translate("FeedbackKit::Client",
                                                   "outbox full: %1 targets are waiting for "
                                                   "delivery (the cap)")
                           .arg(m_config.maxPendingTargets));
        return true;
    }
    return false;
}

bool ItemIntake::queueCreation(const ItemKey &key, const Target &target, const QByteArray &body,
                               QString *error)
{
    PendingItem *item = m_items.find(key);
    const bool added = !item;
    if (refuseWhenFull(!added, error))
        return false;
    if (added)
        item = &addPending(key, target);
    item->target = target;
    item->payload = body;
    // A delivered creation may still be in the outbox with its version; a clock-based version
    // keeps a repeated creation newer than it, so the version guard does not ignore it.
    item->version = qMax<quint64>(item->version + 1, quint64(QDateTime::currentMSecsSinceEpoch()));
    m_outbox.writer()->enqueue({ WriteOp::Type::Upsert, key, target, {}, body, item->version, {} });
    m_scheduler.schedule(key);
    if (added)
        Q_EMIT q->pendingCountChanged(m_items.pendingCount());
    return true;
}

void ItemIntake::retryQuarantined()
{
    if (m_items.quarantinedCount() == 0)
        return;
    const PendingItems::Table items = m_items.takeQuarantined();
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        const ItemKey &key = it.key();
        m_outbox.enqueue({ WriteOp::Type::Retry, key, it->target, {}, {}, it->version, {} });
        if (m_items.isPending(key))
            continue; // a newer state is already on its way
        PendingItem retried = *it;
        retried.attempts = 0;
        m_items.insert(key, std::move(retried));
        m_scheduler.schedule(key);
    }
    Q_EMIT q->quarantinedCountChanged(0);
    Q_EMIT q->pendingCountChanged(m_items.pendingCount());
}

} // namespace FeedbackKit
