#pragma once

// Private: the state behind Client. Everything here lives on the client's thread except the
// outbox writer, which owns its own thread and is only reached through its queue.
//
// Where it is: construction and wiring (clientprivate.cpp); capture and the pending items
// (clientcapture.cpp); sending (clientsend.cpp); what each answer does to an item
// (clientanswers.cpp); the outbox at start and after each group commit (clientoutbox.cpp);
// configuration and pausing (clientconfiguration.cpp). When an item goes out is the
// scheduler's (deliveryscheduler_p.h), what it looks like on the wire the backend's
// (backend/backend_p.h), and which connections carry it ClientTransports'.

#include "backend_p.h"
#include "client.h"
#include "clienttransports_p.h"
#include "deliveryscheduler_p.h"
#include "outboxtypes_p.h"
#include "outboxwriter_p.h"
#include <FeedbackKit/TargetStateStore>

#include <QHash>

#include <memory>

namespace FeedbackKit {

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

class ClientPrivate
{
public:
    ClientPrivate(Client *q, const ClientConfig &config);
    ~ClientPrivate();

    // Outbox (clientoutbox.cpp)
    void openOutbox();
    void restore(const QList<OutboxRecord> &records);
    void restoreItem(const OutboxRecord &record);
    void onCommitted(const OutboxWriter::Commit &commit);
    void storeWhatFailedToCommit();
    void setOutboxFull(bool full);

    // Capture and the pending items (clientcapture.cpp)
    bool capture(const Target &target, const Feedback &patch, Channel channel, QString *error);
    bool queueCreation(const ItemKey &key, const Target &target, const QByteArray &body,
                       QString *error);
    bool refuseWhenFull(bool alreadyPending, QString *error) const;
    /*! Adds \a key to `pending` (and the scheduler) if it is not there; true if it was added. */
    bool addPending(const ItemKey &key, const PendingItem &item);
    void removePending(const ItemKey &key);
    void retryQuarantined();

    // Sending (clientsend.cpp)
    void requestSend();
    void sendReady();
    void send(const ItemKey &key, PendingItem &item);

    // Answers (clientanswers.cpp)
    void onFinished(const HttpAnswer &answer, const ItemKey &key, quint64 version,
                    const WireRequest &request);
    void onOutcome(Outcome outcome, const HttpAnswer &answer, const ItemKey &key, PendingItem &item,
                   quint64 version, const WireRequest &request);
    void onDelivered(const ItemKey &key, PendingItem &item, quint64 version);
    void onRetryable(const ItemKey &key, PendingItem &item, const HttpAnswer &answer);
    void onNotYet(const ItemKey &key, PendingItem &item, quint64 version, const HttpAnswer &answer);
    void onQuarantined(const ItemKey &key, PendingItem &item, quint64 version,
                       const QString &answer);
    void onNoAnswer(const ItemKey &key, PendingItem &item, const HttpAnswer &answer);

    // Configuration and pausing (clientconfiguration.cpp)
    void setPaused(bool paused, const QString &reason);
    void applyConfig(const ClientConfig &config);
    void abortInFlight();

    Client *const q;
    ClientConfig config;
    std::unique_ptr<Backend> backend;
    TargetStateStore states;
    QHash<ItemKey, PendingItem> pending;
    /*! Quarantined items, as they were when the server refused them. */
    QHash<ItemKey, PendingItem> quarantined;
    /*! The newest durable version of every item seen (restored ones included). */
    QHash<ItemKey, quint64> durableVersions;
    /*! A child of the client, on the clock installed when the client was created. */
    DeliveryScheduler *scheduler = nullptr;
    ClientTransports transports;
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
