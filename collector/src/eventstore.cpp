#include "collectorlogging_p.h"
#include "eventstore_p.h"

#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace FeedbackKit {

using json = nlohmann::json;

class EventStorePrivate
{
public:
    QString connectionName;
    /*! ":memory:": the events live only in `events`, with no database behind them. */
    bool memoryOnly = false;
    // Prepared once per open: a commit only binds and steps it.
    std::unique_ptr<QSqlQuery> upsert;
    // Guards events and order, which readers in other threads look at.
    mutable QMutex mutex;
    QHash<QString, json> events;
    QList<QString> order;
    // Per uncommitted event: its state before the first uncommitted put (nullopt: it is new).
    QHash<QString, std::optional<json>> dirty;
    QList<QString> dirtyOrder; // so new events get their seq in the order they came

    QSqlDatabase database() const { return QSqlDatabase::database(connectionName, false); }
    bool exec(const QString &sql, QString *error);
    bool loadAll(QString *error);
    bool prepareUpsert(QString *error);
    qint64 nextSeq = 0;
    void rollbackCache();
};

static QString eventIdOf(const json &event)
{
    return QString::fromStdString(event.at("event_id").get<std::string>());
}

static QString sqlError(const QString &what, const QSqlError &error)
{
    return QStringLiteral("%1: %2").arg(what, error.text());
}

bool EventStorePrivate::exec(const QString &sql, QString *error)
{
    QSqlQuery query(database());
    if (query.exec(sql))
        return true;
    *error = sqlError(sql, query.lastError());
    return false;
}

bool EventStorePrivate::prepareUpsert(QString *error)
{
    upsert = std::make_unique<QSqlQuery>(database());
    if (upsert->prepare(QStringLiteral("INSERT INTO events (event_id, seq, body) VALUES (?, ?, ?) "
                                       "ON CONFLICT(event_id) DO UPDATE SET body = excluded.body")))
        return true;
    *error = sqlError(QStringLiteral("preparing the upsert"), upsert->lastError());
    return false;
}

bool EventStorePrivate::loadAll(QString *error)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT event_id, body, seq FROM events ORDER BY seq"))) {
        *error = sqlError(QStringLiteral("reading events"), query.lastError());
        return false;
    }
    QMutexLocker lock(&mutex);
    while (query.next()) {
        const QString id = query.value(0).toString();
        json event = json::parse(query.value(1).toByteArray().toStdString(), nullptr, false);
        if (event.is_discarded() || !event.is_object()) {
            qCWarning(lcStore) << "skipping unreadable stored event" << id;
            continue;
        }
        events.insert(id, std::move(event));
        order.append(id);
        nextSeq = query.value(2).toLongLong();
    }
    return true;
}

void EventStorePrivate::rollbackCache()
{
    QMutexLocker lock(&mutex);
    for (auto it = dirty.cbegin(); it != dirty.cend(); ++it) {
        if (it.value()) {
            events.insert(it.key(), *it.value());
        } else {
            events.remove(it.key());
            order.removeOne(it.key());
        }
    }
    dirty.clear();
    dirtyOrder.clear();
}

EventStore::EventStore()
    : d(std::make_unique<EventStorePrivate>())
{ }

EventStore::~EventStore()
{
    close();
}

bool EventStore::open(const QString &path, Durability durability, QString *error)
{
    close();
    if (path == QLatin1String(":memory:")) {
        // An in-memory SQLite copy of what `events` holds anyway was pure cost, and it grew
        // slower as events piled up (SQLite's page cache in a memory database).
        d->memoryOnly = true;
        return true;
    }
    d->connectionName = QStringLiteral("feedbackkit-collector-") + QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = sqlError(QStringLiteral("opening %1").arg(path), db.lastError());
        close();
        return false;
    }
    const QString synchronous
        = durability == Durability::PowerLoss ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
    const bool ready = d->exec(QStringLiteral("PRAGMA journal_mode=WAL"), error)
        && d->exec(QStringLiteral("PRAGMA synchronous=") + synchronous, error)
        && d->exec(QStringLiteral("PRAGMA busy_timeout=2000"), error)
        // The events are all in memory already (the cache above); SQLite's default 2 MB page
        // cache made every upsert into a large file read its pages back with pread.
        && d->exec(QStringLiteral("PRAGMA cache_size=-65536"), error)
        // Keyed by event_id alone (one b-tree to update per write); seq keeps the order in
        // which events were first stored.
        && d->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS events ("
                                  "event_id TEXT PRIMARY KEY, "
                                  "seq INTEGER NOT NULL, "
                                  "body BLOB NOT NULL) WITHOUT ROWID"),
                   error)
        && d->prepareUpsert(error) && d->loadAll(error);
    if (!ready)
        close();
    return ready;
}

void EventStore::close()
{
    if (std::exchange(d->memoryOnly, false)) {
        QMutexLocker lock(&d->mutex);
        d->events.clear();
        d->order.clear();
        d->dirty.clear();
        d->dirtyOrder.clear();
        return;
    }
    if (d->connectionName.isEmpty())
        return;
    d->upsert.reset();
    {
        QSqlDatabase db = d->database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
    QMutexLocker lock(&d->mutex);
    d->events.clear();
    d->order.clear();
    d->dirty.clear();
    d->dirtyOrder.clear();
}

bool EventStore::isOpen() const
{
    return d->memoryOnly || !d->connectionName.isEmpty();
}

std::optional<json> EventStore::get(const QString &eventId) const
{
    QMutexLocker lock(&d->mutex);
    const auto it = d->events.constFind(eventId);
    if (it == d->events.cend())
        return std::nullopt;
    return *it;
}

bool EventStore::contains(const QString &eventId) const
{
    QMutexLocker lock(&d->mutex);
    return d->events.contains(eventId);
}

int EventStore::count() const
{
    QMutexLocker lock(&d->mutex);
    return int(d->events.size());
}

void EventStore::forEach(const std::function<void(const json &)> &visit) const
{
    QMutexLocker lock(&d->mutex);
    for (const QString &id : std::as_const(d->order))
        visit(d->events.value(id));
}

void EventStore::put(json event)
{
    const QString id = eventIdOf(event);
    QMutexLocker lock(&d->mutex);
    auto existing = d->events.find(id);
    // Kept for a rollback, which a store without a database never needs.
    if (!d->memoryOnly && !d->dirty.contains(id)) {
        d->dirty.insert(
            id, existing == d->events.end() ? std::nullopt : std::optional<json>(*existing));
        d->dirtyOrder.append(id);
    }
    if (existing == d->events.end()) {
        d->events.insert(id, std::move(event));
        d->order.append(id);
    } else {
        *existing = std::move(event);
    }
}

bool EventStore::hasUncommitted() const
{
    return !d->dirty.isEmpty();
}

bool EventStore::commit(QString *error)
{
    if (d->dirty.isEmpty())
        return true;

    if (!d->upsert) {
        *error = QStringLiteral("the store is closed");
        d->rollbackCache();
        return false;
    }
    QSqlDatabase db = d->database();
    QSqlQuery &upsert = *d->upsert;
    bool ok = db.transaction();
    qint64 seq = d->nextSeq;
    for (auto id = d->dirtyOrder.cbegin(); ok && id != d->dirtyOrder.cend(); ++id) {
        std::string body;
        {
            QMutexLocker lock(&d->mutex);
            body = d->events.value(*id).dump(-1, ' ', false, json::error_handler_t::replace);
        }
        const bool stored = d->dirty.value(*id).has_value();
        upsert.bindValue(0, *id);
        upsert.bindValue(1, stored ? seq : ++seq); // the upsert keeps a stored event's seq
        upsert.bindValue(2, QByteArray::fromStdString(body));
        ok = upsert.exec();
    }
    if (ok && db.commit()) {
        d->dirty.clear();
        d->dirtyOrder.clear();
        d->nextSeq = seq;
        return true;
    }
    *error = sqlError(QStringLiteral("committing events"),
                      upsert.lastError().isValid() ? upsert.lastError() : db.lastError());
    db.rollback();
    d->rollbackCache();
    return false;
}

} // namespace FeedbackKit
