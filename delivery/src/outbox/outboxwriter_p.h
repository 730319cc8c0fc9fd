#pragma once

// Private: the outbox's writer thread. Capture and delivery only append to a queue; the
// thread commits whatever has accumulated in one transaction (group commit), so the calling
// thread never waits on a disk flush.

#include "outboxtypes_p.h"

#include <QHash>
#include <QList>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace FeedbackKit {

class OutboxStore;

class OutboxWriter
{
public:
    /*! A version of an item that a commit made durable (or failed to). */
    struct Written
    {
        ItemKey key;
        Target target;
        quint64 version = 0;
    };
    /*! The outcome of one group commit; \c error empty on success. */
    struct Commit
    {
        QList<Written> upserts;
        QString error;
        bool full = false;
    };
    /*! Called on the writer thread after every commit. */
    using CommitHandler = std::function<void(Commit)>;

    OutboxWriter(CommitHandler handler, int keepDelivered);
    ~OutboxWriter();
    OutboxWriter(const OutboxWriter &) = delete;
    OutboxWriter &operator=(const OutboxWriter &) = delete;

    /*!
     * Starts the thread, which opens \a path and reads it into \a loaded; waits for that (a
     * read, once, at start). Returns an empty string on success.
     */
    QString start(const QString &path, qint64 maxBytes, QList<OutboxRecord> *loaded);
    /*! Queues \a op; cheap and non-blocking (a mutex held for an append). */
    void enqueue(WriteOp op);

    /*!
     * The queue, held for the length of a capture: what is still queued cannot go to the
     * writer thread meanwhile. The writer thread only holds it to take a batch.
     */
    class Locked
    {
    public:
        explicit Locked(OutboxWriter &writer);
        ~Locked();
        Locked(const Locked &) = delete;
        Locked &operator=(const Locked &) = delete;

        /*!
         * The state in the write queued for \a key, while the writer thread has not taken it;
         * null otherwise. It may be changed until the lock is released.
         */
        Feedback *queuedState(const ItemKey &key);
        void enqueue(WriteOp op);

    private:
        OutboxWriter &m_writer;
        std::unique_lock<std::mutex> m_lock;
        bool m_wake = false;
    };
    /*! Commits what is queued, then stops the thread. */
    void stop();

private:
    void run(const QString &path, qint64 maxBytes, QList<OutboxRecord> *loaded);
    void queueWrite(WriteOp op);
    WriteBatch takeBatch();
    void releaseStates(WriteBatch &batch);
    void commit(OutboxStore &store, WriteBatch &batch);

    CommitHandler m_handler;
    int m_keepDelivered;
    int m_deliveredSincePrune = 0;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_started;
    WriteBatch m_queue;
    /*!
     * Where each queued upsert sits, so that a newer state replaces it: its position among
     * all writes queued since the queue was last empty, counting from 1.
     */
    QHash<ItemKey, qint64> m_queuedUpserts;
    /*! Writes of the current run that the writer has already taken. */
    qint64 m_taken = 0;
    bool m_waiting = false;
    /*! Lingering with delivery marks only: woken early by anything else that is queued. */
    bool m_lingering = false;
    /*! Something other than a delivery mark is queued (a state to make durable, …). */
    bool m_urgent = false;
    bool m_stopping = false;
    bool m_ready = false;
    QString m_startError;
    std::thread m_thread;
};

} // namespace FeedbackKit
