#pragma once

// Private: the outbox's write statements, on SQLite's own API. Through QSqlQuery, binding the
// seven values of one upsert cost more than running it (QSqlResult::bindValue builds a
// placeholder name with QString::arg for every value); group commits run them by the
// thousand. The connection stays Qt's: the handle comes from its driver.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace FeedbackKit {

/*! One prepared statement, finalized with its owner. */
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(sqlite3 *db, const char *sql);
    /*! Binds in order (1, 2, …): text and blobs must outlive step(). */
    SqliteStatement &bind(const QByteArray &textOrBlob, bool blob = false);
    SqliteStatement &bind(qint64 value);
    /*! Runs the statement to its end and resets it; false on an error (see errorCode()). */
    bool step();

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_next = 1;
};

struct OutboxStatements
{
    /*! The SQLite handle of \a db; null if its driver is not SQLite. */
    static sqlite3 *handleOf(const QSqlDatabase &db);

    explicit OutboxStatements(sqlite3 *db);
    bool isValid() const { return m_valid; }

    /*! Runs \a sql (no results); false on an error. */
    bool exec(const char *sql);
    /*! The last error of the connection, and whether it means the file is full. */
    QString errorText() const;
    bool isFull() const;
    /*! Rows the last statement changed. */
    int changes() const;

    sqlite3 *const db;
    SqliteStatement update, insert, delivered, quarantine, retry;

private:
    bool m_valid = false;
};

} // namespace FeedbackKit
