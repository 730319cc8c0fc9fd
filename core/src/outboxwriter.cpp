#include "outboxwriter_p.h"

#include "clientlog_p.h"
#include "outboxstore_p.h"

namespace FeedbackKit {

namespace {
// How long delivery marks may gather before their commit. They are history, not data: one lost
// in a crash means one idempotent resend at the next start. Each commit rewrites every page it
// touches, and marks land on random pages: at 25 ms, draining 25,000 targets wrote some 100 MB
// of WAL for marks alone (60 commits); at 500 ms, four or five commits.
constexpr std::chrono::milliseconds deliveredLinger { 500 };
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
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (op.type == WriteOp::Type::Delivered) {
            m_queue.delivered.push_back({ std::move(op.key), op.version });
        } else {
            m_urgent = true;
            wake = std::exchange(m_lingering, false);
            queueWrite(std::move(op));
        }
        // Wake the thread only when it sleeps: while it commits, items just accumulate for the
        // next group commit, and the capture path makes no system call.
        wake = wake || std::exchange(m_waiting, false);
    }
    if (wake)
        m_wake.notify_one();
}

void OutboxWriter::queueWrite(WriteOp op)
{
    // Coalesce at once: a newer state replaces the queued one, which is freed now rather than
    // when the writer catches up (a burst of captures would otherwise keep every superseded
    // state alive). Operations queued in between only concern older versions, which the
    // store's version guards then ignore.
    if (op.type == WriteOp::Type::Upsert) {
        const auto queued = m_queuedUpserts.constFind(op.key);
        if (queued != m_queuedUpserts.cend()) {
            m_queue.ops[size_t(*queued)] = std::move(op);
            return;
        }
        m_queuedUpserts.insert(op.key, qsizetype(m_queue.ops.size()));
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
    m_urgent = false;
    m_queuedUpserts.clear();
    return std::exchange(m_queue, {}); // empty only when stopping with nothing left
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
    result.error = store.apply(batch, &result.full);
    if (result.full) {
        // Delivered rows are only history: give their space to undelivered feedback.
        qCWarning(lcOutbox) << "outbox full; pruning delivered rows and retrying";
        store.pruneDelivered(0);
        result.error = store.apply(batch, &result.full);
    }
    if (!result.error.isEmpty())
        qCWarning(lcOutbox) << "group commit failed:" << result.error;
    m_deliveredSincePrune += delivered;
    // Pruning sorts every delivered row: it waits until half as many again have gathered.
    if (m_deliveredSincePrune > m_keepDelivered / 2 + 100) {
        store.pruneDelivered(m_keepDelivered);
        m_deliveredSincePrune = 0;
    }
    m_handler(std::move(result));
}

} // namespace FeedbackKit
