#include "outboxsession_p.h"

#include "client.h"
#include "deliveryscheduler_p.h"
#include "outboxfile.h"
#include "outboxlogging_p.h"
#include "pendingitems_p.h"
#include "removals_p.h"
#include "tsanhandoff_p.h"
#include <FeedbackKit/TargetStateStore>

#include <QCoreApplication>

namespace FeedbackKit {

namespace {
/*! The pending or quarantined item that \a record keeps. */
PendingItem restoredItem(const OutboxRecord &record)
{
    PendingItem item;
    item.target = record.target;
    item.kind = record.key.kind;
    item.version = record.version;
    item.payload = isFeedbackKind(record.key.kind) ? QByteArray() : record.payload;
    if (!record.removals.isEmpty()) // what a clear made durable still has to clear
        item.removals = Removals::parse(record.removals);
    return item;
}
} // namespace

OutboxSession::OutboxSession(Client *q, const ClientConfig &config, TargetStateStore &states,
                             PendingItems &items, DeliveryScheduler &scheduler)
    : q(q)
    , m_config(config)
    , m_states(states)
    , m_items(items)
    , m_scheduler(scheduler)
{ }

void OutboxSession::open()
{
    m_path = m_config.outboxPath.isEmpty() ? OutboxFile::defaultPath() : m_config.outboxPath;
    m_writer = std::make_unique<OutboxWriter>(
        [this](OutboxWriter::Commit commit) { postCommitted(std::move(commit)); },
        m_config.keepDeliveredTargets);
    QList<OutboxRecord> records;
    m_error = m_writer->start(m_path, m_config.maxOutboxBytes, &records);
    if (!m_error.isEmpty()) {
        qCWarning(lcOutbox) << "outbox unavailable:" << m_error;
        m_writer.reset();
        return;
    }
    restore(records);
}

void OutboxSession::postCommitted(OutboxWriter::Commit commit)
{
    // The writer thread reports back through queued calls, so signals are emitted on the
    // client's thread. QtCore orders the post before the call, out of ThreadSanitizer's sight.
    TsanHandoff::release(this);
    const TsanHandoff::IgnoreAccesses qtPostsTheClosure;
    QMetaObject::invokeMethod(
        q,
        [this, commit = std::move(commit)] {
            TsanHandoff::acquire(this);
            onCommitted(commit);
        },
        Qt::QueuedConnection);
}

void OutboxSession::stop()
{
    if (m_writer)
        m_writer->stop();
}

void OutboxSession::enqueue(WriteOp op)
{
    if (m_writer)
        m_writer->enqueue(std::move(op));
}

bool OutboxSession::refusesWrites(QString *error) const
{
    if (!m_writer) {
        if (error)
            //: %1 is why the outbox database could not be opened
            *error = QCoreApplication::translate("FeedbackKit::Client", "outbox unavailable: %1")
                         .arg(m_error);
        return true;
    }
    if (m_full) {
        if (error)
            //: %1 is the outbox file
            *error = QCoreApplication::translate("FeedbackKit::Client",
                                                 "outbox full: the last write to %1 failed; "
                                                 "nothing is accepted until delivered items free "
                                                 "space")
                         .arg(m_path);
        return true;
    }
    return false;
}

void OutboxSession::restore(const QList<OutboxRecord> &records)
{
    for (const OutboxRecord &record : records) {
        if (record.target.isValid())
            restoreItem(record);
    }
    qCDebug(lcOutbox) << "restored" << m_items.pendingCount() << "pending and"
                      << m_items.quarantinedCount() << "quarantined items from" << m_path;
}

void OutboxSession::restoreItem(const OutboxRecord &record)
{
    const ItemKey &key = record.key;
    if (isFeedbackKind(key.kind)) {
        const std::optional<Feedback> state = Feedback::parse(record.payload);
        if (!state) {
            qCWarning(lcOutbox) << "skipping an unreadable state for" << record.target.toString();
            return;
        }
        m_states.restore(record.target, channelOf(key.kind), *state, record.version);
    }
    m_items.setDurable(key, record.version);
    if (record.status == OutboxEntry::Status::Delivered)
        return;
    if (record.status == OutboxEntry::Status::Quarantined) {
        m_items.quarantine(key, restoredItem(record));
        return;
    }
    if (!m_items.isPending(key)) // keys are unique in the outbox
        m_items.insert(key, restoredItem(record));
    m_scheduler.schedule(key);
}

void OutboxSession::onCommitted(const OutboxWriter::Commit &commit)
{
    if (!commit.error.isEmpty()) {
        setFull(commit.full);
        const QString reason
            = QCoreApplication::translate("FeedbackKit::Client", "not stored in the outbox: %1")
                  .arg(commit.error);
        for (const OutboxWriter::Written &written : commit.upserts)
            Q_EMIT q->failed(written.target, reason);
        return;
    }
    for (const OutboxWriter::Written &written : commit.upserts) {
        m_items.setDurable(written.key, written.version);
        if (isFeedbackKind(written.key.kind))
            Q_EMIT q->durable(written.target, written.version);
    }
    if (m_full) {
        setFull(false);
        storeWhatFailedToCommit();
    }
}

void OutboxSession::storeWhatFailedToCommit()
{
    // What a failed commit could not store is still pending in memory: store it now.
    const PendingItems::Table &pending = m_items.pending();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (m_items.durableVersion(it.key()) < it->version)
            m_writer->enqueue({ WriteOp::Type::Upsert,
                                it.key(),
                                it->target,
                                m_states.state(it->target, channelOf(it->kind)),
                                it->payload,
                                it->version,
                                {},
                                it->removals });
    }
}

void OutboxSession::setFull(bool full)
{
    if (m_full == full)
        return;
    m_full = full;
    Q_EMIT q->outboxFullChanged(full);
}

} // namespace FeedbackKit
