#pragma once

// Private: what each answer does to the item that was sent.

#include "backend_p.h"
#include "httptransport_p.h"
#include "outboxtypes_p.h"
#include <FeedbackKit/ClientConfig>

namespace FeedbackKit {

class Client;
class DeliveryScheduler;
class OutboxSession;
class PendingItems;
struct ClientStatistics;
struct PendingItem;

/*!
 * \brief Applies the meaning of an answer to the item it was for: delivered, retried on backoff,
 * held while the link is down, or quarantined.
 *
 * The backend says what an answer means, the scheduler when the item goes again; this records
 * the outcome in the item, the outbox and the statistics, and announces it. A pause concerns
 * delivery as a whole, not the item: the sender, which holds the pause, deals with it.
 */
class AnswerHandler
{
public:
    AnswerHandler(Client *q, const ClientConfig &config, DeliveryScheduler &scheduler,
                  PendingItems &items, OutboxSession &outbox, ClientStatistics &stats);
    AnswerHandler(const AnswerHandler &) = delete;
    AnswerHandler &operator=(const AnswerHandler &) = delete;

    /*!
     * \a answer, meaning \a outcome, came for \a version of the pending \a item \a key. Signals
     * are emitted last: \a item may be gone when this returns.
     */
    void handle(Outcome outcome, const HttpAnswer &answer, const ItemKey &key, PendingItem &item,
                quint64 version);

private:
    void onDelivered(const ItemKey &key, PendingItem &item, quint64 version);
    void onRetryable(const ItemKey &key, PendingItem &item, const HttpAnswer &answer);
    void onNotYet(const ItemKey &key, PendingItem &item, quint64 version, const HttpAnswer &answer);
    void onQuarantined(const ItemKey &key, PendingItem &item, quint64 version,
                       const QString &answer);
    void onNoAnswer(const ItemKey &key, PendingItem &item, const HttpAnswer &answer);
    void removePending(const ItemKey &key);

    Client *const q;
    const ClientConfig &m_config;
    DeliveryScheduler &m_scheduler;
    PendingItems &m_items;
    OutboxSession &m_outbox;
    ClientStatistics &m_stats;
};

} // namespace FeedbackKit
