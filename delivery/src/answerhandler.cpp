#include "answerhandler_p.h"

#include "client.h"
#include "clientlog_p.h"
#include "deliveryscheduler_p.h"
#include "outboxsession_p.h"
#include "pendingitems_p.h"
#include "scrubbed_p.h"

#include <QCoreApplication>

namespace FeedbackKit {

namespace {
/*! The server's answer that got an item quarantined, for people to read. */
QString quarantiningAnswer(const HttpAnswer &answer)
{
    if (!answer.status)
        return answer.error;
    //: The server's answer that got an item quarantined: %1 the HTTP status, %2 its body
    return QCoreApplication::translate("FeedbackKit::Client", "HTTP %1: %2")
        .arg(answer.status)
        .arg(QString::fromUtf8(answer.body));
}
} // namespace

AnswerHandler::AnswerHandler(Client *q, const ClientConfig &config, DeliveryScheduler &scheduler,
                             PendingItems &items, OutboxSession &outbox, ClientStatistics &stats)
    : q(q)
    , m_config(config)
    , m_scheduler(scheduler)
    , m_items(items)
    , m_outbox(outbox)
    , m_stats(stats)
{ }

void AnswerHandler::handle(Outcome outcome, const HttpAnswer &answer, const ItemKey &key,
                           PendingItem &item, quint64 version)
{
    switch (outcome) {
    case Outcome::Delivered:
        return onDelivered(key, item, version);
    case Outcome::Retry:
        if (answer.status == 0)
            return onNoAnswer(key, item, answer);
        return onRetryable(key, item, answer);
    case Outcome::NotYet:
        return onNotYet(key, item, version, answer);
    case Outcome::Quarantine:
        return onQuarantined(key, item, version,
                             scrubbed(quarantiningAnswer(answer), m_config.apiKey));
    case Outcome::Pause:
        return; // not the item's fault: the sender pauses delivery
    }
}

void AnswerHandler::onDelivered(const ItemKey &key, PendingItem &item, quint64 version)
{
    ++m_stats.delivered;
    m_scheduler.delivered(key);
    item.notYetSinceMs = -1;
    m_outbox.enqueue({ WriteOp::Type::Delivered, key, item.target, {}, {}, version, {} });
    const Target target = item.target;
    item.attempts = 0;
    // The server now holds this version: only what was removed after it was sent can linger.
    item.removals = std::exchange(item.removalsSinceSend, {});
    if (item.version > version)
        m_scheduler.schedule(key); // a newer state was captured meanwhile
    else
        removePending(key);
    if (isFeedbackKind(key.kind))
        Q_EMIT q->delivered(target, version);
}

void AnswerHandler::onRetryable(const ItemKey &key, PendingItem &item, const HttpAnswer &answer)
{
    ++m_stats.retryableFailures;
    ++item.attempts;
    const auto delay = m_scheduler.retryLater(key, item.attempts, answer.retryAfter);
    qCDebug(lcClient) << "retrying" << item.target.toString() << "in" << delay.count() << "ms: HTTP"
                      << answer.status;
}

void AnswerHandler::onNotYet(const ItemKey &key, PendingItem &item, quint64 version,
                             const HttpAnswer &answer)
{
    const qint64 now = m_scheduler.now();
    if (item.notYetSinceMs < 0)
        item.notYetSinceMs = now;
    if (now - item.notYetSinceMs >= m_config.maxEventWait.count()) {
        //: Why an update was quarantined: the server kept answering %1 (an HTTP status) for
        //: %2 milliseconds, saying %3 (its answer), since the event it updates never arrived.
        const QString said
            = QCoreApplication::translate("FeedbackKit::Client", "HTTP %1 for %2 ms: %3")
                  .arg(answer.status)
                  .arg(m_config.maxEventWait.count())
                  .arg(QString::fromUtf8(answer.body));
        return onQuarantined(key, item, version, scrubbed(said, m_config.apiKey));
    }
    onRetryable(key, item, answer);
}

void AnswerHandler::onQuarantined(const ItemKey &key, PendingItem &item, quint64 version,
                                  const QString &answer)
{
    ++m_stats.quarantined;
    qCWarning(lcClient) << "quarantined" << item.target.toString() << "version" << version
                        << answer;
    m_outbox.enqueue({ WriteOp::Type::Quarantine, key, item.target, {}, {}, version, answer });
    const Target target = item.target;
    if (item.version > version) {
        m_scheduler.schedule(key); // the newer state may well be acceptable
    } else {
        m_items.quarantine(key, item);
        removePending(key);
        Q_EMIT q->quarantinedCountChanged(m_items.quarantinedCount());
    }
    Q_EMIT q->quarantined(target, answer);
    //: The reason given with failed(): %1 is the server's answer
    Q_EMIT q->failed(
        target, QCoreApplication::translate("FeedbackKit::Client", "quarantined: %1").arg(answer));
}

void AnswerHandler::onNoAnswer(const ItemKey &key, PendingItem &item, const HttpAnswer &answer)
{
    ++m_stats.retryableFailures;
    ++item.attempts;
    const auto delay = m_scheduler.holdOffline(key);
    if (!delay)
        return; // the other requests in flight failed with it: one outage, one hold
    // A refused certificate will not fix itself like a dropped connection: it is worth a
    // warning (one per backoff period at most), where an outage is only debug output.
    const QString why = scrubbed(answer.error, m_config.apiKey);
    if (why.startsWith(QLatin1String("TLS")))
        qCWarning(lcClient) << "TLS failed, holding delivery for" << delay->count() << "ms:" << why;
    else
        qCDebug(lcClient) << "no answer, holding delivery for" << delay->count() << "ms:" << why;
}

void AnswerHandler::removePending(const ItemKey &key)
{
    if (m_items.remove(key))
        Q_EMIT q->pendingCountChanged(m_items.pendingCount());
}

} // namespace FeedbackKit
