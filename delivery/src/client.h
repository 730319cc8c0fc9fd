#pragma once

#include <FeedbackKit/ClientConfig>
#include <FeedbackKit/ClientStatistics>
#include <FeedbackKit/Feedback>
#include <FeedbackKit/Session>
#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QJsonObject>
#include <QObject>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace FeedbackKit {

class ClientPrivate;

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
class FEEDBACKKIT_DELIVERY_EXPORT Client : public QObject
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

    // What the client holds of one target, for TargetDeliveryStatus::stateOf().
    /*! Whether \a target's state on \a channel waits for delivery (quarantine excluded). */
    bool isPending(const Target &target, Channel channel = Channel::EndUser) const;
    /*! Whether the server refused \a target's newest state on \a channel (kept for inspection). */
    bool isQuarantined(const Target &target, Channel channel = Channel::EndUser) const;
    /*! The newest version of \a target's state on \a channel; 0 when it has none. */
    quint64 stateVersion(const Target &target, Channel channel = Channel::EndUser) const;

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
    std::unique_ptr<ClientPrivate> const d;
};

} // namespace FeedbackKit
