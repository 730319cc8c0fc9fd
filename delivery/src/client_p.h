#pragma once

// Private: the state behind Client, and who holds which part. Everything here lives on the
// client's thread except the outbox writer, which owns its own thread and is only reached
// through its queue.
//
// What is pending, quarantined and durable: PendingItems. The outbox at start and after each
// group commit: OutboxSession. Captures, creations and retries coming in: ItemIntake. Sending
// and pausing: ItemSender. What each answer does to an item: AnswerHandler. When an item goes
// out is the scheduler's (deliveryscheduler_p.h), what it looks like on the wire the backend's
// (backend/backend_p.h), and which connections carry it ClientTransports'.

#include "answerhandler_p.h"
#include "backend_p.h"
#include "client.h"
#include "clienttransports_p.h"
#include "deliveryscheduler_p.h"
#include "itemintake_p.h"
#include "itemsender_p.h"
#include "outboxsession_p.h"
#include "pendingitems_p.h"
#include <FeedbackKit/TargetStateStore>

#include <memory>

namespace FeedbackKit {

/*!
 * Wires the parts together and hands them the configuration. Declared in dependency order:
 * each part refers only to those above it (the config and backend by reference, so it sees
 * every change applyConfig() makes).
 */
class ClientPrivate
{
public:
    ClientPrivate(Client *q, const ClientConfig &config);
    ~ClientPrivate();

    void applyConfig(const ClientConfig &config);

    Client *const q;
    ClientConfig config;
    std::unique_ptr<Backend> backend;
    TargetStateStore states;
    /*! A child of the client, on the clock installed when the client was created. */
    DeliveryScheduler *const scheduler;
    ClientTransports transports;
    ClientStatistics stats;
    PendingItems items;
    OutboxSession outbox;
    AnswerHandler answers;
    ItemSender sender;
    ItemIntake intake;
};

} // namespace FeedbackKit
