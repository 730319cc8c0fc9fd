#include "outboxstatements_p.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace FeedbackKit {

namespace {
// The version guard makes a late or repeated write harmless: an older state never replaces a
// newer one, and a delivery or quarantine only applies to the version it was about.
// An upsert runs as an update, then (when that changed nothing) an insert: most writes land on
// a row that exists, and an update finds it in one index search where INSERT ... ON CONFLICT
// first builds the new row and searches for the clash.
const char updateSql[]
    = "UPDATE items SET payload = ?, removals = ?, version = ?, status = 0, answer = NULL,"
      " updated_at = ? WHERE event_id = ? AND kind = ? AND version < ?";
const char insertSql[]
    = "INSERT INTO items (event_id, kind, target_kind, session_id, payload, removals,"
      " version, status, answer, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL, ?)"
      " ON CONFLICT (event_id, kind) DO NOTHING";
const char deliveredSql[] = "UPDATE items SET status = 1, updated_at = ?"
                            " WHERE event_id = ? AND kind = ? AND version <= ? AND status = 0";
const char quarantineSql[] = "UPDATE items SET status = 2, answer = ?, updated_at = ?"
                             " WHERE event_id = ? AND kind = ? AND version = ?";
const char retrySql[] = "UPDATE items SET status = 0, answer = NULL, updated_at = ?"
                        " WHERE event_id = ? AND kind = ? AND status = 2";
} // namespace

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        == SQLITE_OK;
}

SqliteStatement &SqliteStatement::bind(const QByteArray &textOrBlob, bool blob)
{
    const int index = m_next++;
    if (blob)
        sqlite3_bind_blob(m_statement, index, textOrBlob.constData(), int(textOrBlob.size()),
                          SQLITE_STATIC);
    else
        sqlite3_bind_text(m_statement, index, textOrBlob.constData(), int(textOrBlob.size()),
                          SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bind(qint64 value)
{
    sqlite3_bind_int64(m_statement, m_next++, value);
    return *this;
}

bool SqliteStatement::step()
{
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // nothing keeps pointing at the caller's bytes
    m_next = 1;
    return result == SQLITE_DONE || result == SQLITE_ROW;
}

sqlite3 *OutboxStatements::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

OutboxStatements::OutboxStatements(sqlite3 *db)
    : db(db)
{
    m_valid = db && update.prepare(db, updateSql) && insert.prepare(db, insertSql)
        && delivered.prepare(db, deliveredSql) && quarantine.prepare(db, quarantineSql)
        && retry.prepare(db, retrySql);
}

bool OutboxStatements::exec(const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString OutboxStatements::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

int OutboxStatements::changes() const
{
    return sqlite3_changes(db);
}

bool OutboxStatements::isFull() const
{
    return (sqlite3_extended_errcode(db) & 0xff) == SQLITE_FULL;
}

} // namespace FeedbackKit
