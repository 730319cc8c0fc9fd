#pragma once

// Private: how long to wait before trying again (full jitter, Retry-After).

#include "clientconfig.h"

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>
#include <random>

namespace FeedbackKit {

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
