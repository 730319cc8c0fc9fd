#pragma once

// Private: what the outbox stores, and the writes the capture and delivery paths ask of it.

#include "outboxentry.h"
#include <FeedbackKit/Feedback>
#include "idhash_p.h"
#include <FeedbackKit/Target>

#include <QByteArray>
#include <QHashFunctions>
#include <QString>

#include <deque>
#include <vector>

namespace FeedbackKit {

/*! What an outbox row delivers. Feedback kinds are PUT /events; the others create. */
enum class ItemKind : int { Feedback = 0, Metrics = 1, StartSession = 2, LogEvent = 3 };

inline ItemKind itemKindFor(Channel channel)
{
    return channel == Channel::Expert ? ItemKind::Metrics : ItemKind::Feedback;
}
inline bool isFeedbackKind(ItemKind kind)
{
    return kind == ItemKind::Feedback || kind == ItemKind::Metrics;
}
inline Channel channelOf(ItemKind kind)
{
    return kind == ItemKind::Metrics ? Channel::Expert : Channel::EndUser;
}
QString itemKindName(ItemKind kind);

/*! One outbox row's identity: at most one state per event and kind. */
struct ItemKey
{
    QString eventId;
    ItemKind kind = ItemKind::Feedback;
    bool operator==(const ItemKey &other) const
    {
        return kind == other.kind && sameId(eventId, other.eventId);
    }
};
inline size_t qHash(const ItemKey &key, size_t seed = 0) noexcept
{
    return hashId(key.eventId, seed) ^ size_t(key.kind);
}

/*! A change for the writer thread to make durable, in the order it was asked. */
struct WriteOp
{
    enum class Type { Upsert, Delivered, Quarantine, Retry };
    Type type = Type::Upsert;
    ItemKey key;
    Target target;
    /*! The state of a feedback item (serialised on the writer thread, off the capture path). */
    Feedback state;
    /*! The request body of a creation item; a feedback item's state once serialised. */
    QByteArray payload;
    quint64 version = 0;
    QString answer;
    /*! A feedback item's pending removals (removals_p.h), kept with its state. */
    Feedback removals;
};

/*! A version the server confirmed: history only, so it is kept small while it waits. */
struct DeliveredMark
{
    ItemKey key;
    quint64 version = 0;
};

/*!
 * What one group commit writes: \c ops in the order they were asked, then the delivery marks.
 * Marks can go last because each only applies to versions up to its own, which were queued
 * before it (a newer state queued meanwhile keeps its row pending).
 */
struct WriteBatch
{
    std::deque<WriteOp> ops; ///< A deque: a burst of captures grows it without copying it.
    std::vector<DeliveredMark> delivered;
    bool isEmpty() const { return ops.empty() && delivered.empty(); }
};

/*! A row read back from the outbox. */
struct OutboxRecord
{
    ItemKey key;
    Target target;
    QByteArray payload;
    /*! A feedback item's pending removals as JSON; empty when there are none. */
    QByteArray removals;
    quint64 version = 0;
    OutboxEntry::Status status = OutboxEntry::Status::Pending;
    QString answer;
    qint64 updatedMs = 0;
};

} // namespace FeedbackKit
