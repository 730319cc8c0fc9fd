#pragma once

// Private: the capture path: merge, validate, queue for the writer thread and for delivery.
// Nothing here touches the disk or the network; capture() must stay in the low microseconds.

#include "outboxtypes_p.h"
#include <FeedbackKit/ClientConfig>
#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>

#include <QByteArray>
#include <QString>

#include <memory>

namespace FeedbackKit {

class Client;
class DeliveryScheduler;
class OutboxSession;
class PendingItems;
class TargetStateStore;
struct PendingItem;

/*!
 * \brief Takes new work in: captured feedback, created sessions and events, and quarantined
 * items given another chance.
 *
 * Each is refused while the outbox takes no writes or the pending items are at their cap;
 * otherwise it is queued for the writer thread, made pending and scheduled, then announced.
 */
class ItemIntake
{
public:
    ItemIntake(Client *q, const ClientConfig &config, TargetStateStore &states, PendingItems &items,
               DeliveryScheduler &scheduler, OutboxSession &outbox);
    ItemIntake(const ItemIntake &) = delete;
    ItemIntake &operator=(const ItemIntake &) = delete;

    /*! Client::enrich(): merges \a patch into \a target's state on \a channel and queues it. */
    bool capture(const Target &target, const Feedback &patch, Channel channel, QString *error);
    /*! Queues the creation \a key of \a target, sent as \a body. */
    bool queueCreation(const ItemKey &key, const Target &target, const QByteArray &body,
                       QString *error);
    /*! Client::retryQuarantined(): every quarantined item is pending again. */
    void retryQuarantined();

private:
    bool refuseWhenFull(bool alreadyPending, QString *error) const;
    Feedback removalsToKeep(const ItemKey &key, const PendingItem *item) const;
    quint64 mergeAndQueue(const ItemKey &key, const Target &target, Channel channel,
                          const Feedback &patch, Feedback &removals, Feedback *removedNow,
                          QString *error);
    PendingItem &addPending(const ItemKey &key, const Target &target);
    /*! A capture's signals: the pending count if \a added, the quarantine's, accepted(). */
    void announceCaptured(const ItemKey &key, const Target &target, quint64 version, bool added);

    Client *const q;
    const ClientConfig &m_config;
    TargetStateStore &m_states;
    PendingItems &m_items;
    DeliveryScheduler &m_scheduler;
    OutboxSession &m_outbox;
};

} // namespace FeedbackKit
