#pragma once

// Private: the client's side of the outbox: opening it, restoring what it holds, and hearing
// back from each group commit on the client's thread.

#include "outboxtypes_p.h"
#include "outboxwriter_p.h"
#include <FeedbackKit/ClientConfig>

#include <QList>
#include <QString>

#include <memory>

namespace FeedbackKit {

class Client;
class DeliveryScheduler;
class PendingItems;
class TargetStateStore;

/*!
 * \brief The outbox writer of one client, where its file is, and whether it takes writes.
 *
 * open() starts the writer thread and makes what the file holds pending (or quarantined)
 * again. Each group commit then comes back as a queued call on the client's thread: it
 * announces durable() or failed(), and tracks whether the outbox is full (outboxFullChanged()),
 * storing what a failed commit lost once a commit succeeds again.
 */
class OutboxSession
{
public:
    OutboxSession(Client *q, const ClientConfig &config, TargetStateStore &states,
                  PendingItems &items, DeliveryScheduler &scheduler);
    OutboxSession(const OutboxSession &) = delete;
    OutboxSession &operator=(const OutboxSession &) = delete;

    /*! Opens the configured outbox (or the default one) and restores what it holds. */
    void open();
    /*! Commits what is queued and stops the writer thread: the last captures stay durable. */
    void stop();

    /*! The running writer; nullptr when the outbox could not be opened. */
    OutboxWriter *writer() const { return m_writer.get(); }
    /*! Queues \a op, if the outbox is open. */
    void enqueue(WriteOp op);
    /*!
     * True, with \a error (if given) saying why, when nothing can be written: the outbox could
     * not be opened, or the last write failed for lack of space.
     */
    bool refusesWrites(QString *error) const;
    bool isFull() const { return m_full; }
    QString path() const { return m_path; }

private:
    /*! On the writer thread: hands \a commit to onCommitted() on the client's thread. */
    void postCommitted(OutboxWriter::Commit commit);
    void restore(const QList<OutboxRecord> &records);
    void restoreItem(const OutboxRecord &record);
    void onCommitted(const OutboxWriter::Commit &commit);
    void storeWhatFailedToCommit();
    void setFull(bool full);

    Client *const q;
    const ClientConfig &m_config;
    TargetStateStore &m_states;
    PendingItems &m_items;
    DeliveryScheduler &m_scheduler;
    std::unique_ptr<OutboxWriter> m_writer;
    QString m_path;
    QString m_error; ///< Why the outbox could not be opened.
    bool m_full = false;
};

} // namespace FeedbackKit
