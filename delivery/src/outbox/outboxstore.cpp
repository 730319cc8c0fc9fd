#include "outboxstatements_p.h"
#include "outboxstore_p.h"

#include "outboxlogging_p.h"

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
        error = createItemsTable();
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

} // namespace FeedbackKit
