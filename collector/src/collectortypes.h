#pragma once

// The value types of the collector's library API: what to start, what to break, what happened.

#include <QByteArray>
#include <QHostAddress>
#include <QMap>
#include <QString>

#include <chrono>
#include <optional>

namespace FeedbackKit {

/*!
 * \brief How much a write survives once the collector has acknowledged it.
 *
 * \value ProcessCrash  SQLite WAL with synchronous=NORMAL: a commit is in the WAL file (the
 *                      kernel's page cache) before the reply goes out, so it survives the
 *                      process being killed (kill -9, a crash), not a power cut. The default:
 *                      it is what a local collector and the tests need, and it costs no fsync.
 * \value PowerLoss     synchronous=FULL: the WAL is fsync'ed at every commit (one per batch of
 *                      requests), so acknowledged writes also survive an OS crash or power cut.
 */
enum class Durability { ProcessCrash, PowerLoss };

/*!
 * \brief How a write merges an enrichable object (\c feedback, \c metrics, \c metadata,
 * \c outputs, \c config, \c user_properties) into the one already stored for the event.
 *
 * The rule applies to \c PUT \c /events and to a new event (\c POST \c /events, a batch entry,
 * a session start) that completes a stored one with the same ID, such as the placeholder an
 * early enrichment left. Each enrichable object sent is merged on its own; one not sent is
 * left as stored.
 *
 * Stored \c {"a": 1, "n": {"x": 1, "y": 2}} with \c {"a": null, "n": {"y": null, "z": 3}} sent
 * becomes:
 *
 * \value Replace   the object sent replaces the stored one whole, \c null values inside it
 *                  stored as sent: \c {"a": null, "n": {"y": null, "z": 3}}.
 * \value TopLevel  the default: the top-level keys sent replace the stored ones, a \c null
 *                  removes its top-level key, a nested object replaces the stored one whole
 *                  (nulls inside it included): \c {"n": {"y": null, "z": 3}}.
 * \value Deep      an RFC 7386 JSON merge patch at every depth: objects merge key by key,
 *                  a \c null removes its key wherever it is, any other value (an array too)
 *                  replaces: \c {"n": {"x": 1, "z": 3}}.
 */
enum class MergeRule { Replace, TopLevel, Deep };

/*!
 * \brief Everything a Collector is started with.
 *
 * The defaults suit a test: loopback, a free port, an in-memory database.
 */
struct CollectorOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    /*! 0 picks a free port (see Collector::baseUrl()). */
    quint16 port = 0;
    /*! SQLite file; ":memory:" keeps nothing after stop. */
    QString databasePath = QStringLiteral(":memory:");
    /*! When set, every request needs "Authorization: Bearer <apiKey>" or gets 401. */
    QString apiKey;
    Durability durability = Durability::ProcessCrash;
    /*! Also reachable as CollectorOptions::MergeRule. */
    using MergeRule = FeedbackKit::MergeRule;
    /*! How writes merge the enrichable objects into a stored event (see MergeRule). */
    MergeRule mergeRule = MergeRule::TopLevel;
    /*! Largest request body accepted; larger ones get 413 before they are read to the end. */
    qint64 maxBodyBytes = 2 * 1024 * 1024;
    /*! Most events in one POST /events/batch. */
    int maxBatchEvents = 1000;
    /*!
     * Most connections open at once; more are closed as soon as they are accepted. With the
     * body cap this bounds memory: QHttpServer 6.4 holds a request being read up to twice
     * (socket buffer and body), so at worst maxConnections * 2 * (maxBodyBytes + 96 KiB),
     * about 1.1 GiB with the defaults, and only while that many peers send that much at once.
     */
    int maxConnections = 256;
    /*! A request must arrive whole within this time of its first byte (slow senders: 408). */
    std::chrono::milliseconds requestTimeout { 10000 };
    /*! A keep-alive connection with no request in flight is closed after this long. */
    std::chrono::milliseconds idleTimeout { 60000 };

    /*! Why these options cannot work (a size or count out of range), or an empty string. */
    QString problem() const;
};

/*!
 * \brief Faults the collector injects, to test a client's retries and idempotence.
 *
 * Rates are fractions of requests in [0, 1], drawn from a generator seeded with \c seed, so
 * the same requests in the same order meet the same faults. Unless \c includeReads is set,
 * only writes (POST and PUT) are affected, so a test can read back what was stored.
 * Checks run in this order: status faults (500, then 503, then 429), drop before apply,
 * drop after apply; \c delay applies to every reply that is sent.
 */
struct FaultProfile
{
    quint64 seed = 1;
    double status500Rate = 0;
    double status503Rate = 0;
    double status429Rate = 0;
    /*! Retry-After on 503 and 429, in seconds; no header when unset. */
    std::optional<int> retryAfterSeconds;
    /*! Send Retry-After as an HTTP date (now + retryAfterSeconds) instead of seconds. */
    bool retryAfterAsDate = false;
    /*! Connection closed after the request was read, before anything is applied. */
    double dropBeforeApplyRate = 0;
    /*! The write is applied and committed, then the connection is closed without a reply. */
    double dropAfterApplyRate = 0;
    /*! Every reply waits this long (a commit still happens before the wait). */
    std::chrono::milliseconds delay { 0 };
    bool includeReads = false;

    bool isEmpty() const;
    /*! Why this profile is invalid (a rate outside [0, 1], a negative delay), or empty. */
    QString problem() const;
    /*!
     * Reads a profile from JSON such as
     * {"seed": 7, "status_503_rate": 0.2, "retry_after_seconds": 1, "drop_after_apply_rate": 0.1,
     *  "delay_ms": 50}. Unknown keys and out-of-range values are refused with \a error set.
     */
    static std::optional<FaultProfile> fromJson(const QByteArray &json, QString *error = nullptr);
    QByteArray toJson() const;
};

/*!
 * \brief What the collector has seen since it was started (or resetStats()).
 */
struct CollectorStats
{
    /*!
     * Every request read whole, whatever became of it. Requests refused by the connection guard
     * before they were whole (413 announced or too large, 408, malformed HTTP) are not counted
     * here, only in byStatus and rejectedConnections.
     */
    qint64 requests = 0;
    /*! Replies sent, by HTTP status. */
    QMap<int, qint64> byStatus;
    /*! Writes committed to the store (an event created or enriched counts once). */
    qint64 appliedWrites = 0;
    qint64 droppedBeforeApply = 0;
    qint64 droppedAfterApply = 0;
    /*! Connections closed for misbehaving: over the size cap, too slow, unparsable. */
    qint64 rejectedConnections = 0;

    qint64 count(int status) const { return byStatus.value(status); }
};

} // namespace FeedbackKit
