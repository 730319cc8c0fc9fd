#pragma once

// Private: the send path: a bounded number of requests in flight (the scheduler's count), one
// per item at most, always carrying the item's newest state; and what stops it.

#include "backend_p.h"
#include "httptransport_p.h"
#include "outboxtypes_p.h"
#include <FeedbackKit/ClientConfig>

#include <QString>

#include <memory>

namespace FeedbackKit {

class AnswerHandler;
class Client;
class ClientTransports;
class DeliveryScheduler;
class PendingItems;
class TargetStateStore;
struct ClientStatistics;
struct PendingItem;

/*!
 * \brief Sends what the scheduler says is ready, and hands each answer on; holds whether
 * delivery is paused (and why) or shut down.
 *
 * A pause (a wrong configuration, or an answer saying so) stops sending until it is lifted;
 * shutting down (abortInFlight()) stops it for good. Sends always run from the event loop,
 * never inside a capture call.
 */
class ItemSender
{
public:
    /*! \a backend: the client's, replaced when its configuration changes. */
    ItemSender(Client *q, const ClientConfig &config, const std::unique_ptr<Backend> &backend,
               const TargetStateStore &states, PendingItems &items, DeliveryScheduler &scheduler,
               ClientTransports &transports, AnswerHandler &answers, ClientStatistics &stats);
    ItemSender(const ItemSender &) = delete;
    ItemSender &operator=(const ItemSender &) = delete;

    /*! Sends what is ready soon, from the event loop (once, however often it is asked). */
    void requestSend();
    /*! Sends what is ready now, up to the scheduler's limit. */
    void sendReady();

    /*! Stops (\a pause) or resumes delivery; pausedChanged() when that changes. */
    void setPaused(bool pause, const QString &reason);
    bool isPaused() const { return m_paused; }
    QString pauseReason() const { return m_pauseReason; }
    /*! Drops every request in flight and sends nothing more: the client is going away. */
    void abortInFlight();

private:
    void send(const ItemKey &key, PendingItem &item);
    void onFinished(const HttpAnswer &answer, const ItemKey &key, quint64 version,
                    const WireRequest &request);
    void pauseOn(const ItemKey &key, const HttpAnswer &answer, const WireRequest &request);

    Client *const q;
    const ClientConfig &m_config;
    const std::unique_ptr<Backend> &m_backend;
    const TargetStateStore &m_states;
    PendingItems &m_items;
    DeliveryScheduler &m_scheduler;
    ClientTransports &m_transports;
    AnswerHandler &m_answers;
    ClientStatistics &m_stats;
    QString m_pauseReason;
    bool m_paused = false;
    bool m_sendRequested = false;
    bool m_shuttingDown = false;
};

} // namespace FeedbackKit
