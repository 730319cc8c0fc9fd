// What each answer does to the item that was sent: delivered, retried on backoff, held while
// the link is down, paused on, or quarantined. The backend says what an answer means; the
// scheduler says when the item goes again.

#include "client_p.h"

#include "clientlog_p.h"
#include "scrubbed_p.h"

#include <QCoreApplication>

namespace FeedbackKit {

void ClientPrivate::onFinished(const HttpAnswer &answer, const ItemKey &key, quint64 version,
                               const WireRequest &request)
{
    scheduler->finished(key, answer.status != 0);
    if (shuttingDown)
        return;
    auto it = pending.find(key);
    if (it == pending.end())
        return sendReady();
    const Outcome outcome = backend->classify(answer, request);
    if (outcome == Outcome::Retry && answer.status == 0)
        onNoAnswer(key, *it, answer);
    else
        onOutcome(outcome, answer, key, *it, version, request);
    sendReady();
}

void ClientPrivate::onOutcome(Outcome outcome, const HttpAnswer &answer, const ItemKey &key,
                              PendingItem &item, quint64 version, const WireRequest &request)
{
    switch (outcome) {
    case Outcome::Delivered:
        return onDelivered(key, item, version);
    case Outcome::Retry:
        return onRetryable(key, item, answer);
    case Outcome::NotYet:
        return onNotYet(key, item, version, answer);
    case Outcome::Pause:
        // Not the item's fault: it goes back to the head of the queue, nothing is dropped.
        scheduler->putBack(key);
        return setPaused(true, scrubbed(backend->pauseReason(answer, request), config.apiKey));
    case Outcome::Quarantine: {
        const QString said = answer.status
            //: The server's answer that got an item quarantined: %1 the HTTP status, %2 its body
            ? QCoreApplication::translate("FeedbackKit::Client", "HTTP %1: %2")
                  .arg(answer.status)
                  .arg(QString::fromUtf8(answer.body))
            : answer.error;
        return onQuarantined(key, item, version, scrubbed(said, config.apiKey));
    }
    }
}

void ClientPrivate::onDelivered(const ItemKey &key, PendingItem &item, quint64 version)
{
    ++stats.delivered;
    scheduler->delivered(key);
    item.notYetSinceMs = -1;
    if (writer)
        writer->enqueue({ WriteOp::Type::Delivered, key, item.target, {}, {}, version, {} });
    const Target target = item.target;
    item.attempts = 0;
    // The server now holds this version: only what was removed after it was sent can linger.
    item.removals = std::exchange(item.removalsSinceSend, {});
    if (item.version > version)
        scheduler->schedule(key); // a newer state was captured meanwhile
    else
        removePending(key);
    if (isFeedbackKind(key.kind))
        Q_EMIT q->delivered(target, version);
}

void ClientPrivate::onRetryable(const ItemKey &key, PendingItem &item, const HttpAnswer &answer)
{
    ++stats.retryableFailures;
    ++item.attempts;
    const auto delay = scheduler->retryLater(key, item.attempts, answer.retryAfter);
    qCDebug(lcClient) << "retrying" << item.target.toString() << "in" << delay.count() << "ms: HTTP"
                      << answer.status;
}

void ClientPrivate::onNotYet(const ItemKey &key, PendingItem &item, quint64 version,
                             const HttpAnswer &answer)
{
    const qint64 now = scheduler->now();
    if (item.notYetSinceMs < 0)
        item.notYetSinceMs = now;
    if (now - item.notYetSinceMs >= config.maxEventWait.count()) {
        //: Why an update was quarantined: the server kept answering %1 (an HTTP status) for
        //: %2 milliseconds, saying %3 (its answer), since the event it updates never arrived.
        const QString said
            = QCoreApplication::translate("FeedbackKit::Client", "HTTP %1 for %2 ms: %3")
                  .arg(answer.status)
                  .arg(config.maxEventWait.count())
                  .arg(QString::fromUtf8(answer.body));
        return onQuarantined(key, item, version, scrubbed(said, config.apiKey));
    }
    onRetryable(key, item, answer);
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
        scheduler->schedule(key); // the newer state may well be acceptable
    } else {
        quarantined.insert(key, item);
        removePending(key);
        Q_EMIT q->quarantinedCountChanged(int(quarantined.size()));
    }
    Q_EMIT q->quarantined(target, answer);
    //: The reason given with failed(): %1 is the server's answer
    Q_EMIT q->failed(
        target, QCoreApplication::translate("FeedbackKit::Client", "quarantined: %1").arg(answer));
}

void ClientPrivate::onNoAnswer(const ItemKey &key, PendingItem &item, const HttpAnswer &answer)
{
    ++stats.retryableFailures;
    ++item.attempts;
    const auto delay = scheduler->holdOffline(key);
    if (!delay)
        return; // the other requests in flight failed with it: one outage, one hold
    // A refused certificate will not fix itself like a dropped connection: it is worth a
    // warning (one per backoff period at most), where an outage is only debug output.
    const QString why = scrubbed(answer.error, config.apiKey);
    if (why.startsWith(QLatin1String("TLS")))
        qCWarning(lcClient) << "TLS failed, holding delivery for" << delay->count() << "ms:" << why;
    else
        qCDebug(lcClient) << "no answer, holding delivery for" << delay->count() << "ms:" << why;
}

} // namespace FeedbackKit
