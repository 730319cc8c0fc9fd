#pragma once

#include "feedback.h"
#include "session.h"
#include "target.h"
#include <FeedbackKit/feedbackkit_core_export.h>

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace FeedbackKit {

class ClientPrivate;

/*!
 * \brief How a Client reaches the backend, and where it keeps its outbox.
 *
 * fromEnvironment() reads HH_API_KEY, HH_PROJECT and HH_API_URL (default
 * https://api.honeyhive.ai). The API key lives only in memory and in the Authorization header.
 */
struct FEEDBACKKIT_CORE_EXPORT ClientConfig
{
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

/*! Counters since the client was created. */
struct FEEDBACKKIT_CORE_EXPORT ClientStatistics
{
    quint64 requests = 0; ///< HTTP requests sent (every kind).
    /*! Requests that repeated a failed attempt (network error, timeout, retryable status). */
    quint64 resends = 0;
    quint64 delivered = 0; ///< Item versions the server confirmed.
    /*! Network errors, timeouts, 408, 429 and 5xx answers, and "event not known yet". */
    quint64 retryableFailures = 0;
    quint64 quarantined = 0; ///< Items set aside after a non-retryable answer.
};

/*! One row of an outbox file, as \c feedbackkit \c outbox \c list shows it. */
struct FEEDBACKKIT_CORE_EXPORT OutboxEntry
{
    enum class Status { Pending, Delivered, Quarantined };
    QString eventId;
    QString sessionId;
    /*! "feedback", "metrics", "session-start" or "event". */
    QString kind;
    quint64 version = 0;
    Status status = Status::Pending;
    /*! The server's answer for a quarantined item. */
    QString answer;
    /*! The JSON that is (or was) sent. */
    QByteArray payload;
    QDateTime updated;
};

/*!
 * \brief Inspects and maintains an outbox file outside of a running Client (the CLI uses it).
 *
 * Changes made here (retry, purge) are seen by a Client when it next starts.
 */
class FEEDBACKKIT_CORE_EXPORT OutboxFile
{
public:
    struct Counts
    {
        int pending = 0;
        int delivered = 0;
        int quarantined = 0;
        qint64 bytes = 0; ///< Size of the database file and its write-ahead log.
    };

    explicit OutboxFile(const QString &path = {});
    ~OutboxFile();
    OutboxFile(const OutboxFile &) = delete;
    OutboxFile &operator=(const OutboxFile &) = delete;

    /*! The default outbox of this application (AppDataLocation). */
    static QString defaultPath();

    QString path() const;
    /*! Opens the file, creating it (mode 0600) if needed; false with \a error on failure. */
    bool open(QString *error = nullptr);
    QList<OutboxEntry> entries() const;
    Counts counts() const;
    /*! Makes every quarantined item pending again; returns how many (-1 on error). */
    int retryQuarantined(QString *error = nullptr);
    /*! Removes quarantined and delivered rows, and pending ones too with \a includePending. */
    int purge(bool includePending, QString *error = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/*!
 * \brief Takes feedback captured for a target, makes it durable, and delivers it.
 *
 * Every enrich call merges a patch into the target's current state (see TargetStateStore),
 * validates it, and hands it to the outbox. The call never waits on the network or a disk
 * flush; the \c durable signal says when the state has reached the disk.
 * Delivery sends the whole current state with \c PUT /events, retrying transient failures.
 *
 * A Client is used from the thread it lives in (normally the UI thread); its outbox writer runs
 * on a thread of its own. accepted, durable and delivered concern feedback (PUT /events);
 * startSession() and logEvent() items report through failed and quarantined only.
 */
class FEEDBACKKIT_CORE_EXPORT Client : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(bool paused READ isPaused NOTIFY pausedChanged)
    Q_PROPERTY(QString pauseReason READ pauseReason NOTIFY pausedChanged)
    Q_PROPERTY(int quarantinedCount READ quarantinedCount NOTIFY quarantinedCountChanged)
    Q_PROPERTY(bool outboxFull READ isOutboxFull NOTIFY outboxFullChanged)

public:
    explicit Client(const ClientConfig &config = ClientConfig::fromEnvironment(),
                    QObject *parent = nullptr);
    ~Client() override;

    ClientConfig config() const;
    /*! Applies a new configuration (for example a fixed API key); resumes a paused delivery. */
    void setConfig(const ClientConfig &config);
    /*!
     * Sends every request from now on through \a manager (its proxy settings, a test double)
     * instead of the client's own kept-alive HTTP/1.1 connections; requests in flight finish
     * where they are. The client does not take ownership; nullptr, or \a manager being
     * destroyed, returns to the built-in connections.
     */
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    /*!
     * Merges \a patch into the state of \a target on \a channel and queues the whole state.
     * Returns false, queuing nothing, when the target is invalid or the merged state breaks a
     * validation rule; \a error then says which.
     */
    bool enrich(const Target &target, const Feedback &patch, Channel channel = Channel::EndUser,
                QString *error = nullptr);
    /*! enrich() on the current session (Session::current()). */
    bool enrichSession(const Feedback &patch, Channel channel = Channel::EndUser,
                       QString *error = nullptr);
    /*! enrich() on event \a eventId of the current session. */
    bool enrichEvent(const QString &eventId, const Feedback &patch,
                     Channel channel = Channel::EndUser, QString *error = nullptr);

    /*! The current state of \a target (what the outbox holds or last delivered). */
    Feedback state(const Target &target, Channel channel = Channel::EndUser) const;

    /*!
     * Queues \c POST /session/start for \a session (created with Session::create(), so its ID
     * is client-generated). Durable and retried like feedback; feedback on the session waits
     * until the session is started.
     */
    bool startSession(const Session &session, QString *error = nullptr);
    /*!
     * Queues \c POST /events for event \a eventId of session \a sessionId. \a fields is the
     * rest of the event (\c event_type, \c inputs, \c outputs ...). Feedback on the event
     * waits until it is created; the event waits for its session's start when that is queued.
     *
     * The event keeps when it happened, however late it is delivered: \c start_time and
     * \c end_time (milliseconds since the epoch) and \c duration (milliseconds) are the
     * caller's where given; what is missing is taken as the event ending now, at this call.
     */
    bool logEvent(const QString &eventId, const QString &sessionId, const QJsonObject &fields,
                  QString *error = nullptr);

    /*!
     * Runs the event loop until everything pending is delivered or \a timeout has passed;
     * returns whether nothing is left. Meant for command-line tools and for quitting: an
     * interactive application should rely on the signals instead.
     */
    bool flush(std::chrono::milliseconds timeout);

    /*! Targets and sessions/events with something not yet delivered (quarantine excluded). */
    /*!
     * The newest version of \a target's state on \a channel known to be on disk (0 when
     * none is). What \c durable announced, per channel.
     */
    quint64 durableVersion(const Target &target, Channel channel = Channel::EndUser) const;

    int pendingCount() const;
    int quarantinedCount() const;
    /*! Makes every quarantined item pending again (for example after fixing the data). */
    void retryQuarantined();
    bool isPaused() const;
    /*! Why delivery is paused (401/403 answer, insecure URL, no key); empty when it is not. */
    QString pauseReason() const;
    bool isOutboxFull() const;
    /*! The outbox file in use. */
    QString outboxPath() const;
    ClientStatistics statistics() const;

Q_SIGNALS:
    /*! The state \a version of \a target was merged, validated and queued. */
    void accepted(const FeedbackKit::Target &target, quint64 version);
    /*!
     * Version \a version of \a target (and every earlier one) is on disk: it survives a crash
     * or kill -9. Emitted within milliseconds of accepted() (group commit on a writer thread).
     */
    void durable(const FeedbackKit::Target &target, quint64 version);
    /*! The server confirmed \a version of \a target (which supersedes earlier versions). */
    void delivered(const FeedbackKit::Target &target, quint64 version);
    /*!
     * Something went wrong for \a target: a write to the outbox failed (full), or the item was
     * quarantined. Transient failures that are retried are not reported here.
     */
    void failed(const FeedbackKit::Target &target, const QString &reason);
    /*! The server refused \a target's state (a 4xx other than 401/403/408/429). */
    void quarantined(const FeedbackKit::Target &target, const QString &serverAnswer);
    void pendingCountChanged(int count);
    void quarantinedCountChanged(int count);
    /*! Delivery stopped (\a paused true: see pauseReason()) or resumed. */
    void pausedChanged(bool paused);
    void outboxFullChanged(bool full);

private:
    std::unique_ptr<ClientPrivate> d;
};

} // namespace FeedbackKit
