// Making a client's private part, reconfiguring it, and taking it down.

#include "client_p.h"

#include "manualclock_p.h"

namespace FeedbackKit {

ClientPrivate::ClientPrivate(Client *q, const ClientConfig &config)
    : q(q)
    , config(config)
    , backend(Backend::create(config))
    , scheduler(new DeliveryScheduler(config, ManualClock::installed(), q))
    , transports(config)
    , items(*scheduler)
    , outbox(q, this->config, states, items, *scheduler)
    , answers(q, this->config, *scheduler, items, outbox, stats)
    , sender(q, this->config, backend, states, items, *scheduler, transports, answers, stats)
    , intake(q, this->config, states, items, *scheduler, outbox)
{
    scheduler->setReadyHandler([this] { sender.requestSend(); });
    scheduler->setPrerequisites([this](const ItemKey &key) {
        const PendingItem *item = items.find(key);
        return item ? backend->prerequisites(key, item->target) : QList<ItemKey>();
    });
    QObject::connect(scheduler, &DeliveryScheduler::holdEnded, q, [this] { sender.sendReady(); });
    if (const QString problem = config.deliveryProblem(); !problem.isEmpty())
        sender.setPaused(true, problem);
}

ClientPrivate::~ClientPrivate()
{
    sender.abortInFlight();
    outbox.stop(); // commits what is queued: the last captures stay durable
}

void ClientPrivate::applyConfig(const ClientConfig &newConfig)
{
    const QString path = config.outboxPath;
    const ClientConfig::Backend previousBackend = config.backend;
    config = newConfig;
    config.outboxPath = path; // the outbox stays where it was opened
    if (config.backend != previousBackend)
        backend = Backend::create(config);
    else
        backend->setConfig(config);
    scheduler->setConfig(config);
    transports.setConfig(config);
    const QString problem = config.deliveryProblem();
    sender.setPaused(!problem.isEmpty(), problem);
}

} // namespace FeedbackKit
