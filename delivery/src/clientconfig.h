#pragma once

#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QString>
#include <QUrl>

#include <chrono>

namespace FeedbackKit {

/*!
 * \brief How a Client reaches the backend, and where it keeps its outbox.
 *
 * fromEnvironment() reads HH_API_KEY, HH_PROJECT and HH_API_URL (default
 * https://api.honeyhive.ai). The API key lives only in memory and in the Authorization header.
 *
 * Binary compatibility: ClientConfig is a plain struct that applications create, copy and
 * destroy in their own code (its constructor and copy are inline, default values included),
 * so its size and the offset of every field are compiled into them. Adding, removing,
 * reordering or retyping a field, even at the end, therefore breaks binary compatibility at
 * any version; a changed default only reaches an application when it is recompiled.
 * Before 1.0 the library's SOVERSION is the major version, 0, for every 0.x release, while
 * 0.x releases may change ClientConfig: an application must be rebuilt against each 0.x
 * release (the loader would not notice the mismatch). From 1.0, the fields stay as they are
 * within a major version (the SOVERSION): a new field waits for the next major version, or
 * ClientConfig becomes a class with a private part first.
 */
struct FEEDBACKKIT_DELIVERY_EXPORT ClientConfig
{
    /*!
     * \brief The server API a Client speaks.
     * \value HoneyHive HoneyHive: PUT /events with the whole feedback or metrics state (a
     *        cleared key as an explicit null), POST /session/start, POST /events.
     */
    enum class Backend : int { HoneyHive };
    /*! Which API the requests go to (apiUrl is where); HoneyHive, the only one so far. */
    Backend backend = Backend::HoneyHive;
    QUrl apiUrl = QUrl(QStringLiteral("https://api.honeyhive.ai"));
    QString apiKey;
    QString project;
    /*!
     * Where sessions and events come from, as HoneyHive's \c source field (the environment or
     * the service, e.g. "production"). A session's or an event's own source wins.
     */
    QString source = QStringLiteral("feedbackkit");
    /*! The outbox database file; empty: feedbackkit-outbox.sqlite in AppDataLocation. */
    QString outboxPath;
    /*! Plain http:// to a host other than loopback is refused unless this is set. */
    bool allowInsecureHttp = false;
    /*! How long a clean quit (QCoreApplication::aboutToQuit) waits for delivery. */
    std::chrono::milliseconds quitFlushTimeout { 2000 };

    /*! A request not finished within this time fails and is retried. */
    std::chrono::milliseconds requestTimeout { 30000 };
    /*!
     * Requests in flight at once, one per target at most, each on its own kept-alive
     * connection (opened only when the ones already open are busy).
     */
    int maxInFlight = 6;

    /*!
     * Backoff after a retryable failure: a delay drawn uniformly from [0, ceiling] ("full
     * jitter"), the ceiling doubling from \c initialBackoff up to \c maxBackoff, never below
     * \c minRetryDelay so that a dead server is not hammered.
     */
    std::chrono::milliseconds initialBackoff { 500 };
    std::chrono::milliseconds maxBackoff { 300000 };
    std::chrono::milliseconds minRetryDelay { 100 };
    /*!
     * The backoff ceiling while the server is healthy (another request to it succeeded within
     * this time): a failing item then waits at most this long, whatever its luck so far.
     * maxBackoff is for a server that answers nothing.
     */
    std::chrono::milliseconds healthyServerMaxBackoff { 30000 };
    /*!
     * How long an update is retried while the server does not know its event yet (a 404
     * about it, or "success": false): the trace may still arrive from another service. Then
     * it is quarantined. The time counts from the first such answer since the client started.
     */
    std::chrono::milliseconds maxEventWait { std::chrono::hours(24) };
    /*! A server's Retry-After (seconds or HTTP date) is clamped to [minRetryDelay, this]. */
    std::chrono::milliseconds maxRetryAfter { 600000 };
    /*! Seeds the jitter; 0 draws a random seed. Tests set it to be reproducible. */
    quint64 retrySeed = 0;

    /*!
     * The outbox cap, in targets with undelivered state. When it is reached, enrich() on a
     * target that has nothing pending is refused with an error; updates to targets already
     * pending are still accepted, since they replace rather than add. Nothing queued is ever
     * dropped to make room.
     */
    int maxPendingTargets = 100000;
    /*!
     * The outbox database never grows beyond this many bytes (SQLite max_page_count). When a
     * write would exceed it (or the disk is full), delivered history is pruned first; if that
     * is not enough, the items of that write are reported with \c failed (they stay queued in
     * memory and are still delivered), \c outboxFull becomes true and new captures are
     * refused until a write succeeds again. Nothing written before is lost.
     */
    qint64 maxOutboxBytes = 256 * 1024 * 1024;
    /*!
     * Delivered states kept (most recent first) so that a later patch to the same target still
     * sends the whole state after a restart. Older ones are pruned.
     */
    int keepDeliveredTargets = 10000;

    static ClientConfig fromEnvironment();
    /*! Why this configuration cannot deliver (insecure URL, no key ...); empty when it can. */
    QString deliveryProblem() const;
};

} // namespace FeedbackKit
