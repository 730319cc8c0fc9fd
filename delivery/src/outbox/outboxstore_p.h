#pragma once

// Private: the outbox's SQLite file. One OutboxStore per thread that uses it (a Qt SQL
// connection belongs to the thread that opened it).

#include "outboxfile.h"
#include "outboxtypes_p.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace FeedbackKit {

struct OutboxStatements;

class OutboxStore
{
public:
    OutboxStore();
    ~OutboxStore();
    OutboxStore(const OutboxStore &) = delete;
    OutboxStore &operator=(const OutboxStore &) = delete;

    /*!
     * Opens (creating with mode 0600) the database at \a path in WAL mode, capped at
     * \a maxBytes. Returns an empty string on success, else what went wrong.
     */
    QString open(const QString &path, qint64 maxBytes);
    void close();
    bool isOpen() const;

    QList<OutboxRecord> loadAll() const;
    /*!
     * Applies \a ops in one transaction: all or nothing. Returns an empty string on success;
     * on failure the transaction is rolled back and \a full says whether the cap (or the disk)
     * was the reason.
     */
    QString apply(const WriteBatch &batch, bool *full = nullptr);
    /*! Deletes delivered rows beyond the \a keep most recent ones. */
    void pruneDelivered(int keep);

    OutboxFile::Counts counts() const;
    int retryQuarantined(QString *error);
    int purge(bool includePending, QString *error);

private:
    bool exec(const QString &sql, QString *error = nullptr) const;

    QSqlDatabase m_db;
    /*! Prepared on the first apply(); dropped before the database closes. */
    std::unique_ptr<OutboxStatements> m_statements;
    QString m_connection;
};

/*! The text of an item's payload as stored: a feedback state or a creation body. */
QByteArray payloadOf(const WriteOp &op);

} // namespace FeedbackKit
