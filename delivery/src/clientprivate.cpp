// Making a client's private part and taking it down.

#include "client_p.h"

#include "manualclock_p.h"

namespace FeedbackKit {

ClientPrivate::ClientPrivate(Client *q, const ClientConfig &config)
    : q(q)
    , config(config)
    , backend(Backend::create(config))
    , scheduler(new DeliveryScheduler(config, ManualClock::installed(), q))
    , transports(config)
{
    QObject::connect(scheduler, &DeliveryScheduler::readyToSend, q, [this] { requestSend(); });
    QObject::connect(scheduler, &DeliveryScheduler::holdEnded, q, [this] { sendReady(); });
    if (const QString problem = config.deliveryProblem(); !problem.isEmpty())
        setPaused(true, problem);
}

ClientPrivate::~ClientPrivate()
{
    shuttingDown = true;
    abortInFlight();
    if (writer)
        writer->stop(); // commits what is queued: the last captures stay durable
}

} // namespace FeedbackKit
