#pragma once

// Private: the state behind Client. Everything here lives on the client's thread except the
// outbox writer, which owns its own thread and is only reached through its queue.

#include "client.h"
#include "deliverytimer_p.h"
#include "httptransport_p.h"
#include "outboxtypes_p.h"
#include "outboxwriter_p.h"
#include "retrypolicy_p.h"
#include <FeedbackKit/TargetStateStore>

#include <QElapsedTimer>
#include <QHash>
#include <QMultiMap>

#include <deque>

namespace FeedbackKit {

class ManualClock;
class QnamTransport;
class SocketTransport;

/*! Something not yet delivered: the newest version, and where its delivery stands. */
struct PendingItem
{
    Target target;
    ItemKind kind = ItemKind::Feedback;
    quint64 version = 0; ///< Newest accepted version.
    quint64 sentVersion = 0; ///< Version in flight; 0 when none is.
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
    bool scheduled = false; ///< In the ready queue, waiting on backoff, or blocked.
};

class ClientPrivate
{
public:
    ClientPrivate(Client *q, const ClientConfig &config);
    ~ClientPrivate();

    // Outbox (clientoutbox.cpp)
    void openOutbox();
    void restore(const QList<OutboxRecord> &records);
    void onCommitted(const OutboxWriter::Commit &commit);
    void setOutboxFull(bool full);

    // Capture (clientcapture.cpp)
    bool capture(const Target &target, const Feedback &patch, Channel channel, QString *error);
    bool queueCreation(const ItemKey &key, const Target &target, const QByteArray &body,
                       QString *error);
    bool refuseWhenFull(bool alreadyPending, QString *error) const;
    void schedule(const ItemKey &key, PendingItem &item);
    /*! Adds \a key to `pending` if it is not there; true if it was added. */
    bool addPending(const ItemKey &key, const PendingItem &item);
    void removePending(const ItemKey &key);
    QByteArray requestBody(const ItemKey &key, const PendingItem &item) const;

    // Delivery (clientdelivery.cpp)
    void requestSend();
    void sendReady();
    bool blockedByCreation(const ItemKey &key, PendingItem &item);
    void releaseBlocked(const QString &eventId);
    void send(const ItemKey &key, PendingItem &item);
    void onFinished(const HttpAnswer &answer, const ItemKey &key, quint64 version);
    void onDelivered(const ItemKey &key, PendingItem &item, quint64 version);
    void onRetryable(const ItemKey &key, PendingItem &item, const HttpAnswer &answer);
    void onNotYet(const ItemKey &key, PendingItem &item, quint64 version, const HttpAnswer &answer);
    /*! Another request to the server succeeded lately: a failure is this item's alone. */
    bool serverHealthy() const;
    void onQuarantined(const ItemKey &key, PendingItem &item, quint64 version,
                       const QString &answer);
    void retryLater(const ItemKey &key, std::chrono::milliseconds delay);
    void onRetryTimer();
    void armRetryTimer();
    void onNoAnswer(const ItemKey &key, PendingItem &item, const HttpAnswer &answer);
    bool holdingOffline() const;
    void setPaused(bool paused, const QString &reason);
    void applyConfig(const ClientConfig &config);
    /*! The injected QNetworkAccessManager while it lives, else the built-in connections. */
    HttpTransport *transport();
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    void abortInFlight();

    Client *const q;
    ClientConfig config;
    RetryPolicy retry;
    TargetStateStore states;
    QHash<ItemKey, PendingItem> pending;
    /*! Quarantined items, as they were when the server refused them. */
    QHash<ItemKey, PendingItem> quarantined;
    std::deque<ItemKey> ready;
    QMultiMap<qint64, ItemKey> waiting; ///< Backoff: due time (clock ms) → item.
    QHash<QString, QList<ItemKey>> blocked; ///< Creation event ID → items waiting for it.
    /*! Creation items (session starts, events) in `pending`: none, and feedback never waits. */
    int pendingCreations = 0;
    int inFlight = 0; ///< Requests sent and not yet answered.
    /*! The newest durable version of every item seen (restored ones included). */
    QHash<ItemKey, quint64> durableVersions;
    /*! Milliseconds on the delivery clock: the steady clock, or a test's ManualClock. */
    qint64 now() const;

    /*! Null: the steady clock (`steadyClock`). */
    ManualClock *const manualClock;
    QElapsedTimer steadyClock;
    /*! Children of the client (named, so tests can check that an idle client has none running). */
    DeliveryTimer *retryTimer = nullptr;
    /*! Active while sends are held after a failure without answer. */
    DeliveryTimer *offlineTimer = nullptr;
    /*! Clock ms of the last delivered item; -1 before the first. */
    qint64 lastDeliveredMs = -1;
    /*! Failures in a row without any HTTP answer: the network or the server is down. */
    int offlineAttempts = 0;
    std::unique_ptr<SocketTransport> sockets;
    std::unique_ptr<QnamTransport> injectedNetwork;
    std::unique_ptr<OutboxWriter> writer;
    QString outboxPath;
    QString outboxError;
    ClientStatistics stats;
    QString pauseReason;
    bool paused = false;
    bool outboxFull = false;
    bool sendRequested = false;
    bool shuttingDown = false;
};

} // namespace FeedbackKit
