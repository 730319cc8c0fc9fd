#pragma once

// Private: what the client has not delivered yet, what the server refused, and what is on disk.

#include "outboxtypes_p.h"
#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>

#include <QHash>
#include <QList>

#include <utility>

namespace FeedbackKit {

class DeliveryScheduler;

/*! Something not yet delivered: the newest version, and what its delivery has met so far. */
struct PendingItem
{
    Target target;
    ItemKind kind = ItemKind::Feedback;
    quint64 version = 0; ///< Newest accepted version.
    QByteArray payload; ///< Creation kinds: the request body. (Feedback state: in `states`.)
    /*!
     * Feedback kinds: the keys the server may still hold that the state no longer has (see
     * removals_p.h), sent as nulls until a state sent after their removal is confirmed.
     */
    Feedback removals;
    /*! The part of `removals` taken since the request in flight was sent. */
    Feedback removalsSinceSend;
    int attempts = 0; ///< Failed attempts since the last success.
    /*! Clock ms of the first "event not known yet" answer in a row; -1 when none. */
    qint64 notYetSinceMs = -1;
};

/*!
 * \brief The client's items by key: pending, quarantined, and the newest durable version of each.
 *
 * Every pending item is in the scheduler and only those: insert() adds it there, remove() takes
 * it out. An item is pending or quarantined, never both, once the caller is done with a key.
 * Nothing here emits a signal; the callers announce the counts when they are done.
 */
class PendingItems
{
public:
    explicit PendingItems(DeliveryScheduler &scheduler);
    PendingItems(const PendingItems &) = delete;
    PendingItems &operator=(const PendingItems &) = delete;

    using Table = QHash<ItemKey, PendingItem>;

    /*! The pending item \a key, or nullptr; valid until the table changes. */
    PendingItem *find(const ItemKey &key)
    {
        const auto it = m_pending.find(key); // inline: the capture path's one lookup
        return it == m_pending.end() ? nullptr : &*it;
    }
    bool isPending(const ItemKey &key) const { return m_pending.contains(key); }
    int pendingCount() const { return int(m_pending.size()); }
    /*! Whether \a cap items are pending (ClientConfig::maxPendingTargets): no new one fits. */
    bool isAtCap(int cap) const { return m_pending.size() >= cap; }
    const Table &pending() const { return m_pending; }
    /*!
     * Makes \a key (not pending yet) pending as \a item, in the scheduler too; returns the
     * item, valid until the table changes.
     */
    PendingItem &insert(const ItemKey &key, PendingItem item);
    /*! \a key is no longer pending (delivered or quarantined); false if it was not. */
    bool remove(const ItemKey &key);

    /*! The quarantined item \a key, or nullptr. */
    const PendingItem *findQuarantined(const ItemKey &key) const;
    bool isQuarantined(const ItemKey &key) const { return m_quarantined.contains(key); }
    int quarantinedCount() const { return int(m_quarantined.size()); }
    /*! Keeps \a item, as the server refused it, under \a key. */
    void quarantine(const ItemKey &key, const PendingItem &item);
    /*! Forgets the quarantined \a key (a newer state supersedes it); false if it was not there. */
    bool forgetQuarantined(const ItemKey &key) { return m_quarantined.remove(key); }
    /*! Every quarantined item, leaving none. */
    Table takeQuarantined() { return std::exchange(m_quarantined, {}); }

    /*! The newest version of \a key known to be on disk; 0 when none is. */
    quint64 durableVersion(const ItemKey &key) const { return m_durableVersions.value(key); }
    /*! \a version of \a key reached the disk (an older one arriving late changes nothing). */
    void setDurable(const ItemKey &key, quint64 version);

private:
    DeliveryScheduler &m_scheduler;
    Table m_pending;
    Table m_quarantined; ///< As they were when the server refused them.
    /*! The newest durable version of every item seen (restored ones included). */
    QHash<ItemKey, quint64> m_durableVersions;
};

} // namespace FeedbackKit
