#pragma once

// Private: the HTTP requests the client sends (HoneyHive's PUT /events, POST /session/start,
// POST /events), and scrubbing of anything that comes back.

#include "clientconfig.h"
#include <FeedbackKit/Session>
#include "outboxtypes_p.h"

#include <QNetworkRequest>

namespace FeedbackKit {

/*! \c {"event_id": ..., "feedback"|"metrics": state} for PUT /events. */
QByteArray updateEventBody(const QString &eventId, Channel channel, const QByteArray &stateJson);
/*! \c {"session": {...}} for POST /session/start (an object, as the official SDKs send it). */
QByteArray startSessionBody(const Session &session, const ClientConfig &config);
/*!
 * \c {"event": {...}} for POST /events; \a fields completed with the IDs, the configured
 * project and source, and the timing of an event that ended at \a nowMs (eventtiming_p.h).
 */
QByteArray createEventBody(const QString &eventId, const QString &sessionId, QJsonObject fields,
                           const ClientConfig &config, qint64 nowMs);

/*! The HTTP method and path an item kind goes to. */
QByteArray methodOf(ItemKind kind);
QString pathOf(ItemKind kind);

/*!
 * A request to \a path under the configured API URL, with the key in the Authorization header
 * only, a timeout, and redirects limited to the same origin (so the header never follows one
 * to another host).
 */
QNetworkRequest makeRequest(const ClientConfig &config, const QString &path);

/*!
 * \a text with every occurrence of the API key replaced, and cut to a bounded length: what a
 * server or the network stack says goes to signals and logs, and must never carry the key.
 */
QString scrubbed(const QString &text, const QString &apiKey);

} // namespace FeedbackKit
