#include "itemsender_p.h"

#include "answerhandler_p.h"
#include "client.h"
#include "clientlog_p.h"
#include "clienttransports_p.h"
#include "deliveryscheduler_p.h"
#include "pendingitems_p.h"
#include "scrubbed_p.h"
#include <FeedbackKit/TargetStateStore>

namespace FeedbackKit {

ItemSender::ItemSender(Client *q, const ClientConfig &config,
                       const std::unique_ptr<Backend> &backend, const TargetStateStore &states,
                       PendingItems &items, DeliveryScheduler &scheduler,
                       ClientTransports &transports, AnswerHandler &answers,
                       ClientStatistics &stats)
    : q(q)
    , m_config(config)
    , m_backend(backend)
    , m_states(states)
    , m_items(items)
    , m_scheduler(scheduler)
    , m_transports(transports)
    , m_answers(answers)
    , m_stats(stats)
{ }

void ItemSender::requestSend()
{
    // Sending happens from the event loop, never inside a capture call.
    if (m_sendRequested || m_paused || m_shuttingDown)
        return;
    m_sendRequested = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            m_sendRequested = false;
            sendReady();
        },
        Qt::QueuedConnection);
}

void ItemSender::sendReady()
{
    while (!m_paused && !m_shuttingDown) {
        const std::optional<ItemKey> key = m_scheduler.next();
        if (!key)
            return;
        PendingItem *item = m_items.find(*key);
        if (!item) {
            m_scheduler.finished(*key, false); // not sent after all
            continue;
        }
        send(*key, *item);
    }
}

void ItemSender::send(const ItemKey &key, PendingItem &item)
{
    // The newest state: the item's version is the store's, since both move at each capture.
    const Feedback state
        = isFeedbackKind(key.kind) ? m_states.state(item.target, channelOf(key.kind)) : Feedback();
    const WireRequest request
        = m_backend->request(key, item.target, state, item.removals, item.payload);
    const quint64 version = item.version;
    item.removalsSinceSend = Feedback(); // all of `removals` is in this body
    ++m_stats.requests;
    if (item.attempts > 0)
        ++m_stats.resends;
    m_transports.current()->send(request.method, request.path, request.body,
                                 [this, key, version, request](const HttpAnswer &answer) {
                                     onFinished(answer, key, version, request);
                                 });
}

void ItemSender::onFinished(const HttpAnswer &answer, const ItemKey &key, quint64 version,
                            const WireRequest &request)
{
    m_scheduler.finished(key, answer.status != 0);
    if (m_shuttingDown)
        return;
    PendingItem *item = m_items.find(key);
    if (!item)
        return sendReady();
    const Outcome outcome = m_backend->classify(answer, request);
    if (outcome == Outcome::Pause)
        pauseOn(key, answer, request);
    else
        m_answers.handle(outcome, answer, key, *item, version);
    sendReady();
}

void ItemSender::pauseOn(const ItemKey &key, const HttpAnswer &answer, const WireRequest &request)
{
    // Not the item's fault: it goes back to the head of the queue, nothing is dropped.
    m_scheduler.putBack(key);
    setPaused(true, scrubbed(m_backend->pauseReason(answer, request), m_config.apiKey));
}

void ItemSender::setPaused(bool pause, const QString &reason)
{
    if (m_paused == pause && m_pauseReason == reason)
        return;
    const bool changed = m_paused != pause;
    m_paused = pause;
    m_pauseReason = reason;
    if (pause)
        qCWarning(lcClient) << "delivery paused:" << reason;
    else
        qCInfo(lcClient) << "delivery resumed";
    if (!pause)
        requestSend();
    if (changed)
        Q_EMIT q->pausedChanged(pause);
}

void ItemSender::abortInFlight()
{
    m_shuttingDown = true;
    m_transports.abortAll();
    m_scheduler.abandonInFlight();
}

} // namespace FeedbackKit
