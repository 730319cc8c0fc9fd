// The delivery path: a bounded number of requests in flight, one per item at most, always
// carrying the item's newest state; retries on backoff timers, never by polling.

#include "client_p.h"
#include "clientlog_p.h"
#include "qnamtransport_p.h"
#include "removals_p.h"
#include "scrubbed_p.h"
#include "sockettransport_p.h"
#include "wire_p.h"

namespace FeedbackKit {

HttpTransport *ClientPrivate::transport()
{
    if (injectedNetwork && injectedNetwork->hasManager())
        return injectedNetwork.get();
    if (!sockets) {
        sockets = std::make_unique<SocketTransport>();
        sockets->setConfig(config);
    }
    return sockets.get();
}

void ClientPrivate::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    if (!injectedNetwork) {
        injectedNetwork = std::make_unique<QnamTransport>();
        injectedNetwork->setConfig(config);
    }
    injectedNetwork->setManager(manager);
}

void ClientPrivate::requestSend()
{
    // Sending happens from the event loop, never inside a capture call.
    if (sendRequested || paused || shuttingDown)
        return;
    sendRequested = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            sendRequested = false;
            sendReady();
        },
        Qt::QueuedConnection);
}

void ClientPrivate::sendReady()
{
    if (holdingOffline())
        return; // the offline timer calls again
    // While the link seems down, one probe at a time; any HTTP answer lifts that.
    const int limit = offlineAttempts > 0 ? 1 : config.maxInFlight;
    while (!paused && !shuttingDown && inFlight < limit && !ready.empty()) {
        const ItemKey key = ready.front();
        ready.pop_front();
        auto it = pending.find(key);
        if (it == pending.end())
            continue;
        it->scheduled = false;
        if (!blockedByCreation(key, *it))
            send(key, *it);
    }
}

bool ClientPrivate::blockedByCreation(const ItemKey &key, PendingItem &item)
{
    // Feedback on an event (or session) this client creates waits for the creation; an event
    // waits for its session's start.
    if (pendingCreations == 0)
        return false;
    QString creation;
    if (isFeedbackKind(key.kind)
        && (pending.contains({ key.eventId, ItemKind::LogEvent })
            || pending.contains({ key.eventId, ItemKind::StartSession })))
        creation = key.eventId;
    else if (key.kind == ItemKind::LogEvent
             && pending.contains({ item.target.sessionId(), ItemKind::StartSession }))
        creation = item.target.sessionId();
    if (creation.isEmpty())
        return false;
    item.scheduled = true;
    blocked[creation].append(key);
    return true;
}

void ClientPrivate::releaseBlocked(const QString &eventId)
{
    const QList<ItemKey> keys = blocked.take(eventId);
    for (const ItemKey &key : keys) {
        auto it = pending.find(key);
        if (it == pending.end())
            continue;
        it->scheduled = false;
        schedule(key, *it);
    }
}

void ClientPrivate::send(const ItemKey &key, PendingItem &item)
{
    const QByteArray body = requestBody(key, item);
    const quint64 version = item.version;
    item.sentVersion = version;
    item.removalsSinceSend = Feedback(); // all of `removals` is in this body
    ++stats.requests;
    if (item.attempts > 0)
        ++stats.resends;
    ++inFlight;
    transport()->send(
        methodOf(item.kind), pathOf(item.kind), body,
        [this, key, version](const HttpAnswer &answer) { onFinished(answer, key, version); });
}

QByteArray ClientPrivate::requestBody(const ItemKey &key, const PendingItem &item) const
{
    if (!isFeedbackKind(item.kind))
        return item.payload;
    // The newest state: the item's version is the store's, since both move at each capture.
    const Channel channel = channelOf(item.kind);
    return updateEventBody(
        key.eventId, channel,
        Removals::withRemovals(states.state(item.target, channel), item.removals));
}

void ClientPrivate::onFinished(const HttpAnswer &answer, const ItemKey &key, quint64 version)
{
    --inFlight;
    if (shuttingDown)
        return;
    auto it = pending.find(key);
    if (it == pending.end())
        return sendReady();
    it->sentVersion = 0;
    const int status = answer.status;
    if (status != 0)
        offlineAttempts = 0; // the server answered: the link works
    const Outcome outcome = classifyAnswer(answer, methodOf(it->kind));
    if (outcome == Outcome::Retry && status == 0) {
        onNoAnswer(key, *it, answer);
        return sendReady();
    }
    switch (outcome) {
    case Outcome::Delivered:
        onDelivered(key, *it, version);
        break;
    case Outcome::Retry:
        onRetryable(key, *it, answer);
        break;
    case Outcome::NotYet:
        onNotYet(key, *it, version, answer);
        break;
    case Outcome::Pause:
        // Not the item's fault: it goes back to the head of the queue, nothing is dropped.
        it->scheduled = true;
        ready.push_front(key);
        setPaused(true, scrubbed(pauseReasonFor(answer, pathOf(it->kind)), config.apiKey));
        break;
    case Outcome::Quarantine: {
        const QString said = status
            ? QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(answer.body))
            : answer.error;
        onQuarantined(key, *it, version, scrubbed(said, config.apiKey));
        break;
    }
    }
    sendReady();
}

void ClientPrivate::onDelivered(const ItemKey &key, PendingItem &item, quint64 version)
{
    ++stats.delivered;
    lastDeliveredMs = now();
    item.notYetSinceMs = -1;
    if (writer)
        writer->enqueue({ WriteOp::Type::Delivered, key, item.target, {}, {}, version, {} });
    const Target target = item.target;
    item.attempts = 0;
    // The server now holds this version: only what was removed after it was sent can linger.
    item.removals = std::exchange(item.removalsSinceSend, {});
    if (item.version > version)
        schedule(key, item); // a newer state was captured meanwhile
    else
        removePending(key);
    if (!isFeedbackKind(key.kind))
        releaseBlocked(key.eventId);
    else
        Q_EMIT q->delivered(target, version);
}

void ClientPrivate::onRetryable(const ItemKey &key, PendingItem &item, const HttpAnswer &answer)
{
    ++stats.retryableFailures;
    ++item.attempts;
    std::chrono::milliseconds delay = retry.backoff(item.attempts, serverHealthy());
    if (const auto asked = retry.retryAfter(answer.retryAfter, QDateTime::currentDateTimeUtc()))
        delay = *asked;
    qCDebug(lcClient) << "retrying" << item.target.toString() << "in" << delay.count() << "ms: HTTP"
                      << answer.status;
    item.scheduled = true;
    retryLater(key, delay);
}

void ClientPrivate::onNotYet(const ItemKey &key, PendingItem &item, quint64 version,
                             const HttpAnswer &answer)
{
    if (item.notYetSinceMs < 0)
        item.notYetSinceMs = now();
    if (now() - item.notYetSinceMs >= config.maxEventWait.count()) {
        const QString said = QStringLiteral("HTTP %1 for %2 ms: %3")
                                 .arg(answer.status)
                                 .arg(config.maxEventWait.count())
                                 .arg(QString::fromUtf8(answer.body));
        return onQuarantined(key, item, version, scrubbed(said, config.apiKey));
    }
    onRetryable(key, item, answer);
}

bool ClientPrivate::serverHealthy() const
{
    return lastDeliveredMs >= 0
        && now() - lastDeliveredMs <= config.healthyServerMaxBackoff.count();
}

void ClientPrivate::onQuarantined(const ItemKey &key, PendingItem &item, quint64 version,
                                  const QString &answer)
{
    ++stats.quarantined;
    qCWarning(lcClient) << "quarantined" << item.target.toString() << "version" << version
                        << answer;
    if (writer)
        writer->enqueue({ WriteOp::Type::Quarantine, key, item.target, {}, {}, version, answer });
    const Target target = item.target;
    if (item.version > version) {
        schedule(key, item); // the newer state may well be acceptable
    } else {
        quarantined.insert(key, item);
        removePending(key);
        Q_EMIT q->quarantinedCountChanged(int(quarantined.size()));
    }
    if (!isFeedbackKind(key.kind))
        releaseBlocked(key.eventId);
    Q_EMIT q->quarantined(target, answer);
    Q_EMIT q->failed(target, QStringLiteral("quarantined: %1").arg(answer));
}
} // namespace FeedbackKit
