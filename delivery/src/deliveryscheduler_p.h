#pragma once

// Private: when each item goes out. Which are ready, which wait on backoff, which wait for a
// creation, how many are in flight, and whether the link is held after an outage.

#include "outboxtypes_p.h"
#include "retrypolicy_p.h"
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QElapsedTimer>
#include <QHash>

#include <QList>
#include <QMultiMap>
#include <QObject>
#include <functional>

#include <chrono>
#include <deque>
#include <optional>

namespace FeedbackKit {

class DeliveryTimer;
class ManualClock;

/*!
 * \brief Decides which item to send next, and when a failed one is due again.
 *
 * The client adds every pending item, schedules it when it has something new to send, asks next()
 * for what to send, and reports each answer: delivered(), retryLater(), holdOffline(), putBack(),
 * or only finished(). It knows keys, never states or requests. Time is the steady clock, or a
 * test's ManualClock: its two timers (children of this object) then fire only when the test moves
 * that clock.
 *
 * An item is in one place at a time: idle, ready (queued), waiting on backoff, blocked behind
 * a creation, or in flight; scheduling it anywhere but idle does nothing, since a queued,
 * waiting or blocked item sends its newest state when its turn comes and an item in flight is
 * looked at again when its answer comes.
 */
class FEEDBACKKIT_DELIVERY_EXPORT DeliveryScheduler : public QObject
{
    Q_OBJECT

public:
    /*! Runs on \a clock, or on the steady clock when it is null. */
    DeliveryScheduler(const ClientConfig &config, ManualClock *clock, QObject *parent = nullptr);
    ~DeliveryScheduler() override;

    /*! maxInFlight, the backoff and Retry-After bounds, healthyServerMaxBackoff, retrySeed. */
    void setConfig(const ClientConfig &config);
    /*! Milliseconds on the delivery clock. */
    qint64 now() const;

    /*! The items that must reach the server before \a key (the backend's rule). */
    using PrerequisitesOf = std::function<QList<ItemKey>(const ItemKey &key)>;
    /*!
     * Asked when an item's turn comes, not kept per item: a capture stores nothing for the
     * order, and a reconfigured backend's rule applies at once. None: no item waits.
     */
    void setPrerequisites(PrerequisitesOf prerequisitesOf);
    /*!
     * Called when an item becomes ready: call next() soon (from the event loop, not from
     * within). A plain call, not a signal: schedule() runs in every capture, where a signal's
     * dispatch was a tenth of the cost.
     */
    void setReadyHandler(std::function<void()> handler);

    /*! \a key is pending; it goes out only after every one of its prerequisites still pending. */
    void add(const ItemKey &key);
    /*! \a key is no longer pending (delivered or quarantined): what waited for it goes on. */
    void remove(const ItemKey &key);
    bool contains(const ItemKey &key) const { return m_items.contains(key); }
    /*! \a key has something new to send: queued at the back, unless it is not idle. */
    void schedule(const ItemKey &key);

    /*!
     * The item to send now, taken off the queue and counted in flight; nullopt when nothing is
     * ready, maxInFlight requests are out (one while the link seems down), or sends are held.
     */
    std::optional<ItemKey> next();
    int inFlight() const { return m_inFlight; }
    /*! Forgets every request in flight (their answers will not come). */
    void abandonInFlight();

    /*!
     * The request for \a key is over; \a serverAnswered: with an HTTP answer, which proves the
     * link works. The item is idle unless one of the calls below follows.
     */
    void finished(const ItemKey &key, bool serverAnswered);
    /*! \a key was delivered: the server is healthy (serverHealthy()) for a while. */
    void delivered(const ItemKey &key);
    /*!
     * \a key is due again after the backoff of its \a attempt-th failure (capped lower while
     * the server is healthy), or what \a retryAfter asks for, clamped; returns that delay.
     */
    std::chrono::milliseconds retryLater(const ItemKey &key, int attempt,
                                         QByteArrayView retryAfter = {});
    /*!
     * \a key got no answer at all: it goes first in the queue and every send is held for one
     * backoff of the outage (returned), after which a single request probes the link. Nullopt
     * when a hold is already under way: the other requests in flight failed with the same
     * outage, which counts once.
     */
    std::optional<std::chrono::milliseconds> holdOffline(const ItemKey &key);
    /*! \a key was not at fault (delivery pauses): first in the queue again. */
    void putBack(const ItemKey &key);

    /*! Another request succeeded within healthyServerMaxBackoff. */
    bool serverHealthy() const;
    /*! Sends are held after a failure without answer (see holdOffline()). */
    bool holdingOffline() const;
    /*! When \a key is due again on the clock (ms), or -1 when it is not waiting on backoff. */
    qint64 dueTime(const ItemKey &key) const;

Q_SIGNALS:
    /*! The offline hold ran out: call next() now, for the probe. */
    void holdEnded();

private:
    enum class State { Idle, Ready, Waiting, Blocked, InFlight };
    struct Entry
    {
        State state = State::Idle;
    };

    bool blockBehindPrerequisite(const ItemKey &key, Entry &entry);
    void wait(const ItemKey &key, std::chrono::milliseconds delay);
    void queueFirst(const ItemKey &key);
    void onRetryTimer();
    void armRetryTimer();

    ManualClock *const m_clock;
    QElapsedTimer m_steadyClock; ///< Used when there is no manual clock.
    RetryPolicy m_retry;
    int m_maxInFlight = 1;
    std::chrono::milliseconds m_healthyServerMaxBackoff;
    PrerequisitesOf m_prerequisitesOf;
    std::function<void()> m_readyHandler;
    QHash<ItemKey, Entry> m_items;
    std::deque<ItemKey> m_ready;
    QMultiMap<qint64, ItemKey> m_waiting; ///< Backoff: due time (clock ms) → item.
    QHash<ItemKey, QList<ItemKey>> m_blocked; ///< Prerequisite → items waiting for it.
    int m_inFlight = 0; ///< Requests sent and not yet answered.
    /*! Failures in a row without any HTTP answer: the network or the server is down. */
    int m_offlineAttempts = 0;
    qint64 m_lastDeliveredMs = -1; ///< Clock ms of the last delivered item; -1 before the first.
    /*! Named, so tests can check that an idle client has none running. */
    DeliveryTimer *m_retryTimer = nullptr;
    DeliveryTimer *m_offlineTimer = nullptr; ///< Active while sends are held.
};

} // namespace FeedbackKit
