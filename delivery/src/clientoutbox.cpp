// The client's side of the outbox: restoring at start, and hearing back from group commits.

#include "client_p.h"
#include "outboxfile.h"
#include "clientlog_p.h"
#include "outboxlogging_p.h"
#include "manualclock_p.h"
#include "qnamtransport_p.h"
#include "removals_p.h"
#include "sockettransport_p.h"
#include "tsanhandoff_p.h"

namespace FeedbackKit {

ClientPrivate::ClientPrivate(Client *q, const ClientConfig &config)
    : q(q)
    , config(config)
    , retry(config)
    , manualClock(ManualClock::installed())
{
    steadyClock.start();
    retryTimer = new DeliveryTimer(manualClock, QStringLiteral("feedbackkit-retry"), q);
    QObject::connect(retryTimer, &DeliveryTimer::timeout, q, [this] { onRetryTimer(); });
    offlineTimer = new DeliveryTimer(manualClock, QStringLiteral("feedbackkit-offline"), q);
    // The hold ends when this fires (see holdingOffline()); a single-shot timer is no longer
    // active in its own timeout.
    QObject::connect(offlineTimer, &DeliveryTimer::timeout, q, [this] { sendReady(); });
    if (const QString problem = config.deliveryProblem(); !problem.isEmpty())
        setPaused(true, problem);
}

ClientPrivate::~ClientPrivate()
{
    shuttingDown = true;
    abortInFlight();
    if (writer)
        writer->stop(); // commits what is queued: the last captures stay durable
}

void ClientPrivate::openOutbox()
{
    outboxPath = config.outboxPath.isEmpty() ? OutboxFile::defaultPath() : config.outboxPath;
    // The writer thread reports back through queued calls, so signals are emitted on the
    // client's thread.
    writer = std::make_unique<OutboxWriter>(
        [this](OutboxWriter::Commit commit) {
            // QtCore orders the post before the call, out of ThreadSanitizer's sight.
            TsanHandoff::release(this);
            const TsanHandoff::IgnoreAccesses qtPostsTheClosure;
            QMetaObject::invokeMethod(
                q,
                [this, commit = std::move(commit)] {
                    TsanHandoff::acquire(this);
                    onCommitted(commit);
                },
                Qt::QueuedConnection);
        },
        config.keepDeliveredTargets);
    QList<OutboxRecord> records;
    outboxError = writer->start(outboxPath, config.maxOutboxBytes, &records);
    if (!outboxError.isEmpty()) {
        qCWarning(lcOutbox) << "outbox unavailable:" << outboxError;
        writer.reset();
        return;
    }
    restore(records);
}

void ClientPrivate::restore(const QList<OutboxRecord> &records)
{
    for (const OutboxRecord &record : records) {
        if (!record.target.isValid())
            continue;
        if (isFeedbackKind(record.key.kind)) {
            const std::optional<Feedback> state = Feedback::parse(record.payload);
            if (!state) {
                qCWarning(lcOutbox)
                    << "skipping an unreadable state for" << record.target.toString();
                continue;
            }
            states.restore(record.target, channelOf(record.key.kind), *state, record.version);
        }
        durableVersions.insert(record.key, record.version);
        if (record.status == OutboxEntry::Status::Delivered)
            continue;
        PendingItem item;
        item.target = record.target;
        item.kind = record.key.kind;
        item.version = record.version;
        item.payload = isFeedbackKind(record.key.kind) ? QByteArray() : record.payload;
        if (!record.removals.isEmpty()) // what a clear made durable still has to clear
            item.removals = Removals::parse(record.removals);
        if (record.status == OutboxEntry::Status::Quarantined) {
            quarantined.insert(record.key, item);
        } else {
            addPending(record.key, item); // keys are unique in the outbox
            schedule(record.key, pending[record.key]);
        }
    }
    qCDebug(lcOutbox) << "restored" << pending.size() << "pending and" << quarantined.size()
                      << "quarantined items from" << outboxPath;
}

void ClientPrivate::onCommitted(const OutboxWriter::Commit &commit)
{
    if (!commit.error.isEmpty()) {
        setOutboxFull(commit.full);
        const QString reason = QStringLiteral("not stored in the outbox: %1").arg(commit.error);
        for (const OutboxWriter::Written &written : commit.upserts)
            Q_EMIT q->failed(written.target, reason);
        return;
    }
    for (const OutboxWriter::Written &written : commit.upserts) {
        quint64 &durable = durableVersions[written.key];
        durable = qMax(durable, written.version);
        if (isFeedbackKind(written.key.kind))
            Q_EMIT q->durable(written.target, written.version);
    }
    if (outboxFull) {
        setOutboxFull(false);
        // What a failed commit could not store is still pending in memory: store it now.
        for (auto it = pending.begin(); it != pending.end(); ++it) {
            if (durableVersions.value(it.key()) < it->version)
                writer->enqueue({ WriteOp::Type::Upsert,
                                  it.key(),
                                  it->target,
                                  states.state(it->target, channelOf(it->kind)),
                                  it->payload,
                                  it->version,
                                  {},
                                  it->removals });
        }
    }
}

void ClientPrivate::setOutboxFull(bool full)
{
    if (outboxFull == full)
        return;
    outboxFull = full;
    Q_EMIT q->outboxFullChanged(full);
}

void Client::retryQuarantined()
{
    if (d->quarantined.isEmpty())
        return;
    const auto items = std::exchange(d->quarantined, {});
    for (auto it = items.begin(); it != items.end(); ++it) {
        const ItemKey &key = it.key();
        if (d->writer)
            d->writer->enqueue({ WriteOp::Type::Retry, key, it->target, {}, {}, it->version, {} });
        PendingItem retried = *it;
        retried.attempts = 0;
        retried.scheduled = false;
        if (!d->addPending(key, retried))
            continue; // a newer state is already on its way
        d->schedule(key, d->pending[key]);
    }
    Q_EMIT quarantinedCountChanged(0);
    Q_EMIT pendingCountChanged(pendingCount());
}

} // namespace FeedbackKit
