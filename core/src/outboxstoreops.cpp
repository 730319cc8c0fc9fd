// The writes and maintenance operations of the outbox file.

#include "outboxstatements_p.h"
#include "outboxstore_p.h"

#include "clientlog_p.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace FeedbackKit {

namespace {
constexpr int statusPending = int(OutboxEntry::Status::Pending);
constexpr int statusDelivered = int(OutboxEntry::Status::Delivered);
constexpr int statusQuarantined = int(OutboxEntry::Status::Quarantined);

// The version guard makes a late or repeated write harmless: an older state never replaces a
// newer one, and a delivery or quarantine only applies to the version it was about.
const char upsertSql[]
    = "INSERT INTO items (event_id, kind, target_kind, session_id, payload,"
      " version, status, answer, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, NULL, ?)"
      " ON CONFLICT (event_id, kind) DO UPDATE SET payload = excluded.payload,"
      " version = excluded.version, status = 0, answer = NULL,"
      " updated_at = excluded.updated_at WHERE excluded.version > items.version";
const char deliveredSql[] = "UPDATE items SET status = 1, updated_at = ?"
                            " WHERE event_id = ? AND kind = ? AND version <= ? AND status = 0";
const char quarantineSql[] = "UPDATE items SET status = 2, answer = ?, updated_at = ?"
                             " WHERE event_id = ? AND kind = ? AND version = ?";
const char retrySql[] = "UPDATE items SET status = 0, answer = NULL, updated_at = ?"
                        " WHERE event_id = ? AND kind = ? AND status = 2";

// An event target may not know its session; the column holds "" rather than NULL then.
QString sessionOf(const Target &target)
{
    return target.sessionId().isNull() ? QStringLiteral("") : target.sessionId();
}

bool run(QSqlQuery &query, std::initializer_list<QVariant> values, QString *error, bool *full)
{
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    if (full && query.lastError().nativeErrorCode() == QLatin1String("13"))
        *full = true;
    return false;
}

bool applyOp(OutboxStatements &s, const WriteOp &op, qint64 now, QString *error, bool *full)
{
    const QString &id = op.key.eventId;
    const int kind = int(op.key.kind);
    const auto version = qint64(op.version);
    switch (op.type) {
    case WriteOp::Type::Upsert:
        return run(
            s.upsert,
            { id, kind, int(op.target.kind()), sessionOf(op.target), payloadOf(op), version, now },
            error, full);
    case WriteOp::Type::Delivered:
        return run(s.delivered, { now, id, kind, version }, error, full);
    case WriteOp::Type::Quarantine:
        return run(s.quarantine, { op.answer, now, id, kind, version }, error, full);
    case WriteOp::Type::Retry:
        return run(s.retry, { now, id, kind }, error, full);
    }
    return true;
}
} // namespace

OutboxStatements::OutboxStatements(const QSqlDatabase &db)
    : upsert(db)
    , delivered(db)
    , quarantine(db)
    , retry(db)
{
    upsert.prepare(QString::fromLatin1(upsertSql));
    delivered.prepare(QString::fromLatin1(deliveredSql));
    quarantine.prepare(QString::fromLatin1(quarantineSql));
    retry.prepare(QString::fromLatin1(retrySql));
}

QString OutboxStore::apply(const QList<WriteOp> &ops, bool *full)
{
    if (full)
        *full = false;
    if (!m_db.transaction())
        return m_db.lastError().text();
    if (!m_statements)
        m_statements = std::make_unique<OutboxStatements>(m_db);
    OutboxStatements &statements = *m_statements;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    for (const WriteOp &op : ops) {
        if (!applyOp(statements, op, now, &error, full)) {
            m_statements.reset(); // prepared afresh next time, as before caching
            m_db.rollback();
            return error;
        }
    }
    if (!m_db.commit()) {
        error = m_db.lastError().text();
        if (full && m_db.lastError().nativeErrorCode() == QLatin1String("13"))
            *full = true;
        m_db.rollback();
        return error;
    }
    return {};
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
