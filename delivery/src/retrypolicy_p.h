#pragma once

// Private: what to do with an answer, and how long to wait before trying again.

#include "clientconfig.h"
#include "httptransport_p.h"

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>
#include <random>

namespace FeedbackKit {

/*! What an HTTP answer (or its absence) means for the item that was sent. */
enum class Outcome {
    Delivered, ///< 2xx, unless the body says "success": false.
    Retry, ///< Network error, timeout, 408, 429, 5xx: try again later.
    /*!
     * The server does not know the event yet (a 404 about it, or "success": false): its trace
     * may still arrive from another service. Retried for ClientConfig::maxEventWait.
     */
    NotYet,
    /*!
     * The configuration is wrong, not the item: 401/403, a redirect to another origin or in a
     * loop, a 404 for the API path itself. Delivery stops until the configuration changes.
     */
    Pause,
    Quarantine, ///< Any other answer: the server will never take this state.
};

/*! What \a answer means for an item sent as \a method (PUT: an update of an event). */
Outcome classifyAnswer(const HttpAnswer &answer, QByteArrayView method);
/*! Why delivery pauses after \a answer (classified Outcome::Pause), for pauseReason(). */
QString pauseReasonFor(const HttpAnswer &answer, const QString &path);

class RetryPolicy
{
public:
    explicit RetryPolicy(const ClientConfig &config);

    /*!
     * Full jitter: uniform in [0, min(ceiling, initialBackoff * 2^(attempt-1))], the ceiling
     * being maxBackoff, or the shorter healthyServerMaxBackoff when \a serverHealthy (other
     * requests to the same server succeed: only this item is unlucky).
     */
    std::chrono::milliseconds backoff(int attempt, bool serverHealthy = false);
    /*!
     * The delay a Retry-After header asks for (delta-seconds or an HTTP date relative to
     * \a now), clamped to [minRetryDelay, maxRetryAfter]; nullopt when it is unreadable.
     */
    std::optional<std::chrono::milliseconds> retryAfter(QByteArrayView header,
                                                        const QDateTime &now) const;

private:
    std::chrono::milliseconds clamp(std::chrono::milliseconds delay,
                                    std::chrono::milliseconds upper) const;

    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_max;
    std::chrono::milliseconds m_healthyMax;
    std::chrono::milliseconds m_min;
    std::chrono::milliseconds m_maxRetryAfter;
    std::mt19937_64 m_random;
};

} // namespace FeedbackKit
