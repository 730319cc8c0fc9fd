// The outbox's table, and the one-time move of an older file to the current layout.

#include "outboxschema_p.h"

#include "outboxlogging_p.h"

#include <QSqlError>
#include <QSqlQuery>

namespace FeedbackKit {

namespace {
// Rows live in the order they were first written (the rowid), with a unique index to find an
// item by its event. Feedback arrives on recent targets, so a group commit touches a few pages
// at the end of the table and leaves the rest alone.
const char createItems[] = "CREATE TABLE IF NOT EXISTS items ("
                           "id INTEGER PRIMARY KEY,"
                           "event_id TEXT NOT NULL, kind INTEGER NOT NULL,"
                           "target_kind INTEGER NOT NULL, session_id TEXT NOT NULL,"
                           "payload BLOB NOT NULL, version INTEGER NOT NULL,"
                           "status INTEGER NOT NULL, answer TEXT,"
                           "updated_at INTEGER NOT NULL,"
                           "removals BLOB NOT NULL DEFAULT x'',"
                           "UNIQUE (event_id, kind))";
// What the table had before the removals column: what an older file's rows are copied from.
const char columns[]
    = "event_id, kind, target_kind, session_id, payload, version, status, answer, updated_at";
} // namespace

OutboxSchema::OutboxSchema(const QSqlDatabase &db)
    : m_db(db)
{ }

bool OutboxSchema::exec(const QString &sql, QString *error) const
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool OutboxSchema::isEventOrdered() const
{
    // The first layout kept rows in event-ID order (WITHOUT ROWID): random IDs spread every
    // group commit over the whole file, which then rewrote most of its pages.
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND "
                                     "name = 'items'"))
        && query.next() && query.value(0).toString().contains(QLatin1String("WITHOUT ROWID"));
}

QString OutboxSchema::prepare() const
{
    QString error;
    if (!exec(QString::fromLatin1(createItems), &error))
        return error;
    if (isEventOrdered() && !moveToInsertionOrder(&error))
        // Still a working outbox, only a slower one: it is tried again at the next start.
        qCWarning(lcOutbox) << "kept the outbox's first layout:" << error;
    if (!hasRemovals()
        && !exec(QStringLiteral("ALTER TABLE items ADD COLUMN removals BLOB NOT NULL DEFAULT x''"),
                 &error))
        return error; // without it, a clear could not be made durable
    return {};
}

bool OutboxSchema::hasRemovals() const
{
    // Files written before clears were sent as nulls have no such column.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA table_info(items)")))
        return false;
    while (query.next()) {
        if (query.value(1).toString() == QLatin1String("removals"))
            return true;
    }
    return false;
}

bool OutboxSchema::moveToInsertionOrder(QString *error) const
{
    // One transaction: a crash or a full disk leaves the file as it was.
    const bool moved = exec(QStringLiteral("BEGIN IMMEDIATE"), error)
        && exec(QStringLiteral("ALTER TABLE items RENAME TO items_by_event"), error)
        && exec(QString::fromLatin1(createItems), error)
        && exec(QStringLiteral("INSERT INTO items (%1) SELECT %1 FROM items_by_event "
                               "ORDER BY updated_at")
                    .arg(QLatin1String(columns)),
                error)
        && exec(QStringLiteral("DROP TABLE items_by_event"), error)
        && exec(QStringLiteral("COMMIT"), error);
    if (!moved)
        exec(QStringLiteral("ROLLBACK"));
    return moved;
}

} // namespace FeedbackKit
