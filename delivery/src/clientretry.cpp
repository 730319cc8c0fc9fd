// Backoff timers, pausing and resuming: the parts of delivery that wait.

#include "client_p.h"
#include "clientlog_p.h"
#include "manualclock_p.h"
#include "qnamtransport_p.h"
#include "scrubbed_p.h"
#include "sockettransport_p.h"

namespace FeedbackKit {

qint64 ClientPrivate::now() const
{
    return manualClock ? manualClock->now() : steadyClock.elapsed();
}

void ClientPrivate::retryLater(const ItemKey &key, std::chrono::milliseconds delay)
{
    waiting.insert(now() + delay.count(), key);
    armRetryTimer();
}

void ClientPrivate::armRetryTimer()
{
    // One timer for every item on backoff, armed for the earliest; stopped when none waits,
    // so an idle client has no wakeups at all.
    if (waiting.isEmpty()) {
        retryTimer->stop();
        return;
    }
    retryTimer->start(waiting.firstKey() - now());
}

void ClientPrivate::onNoAnswer(const ItemKey &key, PendingItem &item, const HttpAnswer &answer)
{
    // No HTTP answer at all (refused, reset, unreachable, timeout): the whole link is likely
    // down, not this item. Hold every send for one backoff, then probe with a single request;
    // offline, that is one request per backoff period, however many items wait.
    ++stats.retryableFailures;
    ++item.attempts;
    item.scheduled = true;
    ready.push_front(key);
    if (holdingOffline())
        return; // the other requests in flight failed with it: one outage, one step of backoff
    ++offlineAttempts;
    const std::chrono::milliseconds delay = retry.backoff(offlineAttempts);
    offlineTimer->start(delay.count());
    // A refused certificate will not fix itself like a dropped connection: it is worth a
    // warning (one per backoff period at most), where an outage is only debug output.
    const QString why = scrubbed(answer.error, config.apiKey);
    if (why.startsWith(QLatin1String("TLS")))
        qCWarning(lcClient) << "TLS failed, holding delivery for" << delay.count() << "ms:" << why;
    else
        qCDebug(lcClient) << "no answer, holding delivery for" << delay.count() << "ms:" << why;
}

bool ClientPrivate::holdingOffline() const
{
    // The timer is the hold's only clock. A deadline kept on a second clock (QElapsedTimer)
    // disagreed with a coarse timer firing a few ms early: its timeout found the hold still
    // on, sent nothing and re-armed nothing, and delivery stopped for good after an outage.
    return offlineTimer->isActive();
}

void ClientPrivate::onRetryTimer()
{
    const qint64 time = now();
    while (!waiting.isEmpty() && waiting.firstKey() <= time) {
        const ItemKey key = waiting.first();
        waiting.erase(waiting.begin());
        auto it = pending.find(key);
        if (it == pending.end())
            continue;
        it->scheduled = false;
        schedule(key, *it);
    }
    armRetryTimer();
}

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
    config = newConfig;
    config.outboxPath = path; // the outbox stays where it was opened
    retry = RetryPolicy(config);
    if (sockets)
        sockets->setConfig(config);
    if (injectedNetwork)
        injectedNetwork->setConfig(config);
    const QString problem = config.deliveryProblem();
    setPaused(!problem.isEmpty(), problem);
}

void ClientPrivate::abortInFlight()
{
    shuttingDown = true;
    if (sockets)
        sockets->abortAll();
    if (injectedNetwork)
        injectedNetwork->abortAll();
    inFlight = 0;
}

} // namespace FeedbackKit
