#include "outboxwriter_p.h"

#include "outboxlogging_p.h"
#include "outboxstore_p.h"

#include <QElapsedTimer>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#endif

namespace FeedbackKit {

namespace {
// How long delivery marks may gather before their commit. They are history, not data: one lost
// in a crash means one idempotent resend at the next start. Each commit rewrites every page it
// touches, and marks land on random pages: at 25 ms, draining 25,000 targets wrote some 100 MB
// of WAL for marks alone (60 commits); at 500 ms, four or five commits.
constexpr std::chrono::milliseconds deliveredLinger { 500 };
// The most writes one group commit takes. A burst of captures queues up to one write per
// target; committing them all at once kept tens of thousands of serialised states alive at a
// time (8 MB at 25,000 targets), for a saving in page writes the disk hardly notices.
constexpr size_t maxBatchWrites = 4096;
} // namespace

OutboxWriter::OutboxWriter(CommitHandler handler, int keepDelivered)
    : m_handler(std::move(handler))
    , m_keepDelivered(keepDelivered)
{ }

OutboxWriter::~OutboxWriter()
{
    stop();
}

QString OutboxWriter::start(const QString &path, qint64 maxBytes, QList<OutboxRecord> *loaded)
{
    m_thread = std::thread([this, path, maxBytes, loaded] { run(path, maxBytes, loaded); });
    std::unique_lock lock(m_mutex);
    m_started.wait(lock, [this] { return m_ready; });
    return m_startError;
}

void OutboxWriter::enqueue(WriteOp op)
{
    Locked(*this).enqueue(std::move(op));
}

OutboxWriter::Locked::Locked(OutboxWriter &writer)
    : m_writer(writer)
    , m_lock(writer.m_mutex)
{ }

OutboxWriter::Locked::~Locked()
{
    m_lock.unlock();
    if (m_wake)
        m_writer.m_wake.notify_one();
}

Feedback *OutboxWriter::Locked::queuedState(const ItemKey &key)
{
    const auto position = m_writer.m_queuedUpserts.constFind(key);
    if (position == m_writer.m_queuedUpserts.cend() || *position <= m_writer.m_taken)
        return nullptr; // not queued, or already with the writer thread
    return &m_writer.m_queue.ops[size_t(*position - 1 - m_writer.m_taken)].state;
}

void OutboxWriter::Locked::enqueue(WriteOp op)
{
    if (op.type == WriteOp::Type::Delivered) {
        m_writer.m_queue.delivered.push_back({ std::move(op.key), op.version });
    } else {
        m_writer.m_urgent = true;
        m_wake = std::exchange(m_writer.m_lingering, false) || m_wake;
        m_writer.queueWrite(std::move(op));
    }
    // Wake the thread only when it sleeps: while it commits, items just accumulate for the
    // next group commit, and the capture path makes no system call.
    m_wake = std::exchange(m_writer.m_waiting, false) || m_wake;
}

void OutboxWriter::queueWrite(WriteOp op)
{
    // Coalesce at once: a newer state replaces the queued one, which is freed now rather than
    // when the writer catches up (a burst of captures would otherwise keep every superseded
    // state alive). Operations queued in between only concern older versions, which the
    // store's version guards then ignore.
    if (op.type == WriteOp::Type::Upsert) {
        // Positions count from the first write ever queued: one before m_taken has gone to
        // the writer already, and the new state must get a write of its own.
        qint64 &position = m_queuedUpserts[op.key];
        if (position > m_taken) {
            m_queue.ops[size_t(position - 1 - m_taken)] = std::move(op);
            return;
        }
        position = m_taken + qint64(m_queue.ops.size()) + 1;
    }
    m_queue.ops.push_back(std::move(op));
}

void OutboxWriter::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void OutboxWriter::run(const QString &path, qint64 maxBytes, QList<OutboxRecord> *loaded)
{
#if defined(Q_OS_LINUX)
    // Named, so that top, perf and debuggers can tell the outbox's disk work from the app's.
    pthread_setname_np(pthread_self(), "fk-outbox");
#endif
    OutboxStore store;
    const QString error = store.open(path, maxBytes);
    if (error.isEmpty()) {
        *loaded = store.loadAll();
        store.pruneDelivered(m_keepDelivered);
    }
    {
        std::lock_guard lock(m_mutex);
        m_startError = error;
        m_ready = true;
    }
    m_started.notify_all();
    if (!error.isEmpty())
        return;
    for (;;) {
        WriteBatch batch = takeBatch();
        if (batch.isEmpty())
            break;
        commit(store, batch);
    }
}

WriteBatch OutboxWriter::takeBatch()
{
    std::unique_lock lock(m_mutex);
    while (m_queue.isEmpty() && !m_stopping) {
        m_waiting = true;
        m_wake.wait(lock);
    }
    m_waiting = false;
    if (!m_urgent && !m_stopping) {
        // Only delivery marks so far: let more gather (see deliveredLinger).
        m_lingering = true;
        m_wake.wait_for(lock, deliveredLinger, [this] { return m_urgent || m_stopping; });
        m_lingering = false;
    }
    if (m_queue.ops.size() <= maxBatchWrites) {
        m_urgent = false;
        m_queuedUpserts.clear();
        m_taken = 0;
        return std::exchange(m_queue, {}); // empty only when stopping with nothing left
    }
    // A burst: commit the oldest writes now and the rest next (m_urgent stays set).
    WriteBatch batch;
    const auto end = m_queue.ops.begin() + maxBatchWrites;
    batch.ops.assign(std::make_move_iterator(m_queue.ops.begin()), std::make_move_iterator(end));
    m_queue.ops.erase(m_queue.ops.begin(), end);
    // Delivery marks stay for the batch that empties the queue: a mark must not be applied
    // before the write of its version, which may still be queued behind this batch.
    m_taken += qint64(maxBatchWrites);
    return batch;
}

void OutboxWriter::releaseStates(WriteBatch &batch)
{
    // Serialised first, then let go: while the statements run, the client's next captures of
    // these targets find their states unshared and update them in place instead of copying.
    for (WriteOp &op : batch.ops) {
        if (op.type == WriteOp::Type::Upsert && op.payload.isEmpty()) {
            op.payload = op.state.toJson();
            op.state = Feedback();
        }
    }
}

void OutboxWriter::commit(OutboxStore &store, WriteBatch &batch)
{
    releaseStates(batch);
    Commit result;
    result.upserts.reserve(qsizetype(batch.ops.size()));
    for (const WriteOp &op : batch.ops) {
        if (op.type == WriteOp::Type::Upsert)
            result.upserts.append({ op.key, op.target, op.version });
    }
    const auto delivered = int(batch.delivered.size());
    QElapsedTimer timer;
    timer.start();
    result.error = store.apply(batch, &result.full);
    if (result.full) {
        // Delivered rows are only history: give their space to undelivered feedback.
        qCWarning(lcOutbox) << "outbox full; pruning delivered rows and retrying";
        store.pruneDelivered(0);
        result.error = store.apply(batch, &result.full);
    }
    if (!result.error.isEmpty())
        qCWarning(lcOutbox) << "group commit failed:" << result.error;
    qCDebug(lcOutbox) << "group commit of" << batch.ops.size() << "writes and" << delivered
                      << "delivery marks took" << double(timer.nsecsElapsed()) / 1e6 << "ms";
    m_deliveredSincePrune += delivered;
    // Pruning sorts every delivered row: it waits until half as many again have gathered.
    if (m_deliveredSincePrune > m_keepDelivered / 2 + 100) {
        store.pruneDelivered(m_keepDelivered);
        m_deliveredSincePrune = 0;
    }
    m_handler(std::move(result));
}

} // namespace FeedbackKit
