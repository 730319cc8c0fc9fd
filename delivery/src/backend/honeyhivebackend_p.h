#pragma once

// Private: HoneyHive's API as the client speaks it: PUT /events with the feedback or metrics
// state (removed keys as explicit nulls), POST /session/start and POST /events, and what
// HoneyHive's answers mean.

#include "backend_p.h"
#include "clientconfig.h"

namespace FeedbackKit {

class FEEDBACKKIT_DELIVERY_EXPORT HoneyHiveBackend final : public Backend
{
public:
    explicit HoneyHiveBackend(const ClientConfig &config);

    void setConfig(const ClientConfig &config) override;
    /*!
     * Feedback kinds: \c {"event_id": ..., "feedback"|"metrics": state} to PUT /events, the
     * state with its removals as nulls; creation kinds: the payload to POST /session/start or
     * POST /events.
     */
    WireRequest request(const ItemKey &key, const Target &target, const Feedback &state,
                        const Feedback &removals, const QByteArray &payload) const override;
    /*!
     * 2xx: delivered, unless the body says \c "success": false (not yet); 401/403: pause;
     * 408, 429, 5xx: retry; a 404 about the event to a PUT: not yet; any other 404: pause (a
     * wrong API URL); any other answer: quarantine. No answer: retry, or pause for a refused
     * redirect or proxy.
     */
    Outcome classify(const HttpAnswer &answer, const WireRequest &request) const override;
    QString pauseReason(const HttpAnswer &answer, const WireRequest &request) const override;
    /*! Feedback waits for its event's (or session's) creation; an event for its session's. */
    QList<ItemKey> prerequisites(const ItemKey &key, const Target &target) const override;
    /*! \c {"session": {...}}: an object, as HoneyHive's official SDKs send it. */
    QByteArray startSessionBody(const Session &session) const override;
    /*!
     * \c {"event": {...}}: \a fields completed with the IDs, the configured project and
     * source, the timing, and what the official SDKs' request model requires.
     */
    QByteArray createEventBody(const QString &eventId, const QString &sessionId, QJsonObject fields,
                               qint64 nowMs) const override;

private:
    QString m_project;
    QString m_source;
};

} // namespace FeedbackKit
