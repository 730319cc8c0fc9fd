#pragma once

// Private: the seam between the client and the server's API. Everything the client knows of
// HoneyHive (its paths, its bodies, what its answers mean, which records must exist first) is
// behind this interface; the outbox, the scheduler and the widgets know nothing of it.

#include "httptransport_p.h"
#include "outboxtypes_p.h"
#include <FeedbackKit/Feedback>
#include <FeedbackKit/Session>
#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QJsonObject>
#include <QList>

#include <memory>

namespace FeedbackKit {

/*! What an HTTP answer (or its absence) means for the item that was sent. */
enum class Outcome {
    Delivered, ///< The server holds the item's state (HoneyHive: 2xx, unless "success": false).
    Retry, ///< Network error, timeout, 408, 429, 5xx: try again later.
    /*!
     * The server does not know the record the item refers to yet (HoneyHive: a 404 about the
     * event, or "success": false): it may still arrive from another service. Retried for
     * ClientConfig::maxEventWait.
     */
    NotYet,
    /*!
     * The configuration is wrong, not the item: 401/403, a redirect to another origin or in a
     * loop, a 404 for the API path itself. Delivery stops until the configuration changes.
     */
    Pause,
    Quarantine, ///< Any other answer: the server will never take this state.
};

/*! One HTTP request, relative to the configured API URL. */
struct WireRequest
{
    QByteArray method;
    QString path;
    QByteArray body;
};

/*!
 * \brief What a target's state becomes on the wire, and what the server's answers mean.
 *
 * The client hands the backend one outbox item at a time: its key (event ID and kind), its
 * target, and for a feedback kind the whole current state plus the keys removed from it that
 * the server may still hold (removals_p.h); for a creation kind, the body the backend made
 * when the item was captured (startSessionBody(), createEventBody()), which the outbox keeps.
 * The backend answers with the request to send, then classifies what came back. It also says
 * which items must exist on the server before others (prerequisites()); the scheduler holds
 * an item back while one of them is still pending.
 *
 * The update model is the backend's own business. HoneyHive (HoneyHiveBackend) replaces the
 * feedback object of an event with PUT /events, sending a removed key as an explicit null. A
 * backend that keeps one record per feedback key, upserted under an ID the client chooses and
 * deleted on clear (as Langfuse scores are), is written from the same inputs: it derives each
 * record's ID from (event ID, channel, key), upserts the state's keys and deletes the removed
 * ones, all idempotent, so that resending after any failure is safe. The outbox already keeps
 * exactly what that needs (the whole state and the pending removals per target), the
 * scheduler schedules items and not requests, and the widgets only see Client; such a backend
 * touches none of them. What it does add: one item then takes several requests (a batch of
 * upserts, one DELETE per removed key), so request() would return a list that the client's
 * send path (ItemSender, itemsender.cpp) sends in turn, the item being delivered when the last one
 * is; and its own enum value in ClientConfig::Backend, chosen in create().
 */
class FEEDBACKKIT_DELIVERY_EXPORT Backend
{
public:
    virtual ~Backend();

    /*! The backend \a config asks for (ClientConfig::backend), configured with it. */
    static std::unique_ptr<Backend> create(const ClientConfig &config);

    /*! The project, source and other defaults that bodies made from now on carry. */
    virtual void setConfig(const ClientConfig &config) = 0;

    /*!
     * The request that brings item \a key to the server: for a feedback kind, \a state with
     * \a removals (empty \a payload); for a creation kind, \a payload (empty state).
     */
    virtual WireRequest request(const ItemKey &key, const Target &target, const Feedback &state,
                                const Feedback &removals, const QByteArray &payload) const = 0;
    /*! What \a answer to \a request means for the item. */
    virtual Outcome classify(const HttpAnswer &answer, const WireRequest &request) const = 0;
    /*! Why delivery pauses after \a answer (classified Outcome::Pause), for pauseReason(). */
    virtual QString pauseReason(const HttpAnswer &answer, const WireRequest &request) const = 0;
    /*!
     * The items that must reach the server before item \a key of \a target can: while one of
     * them is pending, \a key waits (feedback on an event this client creates waits for it).
     */
    virtual QList<ItemKey> prerequisites(const ItemKey &key, const Target &target) const = 0;

    /*! The body of the item that starts \a session, made once when it is queued. */
    virtual QByteArray startSessionBody(const Session &session) const = 0;
    /*!
     * The body of the item that creates event \a eventId of session \a sessionId from the
     * caller's \a fields, made once when it is queued; \a nowMs is when the event is taken to
     * have ended if \a fields does not say (eventtiming_p.h).
     */
    virtual QByteArray createEventBody(const QString &eventId, const QString &sessionId,
                                       QJsonObject fields, qint64 nowMs) const = 0;
};

} // namespace FeedbackKit
