// The capture path: merge, validate, queue for the writer thread and for delivery. Nothing
// here touches the disk or the network; it must stay in the low microseconds.

#include "client_p.h"
#include "removals_p.h"

#include <QCoreApplication>
#include <QDateTime>

namespace FeedbackKit {

namespace {
void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString describe(const ValidationErrors &errors)
{
    QString text = errors.constFirst().toString();
    if (errors.size() > 1)
        //: After the first validation problem: how many more there are
        text += QCoreApplication::translate("FeedbackKit::Client", " (and %n more problems)",
                                            nullptr, int(errors.size() - 1));
    return text;
}
} // namespace

bool ClientPrivate::refuseWhenFull(bool alreadyPending, QString *error) const
{
    if (!writer) {
        //: %1 is why the outbox database could not be opened
        setError(error,
                 QCoreApplication::translate("FeedbackKit::Client", "outbox unavailable: %1")
                     .arg(outboxError));
        return true;
    }
    if (outboxFull) {
        //: %1 is the outbox file
        setError(error,
                 QCoreApplication::translate("FeedbackKit::Client",
                                             "outbox full: the last write to %1 failed; nothing is "
                                             "accepted until delivered items free space")
                     .arg(outboxPath));
        return true;
    }
    if (!alreadyPending && pending.size() >= config.maxPendingTargets) {
        //: %1 is ClientConfig::maxPendingTargets, the most targets that may wait at once
        setError(error,
                 QCoreApplication::translate("FeedbackKit::Client",
                                             "outbox full: %1 targets are waiting for delivery "
                                             "(the cap)")
                     .arg(config.maxPendingTargets));
        return true;
    }
    return false;
}

bool ClientPrivate::capture(const Target &target, const Feedback &patch, Channel channel,
                            QString *error)
{
    if (!target.isValid()) {
        setError(error, QCoreApplication::translate("FeedbackKit::Client", "invalid target"));
        return false;
    }
    const ItemKey key { target.eventId(), itemKindFor(channel) };
    auto it = pending.find(key); // one lookup: this path runs in the low microseconds
    const bool added = it == pending.end();
    if (refuseWhenFull(!added, error))
        return false;
    ValidationErrors problems;
    TargetStateStore::Entry entry;
    Feedback removedNow;
    // A new state for a quarantined item keeps what the refused one still had to remove.
    Feedback removals;
    if (!added)
        removals = it->removals;
    else if (const auto refused = quarantined.constFind(key); refused != quarantined.cend())
        removals = refused->removals;
    {
        // A queued write of an older state is about to be replaced by this one: it lets go of
        // the state, so the merge changes it in place instead of copying it. Under the lock,
        // the writer thread cannot take that write in between.
        OutboxWriter::Locked queue(*writer);
        Feedback *queued = queue.queuedState(key);
        if (queued)
            *queued = Feedback();
        entry = states.apply(target, channel, patch, &problems, &removedNow);
        if (entry.version == 0) {
            if (queued) // refused and rolled back: the queued write keeps what it had
                *queued = states.state(target, channel);
            setError(error, describe(problems));
            return false;
        }
        Removals::unite(removals, removedNow);
        queue.enqueue(
            { WriteOp::Type::Upsert, key, target, entry.state, {}, entry.version, {}, removals });
    }
    if (added) {
        it = pending.insert(key, PendingItem());
        it->target = target;
        it->kind = key.kind;
        scheduler->add(key, backend->prerequisites(key, target));
    }
    PendingItem &item = *it;
    item.version = entry.version;
    item.removals = std::move(removals);
    Removals::unite(item.removalsSinceSend, removedNow);
    scheduler->schedule(key);
    // Signals last: a slot may call back into the client and invalidate `item`.
    if (added)
        Q_EMIT q->pendingCountChanged(int(pending.size()));
    if (quarantined.remove(key)) // the new state supersedes the refused one
        Q_EMIT q->quarantinedCountChanged(int(quarantined.size()));
    Q_EMIT q->accepted(target, entry.version);
    return true;
}

bool ClientPrivate::queueCreation(const ItemKey &key, const Target &target, const QByteArray &body,
                                  QString *error)
{
    if (refuseWhenFull(pending.contains(key), error))
        return false;
    PendingItem created;
    created.target = target;
    created.kind = key.kind;
    const bool added = addPending(key, created);
    PendingItem &item = pending[key];
    item.target = target;
    item.kind = key.kind;
    item.payload = body;
    // A delivered creation may still be in the outbox with its version; a clock-based version
    // keeps a repeated creation newer than it, so the version guard does not ignore it.
    item.version = qMax<quint64>(item.version + 1, quint64(QDateTime::currentMSecsSinceEpoch()));
    writer->enqueue({ WriteOp::Type::Upsert, key, target, {}, body, item.version, {} });
    scheduler->schedule(key);
    if (added)
        Q_EMIT q->pendingCountChanged(int(pending.size()));
    return true;
}

bool ClientPrivate::addPending(const ItemKey &key, const PendingItem &item)
{
    if (pending.contains(key))
        return false;
    pending.insert(key, item);
    scheduler->add(key, backend->prerequisites(key, item.target));
    return true;
}

void ClientPrivate::removePending(const ItemKey &key)
{
    if (!pending.remove(key))
        return;
    scheduler->remove(key); // what waited for this creation goes on
    Q_EMIT q->pendingCountChanged(int(pending.size()));
}

void ClientPrivate::retryQuarantined()
{
    if (quarantined.isEmpty())
        return;
    const auto items = std::exchange(quarantined, {});
    for (auto it = items.begin(); it != items.end(); ++it) {
        const ItemKey &key = it.key();
        if (writer)
            writer->enqueue({ WriteOp::Type::Retry, key, it->target, {}, {}, it->version, {} });
        PendingItem retried = *it;
        retried.attempts = 0;
        if (!addPending(key, retried))
            continue; // a newer state is already on its way
        scheduler->schedule(key);
    }
    Q_EMIT q->quarantinedCountChanged(0);
    Q_EMIT q->pendingCountChanged(int(pending.size()));
}

} // namespace FeedbackKit
