#include "retrypolicy_p.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace FeedbackKit {

using std::chrono::milliseconds;

namespace {
// A 2xx whose JSON body says the update did not happen. The cheap test first: this runs for
// every delivered item.
bool saysUnsuccessful(const QByteArray &body)
{
    if (!body.contains("false"))
        return false;
    const QJsonValue success
        = QJsonDocument::fromJson(body).object().value(QLatin1String("success"));
    return success.isBool() && !success.toBool();
}

// A 404 about the event (a JSON answer from the API), not about the path: a wrong base URL
// meets a web server's page, a proxy's, or a router's "no such endpoint" / "Cannot PUT".
bool isAboutTheEvent(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return false;
    const QByteArray text = body.toLower();
    return !text.contains("endpoint") && !text.contains("route") && !text.contains("cannot put");
}
} // namespace

Outcome classifyAnswer(const HttpAnswer &answer, QByteArrayView method)
{
    const int status = answer.status;
    if (status >= 200 && status < 300)
        return saysUnsuccessful(answer.body) ? Outcome::NotYet : Outcome::Delivered;
    if (status == 401 || status == 403)
        return Outcome::Pause;
    if (status == 408 || status == 429 || status >= 500)
        return Outcome::Retry;
    if (status == 404)
        return method == "PUT" && isAboutTheEvent(answer.body) ? Outcome::NotYet : Outcome::Pause;
    if (status != 0)
        return Outcome::Quarantine;
    // No HTTP answer. A redirect we refused (another origin, a loop) or a proxy that refuses
    // will not change by retrying, and says nothing about the item; everything else
    // (refused, reset, timeout, DNS, TLS handshake, an unreachable proxy) may pass.
    return answer.refusedRedirect || answer.proxyRefused ? Outcome::Pause : Outcome::Retry;
}

QString pauseReasonFor(const HttpAnswer &answer, const QString &path)
{
    if (answer.status == 401 || answer.status == 403)
        return QStringLiteral("the server refused the API key (HTTP %1)").arg(answer.status);
    if (answer.status == 404)
        return QStringLiteral("the API URL has no %1 (HTTP 404): check the API URL").arg(path);
    if (answer.proxyRefused)
        return QStringLiteral("%1: check the proxy settings").arg(answer.error);
    return QStringLiteral("%1: check the API URL").arg(answer.error);
}

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
