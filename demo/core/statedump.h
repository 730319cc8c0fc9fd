#pragma once

#include <QJsonObject>

namespace FeedbackKitDemo {

class Backend;
class Conversation;

/*!
 * \brief What the backend holds after a run, as JSON: every answer of \a conversation with
 * the event the server stored for it (read back from the embedded collector) or, for another
 * backend, the client's state; the session's stored event; the delivery counters.
 *
 * Each program adds what only its window knows (the widgets demo: the delivered count and
 * the dashboard's figures).
 */
QJsonObject dumpState(const Backend *backend, const Conversation *conversation);

} // namespace FeedbackKitDemo
