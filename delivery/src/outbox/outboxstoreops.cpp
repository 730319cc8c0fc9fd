// The writes and maintenance operations of the outbox file.

#include "outboxstatements_p.h"
#include "outboxstore_p.h"

#include "outboxlogging_p.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace FeedbackKit {

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
