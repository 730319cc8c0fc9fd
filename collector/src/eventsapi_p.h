#pragma once

// Private: the HoneyHive endpoints, as functions from a request to a reply over the store.

#include "collectortypes.h"
#include "httpreply_p.h"

#include <QUrlQuery>

namespace FeedbackKit {

class EventStore;

/*! What a write endpoint did: its reply, and how many events it changed (0 for a refusal). */
struct WriteResult
{
    /*! A request refused whole as malformed (400): nothing written. */
    static WriteResult refused(const QString &message)
    {
        return { HttpReply::error(400, message), 0 };
    }

    HttpReply reply;
    int writes = 0;
};

/*!
 * \brief The write endpoints: every request is checked whole first, so a refused request
 * changes nothing; accepted ones put their events in the store (uncommitted, see EventStore).
 */
class EventsApi
{
public:
    EventsApi(EventStore &store, const CollectorOptions &options);

    /*! POST /session/start {"session": {...} or "<json>"} -> {"session_id": ...} */
    WriteResult startSession(const QByteArray &body);
    /*! POST /events {"event": {...} or "<json>"} -> {"event_id": ..., "success": true} */
    WriteResult createEvent(const QByteArray &body);
    /*! POST /events/batch {"events": [...], "is_single_session", "session_properties"} */
    WriteResult createBatch(const QByteArray &body);
    /*! PUT /events: merges the enrichable objects by options.mergeRule; placeholder if new. */
    WriteResult updateEvent(const QByteArray &body);

private:
    EventStore &m_store;
    const CollectorOptions m_options;
};

/*! GET /v1/events/{id}: the stored event. */
HttpReply getEvent(const EventStore &store, const QString &eventId);
/*! GET /v1/sessions/{id}: the session event with its events under "children". */
HttpReply getSession(const EventStore &store, const QString &sessionId);
/*!
 * GET /session/{id} (the TypeScript SDK's session.getSession): the stored session event, in the
 * shape of the SDK's Event model. A placeholder (enriched before its start arrived) is answered
 * as stored; 404 when no event has the ID or it is not a session.
 */
HttpReply getSessionEvent(const EventStore &store, const QString &sessionId);
/*! GET /v1/events/chart?metric=&aggregation=&groupBy=&filters= */
HttpReply getChart(const EventStore &store, const QUrlQuery &query);
/*!
 * POST /events/export and /v1/events/export: the stored events matching a query, a page at a
 * time: {"project", "filters": [{"field", "operator", "value", "type"}], "dateRange":
 * {"$gte", "$lte"}, "projections", "limit", "page"} -> {"events": [...], "totalEvents", "count"}.
 */
HttpReply exportEvents(const EventStore &store, const QByteArray &body);

} // namespace FeedbackKit
