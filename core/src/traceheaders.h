#pragma once

#include <FeedbackKit/Session>
#include <FeedbackKit/feedbackkit_core_export.h>

#include <QByteArray>
#include <QList>

#include <utility>

namespace FeedbackKit {

/*!
 * \brief Links a Session across services with the W3C headers HoneyHive's SDKs propagate.
 *
 * HoneyHive's tracers carry the session in a W3C \c baggage header (\c session_id,
 * \c project, \c source) next to a W3C \c traceparent. An application whose backend traces
 * its LLM calls reads the session from the backend's answer (sessionFrom()), so feedback
 * lands on the backend's session; or it starts the session itself and puts headersFor() on
 * the request, so the backend's tracer links its spans to that session:
 *
 * \code
 * // The backend answered with the session it traced the call in:
 * const auto session = TraceHeaders::sessionFrom(reply->rawHeaderPairs(), &error);
 * // Or the session is ours, and the backend joins it:
 * for (const auto &[name, value] : TraceHeaders::headersFor(session))
 *     request.setRawHeader(name, value);
 * \endcode
 *
 * Header names are matched without regard to case. Both headers come from other programs and
 * are read as untrusted: bounded in size, malformed parts refused with a reason.
 */
class FEEDBACKKIT_CORE_EXPORT TraceHeaders
{
public:
    using Header = std::pair<QByteArray, QByteArray>;

    /*! Longest baggage header read (W3C Baggage asks support for at least 8,192 bytes). */
    static constexpr qsizetype maxBaggageBytes = 8192;

    /*!
     * The session that \a headers carry: \c session_id (a UUID) and, when present,
     * \c project and \c source from \c baggage. An invalid Session, with \a error set, when
     * there is no baggage, no session_id in it, or it is malformed or oversized. A
     * \c traceparent, when present, must be well formed (version 00).
     */
    static Session sessionFrom(const QList<Header> &headers, QString *error = nullptr);

    /*!
     * The \c baggage and \c traceparent headers for a request that joins \a session: the
     * session's trace (its UUID as the trace ID) and a fresh parent span ID.
     */
    static QList<Header> headersFor(const Session &session);
};

} // namespace FeedbackKit
