#pragma once

#include <FeedbackKit/feedbackkit_core_export.h>
#include "feedback.h"
#include "session.h"
#include "target.h"

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
struct FEEDBACKKIT_CORE_EXPORT ClientConfig {
    QUrl apiUrl = QUrl(QStringLiteral("https://api.honeyhive.ai"));
    QString apiKey;
    QString project;
    /*! The outbox database file; empty: feedbackkit-outbox.sqlite in AppDataLocation. */
    QString outboxPath;
    /*! Plain http:// to a host other than loopback is refused unless this is set. */
    bool allowInsecureHttp = false;
    /*! How long a clean quit (QCoreApplication::aboutToQuit) waits for delivery. */
    std::chrono::milliseconds quitFlushTimeout{2000};

    static ClientConfig fromEnvironment();
};

/*!
 * \brief Takes feedback captured for a target, makes it durable, and delivers it.
 *
 * Every enrich call merges a patch into the target's current state (see TargetStateStore),
 * validates it, and hands it to the outbox. The call never waits on the network or a disk
 * flush; the \c durable signal says when the state has reached the disk.
 * Delivery sends the whole current state with \c PUT /events, retrying transient failures.
 */
class FEEDBACKKIT_CORE_EXPORT Client : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(bool paused READ isPaused NOTIFY pausedChanged)

public:
    explicit Client(const ClientConfig &config = ClientConfig::fromEnvironment(),
                    QObject *parent = nullptr);
    ~Client() override;

    ClientConfig config() const;
    /*! Applies a new configuration (for example a fixed API key); resumes a paused delivery. */
    void setConfig(const ClientConfig &config);
    /*! Uses \a manager for every request; the client does not take ownership. */
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    /*!
     * Merges \a patch into the state of \a target on \a channel and queues the whole state.
     * Returns false, queuing nothing, when the target is invalid or the merged state breaks a
     * validation rule; \a error then says which.
     */
    bool enrich(const Target &target, const Feedback &patch, Channel channel = Channel::EndUser,
                QString *error = nullptr);
    /*! enrich() on the current session (Session::current()). */
    bool enrichSession(const Feedback &patch, Channel channel = Channel::EndUser, QString *error = nullptr);
    /*! enrich() on event \a eventId of the current session. */
    bool enrichEvent(const QString &eventId, const Feedback &patch, Channel channel = Channel::EndUser,
                     QString *error = nullptr);

    /*! The current state of \a target (what the outbox holds or last delivered). */
    Feedback state(const Target &target, Channel channel = Channel::EndUser) const;

    int pendingCount() const;
    bool isPaused() const;

Q_SIGNALS:
    void accepted(const FeedbackKit::Target &target, quint64 version);
    void durable(const FeedbackKit::Target &target, quint64 version);
    void delivered(const FeedbackKit::Target &target, quint64 version);
    void failed(const FeedbackKit::Target &target, const QString &reason);
    void quarantined(const FeedbackKit::Target &target, const QString &serverAnswer);
    void pendingCountChanged(int count);
    void pausedChanged(bool paused);

private:
    std::unique_ptr<ClientPrivate> d;
};

} // namespace FeedbackKit
