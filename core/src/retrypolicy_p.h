#pragma once

// Private: what to do with an answer, and how long to wait before trying again.

#include "client.h"

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>
#include <random>

namespace FeedbackKit {

/*! What an HTTP answer (or its absence) means for the item that was sent. */
enum class Outcome {
    Delivered, ///< 2xx.
    Retry, ///< Network error, timeout, 408, 429, 5xx: try again later.
    Pause, ///< 401/403: the configuration is wrong; stop until it changes.
    Quarantine, ///< Any other answer: the server will never take this state.
};

/*!
 * \a httpStatus 0 when no HTTP answer came back; \a refusedRedirect when that is because the
 * server redirected to another origin (or in a loop).
 */
Outcome classifyAnswer(int httpStatus, bool refusedRedirect);

class RetryPolicy
{
public:
    explicit RetryPolicy(const ClientConfig &config);

    /*! Full jitter: uniform in [0, min(maxBackoff, initialBackoff * 2^(attempt-1))]. */
    std::chrono::milliseconds backoff(int attempt);
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
    std::chrono::milliseconds m_min;
    std::chrono::milliseconds m_maxRetryAfter;
    std::mt19937_64 m_random;
};

} // namespace FeedbackKit
