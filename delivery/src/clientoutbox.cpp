// The client's side of the outbox: restoring at start, and hearing back from group commits.

#include "client_p.h"

#include "outboxfile.h"
#include "outboxlogging_p.h"
#include "removals_p.h"
#include "tsanhandoff_p.h"

#include <QCoreApplication>

namespace FeedbackKit {

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
        if (record.target.isValid())
            restoreItem(record);
    }
    qCDebug(lcOutbox) << "restored" << pending.size() << "pending and" << quarantined.size()
                      << "quarantined items from" << outboxPath;
}

void ClientPrivate::restoreItem(const OutboxRecord &record)
{
    if (isFeedbackKind(record.key.kind)) {
        const std::optional<Feedback> state = Feedback::parse(record.payload);
        if (!state) {
            qCWarning(lcOutbox) << "skipping an unreadable state for" << record.target.toString();
            return;
        }
        states.restore(record.target, channelOf(record.key.kind), *state, record.version);
    }
    durableVersions.insert(record.key, record.version);
    if (record.status == OutboxEntry::Status::Delivered)
        return;
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
        scheduler->schedule(record.key);
    }
}

void ClientPrivate::onCommitted(const OutboxWriter::Commit &commit)
{
    if (!commit.error.isEmpty()) {
        setOutboxFull(commit.full);
        const QString reason
            = QCoreApplication::translate("FeedbackKit::Client", "not stored in the outbox: %1")
                  .arg(commit.error);
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
        storeWhatFailedToCommit();
    }
}

void ClientPrivate::storeWhatFailedToCommit()
{
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

void ClientPrivate::setOutboxFull(bool full)
{
    if (outboxFull == full)
        return;
    outboxFull = full;
    Q_EMIT q->outboxFullChanged(full);
}

} // namespace FeedbackKit
