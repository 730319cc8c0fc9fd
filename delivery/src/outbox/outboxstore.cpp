#include "outboxstatements_p.h"
#include "outboxstore_p.h"

#include "outboxlogging_p.h"
#include "outboxschema_p.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace FeedbackKit {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("feedbackkit-outbox-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The file holds users' feedback: only its owner may read it. SQLite gives the -wal and -shm
// files the same mode as the database.
QString createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot create %1: %2").arg(path, file.errorString());
    file.close();
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return QStringLiteral("cannot set the mode of %1 to 0600").arg(path);
    return {};
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

QString itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Feedback:
        return QStringLiteral("feedback");
    case ItemKind::Metrics:
        return QStringLiteral("metrics");
    case ItemKind::StartSession:
        return QStringLiteral("session-start");
    case ItemKind::LogEvent:
        return QStringLiteral("event");
    }
    return {};
}

QByteArray payloadOf(const WriteOp &op)
{
    return op.payload.isEmpty() ? op.state.toJson() : op.payload;
}

OutboxStore::OutboxStore() = default;

OutboxStore::~OutboxStore()
{
    close();
}

QString OutboxStore::open(const QString &path, qint64 maxBytes)
{
    if (const QString problem = createPrivateFile(path); !problem.isEmpty())
        return problem;
    m_connection = uniqueConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text());
    QString error;
    const qint64 pages = qMax<qint64>(16, maxBytes / 4096);
    const bool ok = exec(QStringLiteral("PRAGMA page_size=4096"), &error)
        && exec(QStringLiteral("PRAGMA busy_timeout=5000"), &error)
        && exec(QStringLiteral("PRAGMA journal_mode=WAL"), &error)
        // NORMAL in WAL mode: a commit survives a crash or kill -9 of the process (the OS
        // holds the pages); only a power loss can undo the last commits.
        && exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &error)
        && exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages), &error);
    if (ok)
        error = OutboxSchema(m_db).prepare();
    if (!ok || !error.isEmpty()) {
        close();
        return QStringLiteral("cannot prepare %1: %2").arg(path, error);
    }
    return {};
}

void OutboxStore::close()
{
    if (m_connection.isEmpty())
        return;
    m_statements.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool OutboxStore::isOpen() const
{
    return m_db.isOpen();
}

bool OutboxStore::exec(const QString &sql, QString *error) const
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QList<OutboxRecord> OutboxStore::loadAll() const
{
    QList<OutboxRecord> records;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT event_id, kind, target_kind, session_id, payload, "
                                   "version, status, answer, updated_at, removals FROM items "
                                   "ORDER BY updated_at"))) {
        qCWarning(lcOutbox) << "cannot read the outbox:" << query.lastError().text();
        return records;
    }
    while (query.next()) {
        OutboxRecord record;
        record.key = { query.value(0).toString(), ItemKind(query.value(1).toInt()) };
        const auto targetKind = Target::Kind(query.value(2).toInt());
        const QString sessionId = query.value(3).toString();
        record.target = targetKind == Target::Kind::Session
            ? Target::session(record.key.eventId)
            : Target::event(record.key.eventId, sessionId);
        record.payload = query.value(4).toByteArray();
        record.version = query.value(5).toULongLong();
        record.status = OutboxEntry::Status(query.value(6).toInt());
        record.answer = query.value(7).toString();
        record.updatedMs = query.value(8).toLongLong();
        record.removals = query.value(9).toByteArray();
        records.append(record);
    }
    return records;
}

// The writes and maintenance operations of the outbox file.

namespace {
constexpr int statusPending = int(OutboxEntry::Status::Pending);
constexpr int statusDelivered = int(OutboxEntry::Status::Delivered);
constexpr int statusQuarantined = int(OutboxEntry::Status::Quarantined);

// An event target may not know its session; the column holds "" rather than NULL then.
QByteArray sessionOf(const Target &target)
{
    return target.sessionId().toUtf8();
}

bool upsert(OutboxStatements &s, const WriteOp &op, const QByteArray &id, qint64 now)
{
    const QByteArray payload = payloadOf(op);
    // Usually none: an empty blob, not a serialised empty object.
    const QByteArray removals = op.removals.isEmpty() ? QByteArray() : op.removals.toJson();
    const qint64 kind = qint64(op.key.kind);
    const auto version = qint64(op.version);
    if (!s.update.bind(payload, true)
             .bind(removals, true)
             .bind(version)
             .bind(now)
             .bind(id)
             .bind(kind)
             .bind(version)
             .step())
        return false;
    if (s.changes() > 0)
        return true;
    // A new item, or one already stored at this version or a newer one (left as it is).
    const QByteArray session = sessionOf(op.target);
    return s.insert.bind(id)
        .bind(kind)
        .bind(qint64(op.target.kind()))
        .bind(session)
        .bind(payload, true)
        .bind(removals, true)
        .bind(version)
        .bind(now)
        .step();
}

bool applyOp(OutboxStatements &s, const WriteOp &op, qint64 now)
{
    const QByteArray id = op.key.eventId.toUtf8();
    const qint64 kind = qint64(op.key.kind);
    const auto version = qint64(op.version);
    switch (op.type) {
    case WriteOp::Type::Upsert:
        return upsert(s, op, id, now);
    case WriteOp::Type::Delivered:
        return s.delivered.bind(now).bind(id).bind(kind).bind(version).step();
    case WriteOp::Type::Quarantine: {
        const QByteArray answer = op.answer.toUtf8();
        return s.quarantine.bind(answer).bind(now).bind(id).bind(kind).bind(version).step();
    }
    case WriteOp::Type::Retry:
        return s.retry.bind(now).bind(id).bind(kind).step();
    }
    return true;
}
} // namespace

static bool applyMark(OutboxStatements &s, const DeliveredMark &mark, qint64 now)
{
    const QByteArray id = mark.key.eventId.toUtf8();
    return s.delivered.bind(now)
        .bind(id)
        .bind(qint64(mark.key.kind))
        .bind(qint64(mark.version))
        .step();
}

QString OutboxStore::apply(const WriteBatch &batch, bool *full)
{
    if (full)
        *full = false;
    if (!m_statements) {
        m_statements = std::make_unique<OutboxStatements>(OutboxStatements::handleOf(m_db));
        if (!m_statements->isValid()) {
            m_statements.reset();
            return QStringLiteral("cannot prepare the outbox statements");
        }
    }
    OutboxStatements &statements = *m_statements;
    if (!statements.exec("BEGIN"))
        return statements.errorText();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool ok = true;
    for (auto op = batch.ops.cbegin(); ok && op != batch.ops.cend(); ++op)
        ok = applyOp(statements, *op, now);
    for (auto mark = batch.delivered.cbegin(); ok && mark != batch.delivered.cend(); ++mark)
        ok = applyMark(statements, *mark, now);
    if (ok && statements.exec("COMMIT"))
        return {};
    const QString error = statements.errorText();
    if (full)
        *full = statements.isFull();
    statements.exec("ROLLBACK");
    return error;
}

void OutboxStore::pruneDelivered(int keep)
{
    QString error;
    if (!exec(QStringLiteral("DELETE FROM items WHERE status = 1 AND (event_id, kind) IN ("
                             "SELECT event_id, kind FROM items WHERE status = 1"
                             " ORDER BY updated_at DESC LIMIT -1 OFFSET %1)")
                  .arg(qMax(0, keep)),
              &error))
        qCWarning(lcOutbox) << "cannot prune delivered rows:" << error;
}

OutboxFile::Counts OutboxStore::counts() const
{
    OutboxFile::Counts counts;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT status, COUNT(*) FROM items GROUP BY status"))) {
        while (query.next()) {
            const int n = query.value(1).toInt();
            switch (query.value(0).toInt()) {
            case statusPending:
                counts.pending = n;
                break;
            case statusDelivered:
                counts.delivered = n;
                break;
            case statusQuarantined:
                counts.quarantined = n;
                break;
            }
        }
    }
    const QString path = m_db.databaseName();
    counts.bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return counts;
}

int OutboxStore::retryQuarantined(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("UPDATE items SET status = 0, answer = NULL WHERE status = 2"))) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    return query.numRowsAffected();
}

int OutboxStore::purge(bool includePending, QString *error)
{
    QSqlQuery query(m_db);
    const QString sql = includePending ? QStringLiteral("DELETE FROM items")
                                       : QStringLiteral("DELETE FROM items WHERE status <> 0");
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    return query.numRowsAffected();
}

} // namespace FeedbackKit
