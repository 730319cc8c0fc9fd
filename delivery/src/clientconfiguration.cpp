// Configuration and pausing: what stops delivery, and what resumes it.

#include "client_p.h"

#include "clientlog_p.h"

namespace FeedbackKit {

void ClientPrivate::setPaused(bool pause, const QString &reason)
{
    if (paused == pause && pauseReason == reason)
        return;
    const bool changed = paused != pause;
    paused = pause;
    pauseReason = reason;
    if (pause)
        qCWarning(lcClient) << "delivery paused:" << reason;
    else
        qCInfo(lcClient) << "delivery resumed";
    if (!pause)
        requestSend();
    if (changed)
        Q_EMIT q->pausedChanged(pause);
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
    setPaused(!problem.isEmpty(), problem);
}

void ClientPrivate::abortInFlight()
{
    shuttingDown = true;
    transports.abortAll();
    scheduler->abandonInFlight();
}

} // namespace FeedbackKit
