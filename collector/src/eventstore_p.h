#pragma once

// Private: the collector's events, in memory for reads and in SQLite for durability.

#include "collectortypes.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

namespace FeedbackKit {

/*!
 * \brief Every event, keyed by event_id, held in memory and written to SQLite in batches.
 *
 * put() changes the cache at once and marks the event dirty; commit() writes every dirty
 * event in one transaction. The server calls commit() once per event-loop turn and only then
 * answers the writes of that turn, so an acknowledged write is always a committed one, while
 * thousands of writes a second share a handful of commits.
 *
 * open(), put() and commit() belong to the server's thread; the read functions may be called
 * from any thread (the cache is behind a mutex that is never held during disk I/O).
 */
class EventStorePrivate;

class EventStore
{
public:
    EventStore();
    ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    bool open(const QString &path, Durability durability, QString *error);
    void close();
    bool isOpen() const;

    std::optional<nlohmann::json> get(const QString &eventId) const;
    bool contains(const QString &eventId) const;
    int count() const;
    /*! Calls \a visit with every event, in the order they were first stored. */
    void forEach(const std::function<void(const nlohmann::json &)> &visit) const;

    /*! Stores \a event (which must hold a string event_id) in the cache; durable at commit(). */
    void put(nlohmann::json event);
    bool hasUncommitted() const;
    /*!
     * Writes every dirty event in one transaction. On failure the cache is put back as it was
     * before the uncommitted puts and \a error says why.
     */
    bool commit(QString *error);

private:
    std::unique_ptr<EventStorePrivate> const d;
};

} // namespace FeedbackKit
