#include "retrypolicy_p.h"

#include <QLocale>
#include <QTimeZone>

namespace FeedbackKit {

using std::chrono::milliseconds;

RetryPolicy::RetryPolicy(const ClientConfig &config)
    : m_initial(qMax(milliseconds(1), config.initialBackoff))
    , m_max(qMax(m_initial, config.maxBackoff))
    , m_healthyMax(std::clamp(config.healthyServerMaxBackoff, m_initial, m_max))
    , m_min(qMax(milliseconds(0), config.minRetryDelay))
    , m_maxRetryAfter(qMax(m_min, config.maxRetryAfter))
    , m_random(config.retrySeed ? config.retrySeed : std::random_device {}())
{ }

milliseconds RetryPolicy::clamp(milliseconds delay, milliseconds upper) const
{
    return std::clamp(delay, m_min, qMax(m_min, upper));
}

milliseconds RetryPolicy::backoff(int attempt, bool serverHealthy)
{
    // Doubling stops before it could overflow; the cap applies long before anyway.
    const int doublings = std::clamp(attempt - 1, 0, 30);
    const milliseconds cap = serverHealthy ? m_healthyMax : m_max;
    const auto ceiling = std::min<qint64>(cap.count(), m_initial.count() << doublings);
    std::uniform_int_distribution<qint64> uniform(0, ceiling);
    return clamp(milliseconds(uniform(m_random)), cap);
}

std::optional<milliseconds> RetryPolicy::retryAfter(QByteArrayView header,
                                                    const QDateTime &now) const
{
    const QByteArray text = header.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const bool allDigits
        = std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (allDigits) {
        // More than 9 digits is already beyond any sane bound: no need to parse it.
        if (text.size() > 9)
            return m_maxRetryAfter;
        return clamp(milliseconds(text.toLongLong() * 1000), m_maxRetryAfter);
    }
    // HTTP-date (IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    const qint64 delta = now.msecsTo(when);
    return clamp(milliseconds(std::clamp<qint64>(delta, 0, m_maxRetryAfter.count())),
                 m_maxRetryAfter);
}

} // namespace FeedbackKit
