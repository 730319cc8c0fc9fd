#pragma once

// Private: the HTTP requests the client sends (HoneyHive's PUT /events, POST /session/start,
// POST /events).

#include "clientconfig.h"
#include <FeedbackKit/Session>
#include "outboxtypes_p.h"

#include <QJsonObject>

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

} // namespace FeedbackKit
