#include "faultinjector_p.h"

#include <QDateTime>
#include <QLocale>

namespace FeedbackKit {

void FaultInjector::setProfile(const FaultProfile &profile)
{
    QMutexLocker lock(&m_mutex);
    m_profile = profile;
    m_random.seed(profile.seed);
}

FaultProfile FaultInjector::profile() const
{
    QMutexLocker lock(&m_mutex);
    return m_profile;
}

bool FaultInjector::roll(double rate)
{
    // Drawn whatever the rate, so every request consumes the same draws: changing one rate
    // does not shift which requests the other faults pick.
    const double draw = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    return draw < rate;
}

HttpReply FaultInjector::statusReply(int status) const
{
    HttpReply reply = HttpReply::error(status, QStringLiteral("injected fault"));
    if (status == 500 || !m_profile.retryAfterSeconds)
        return reply;
    const int seconds = *m_profile.retryAfterSeconds;
    QByteArray value = QByteArray::number(seconds);
    if (m_profile.retryAfterAsDate) {
        // IMF-fixdate, always in English whatever the system locale.
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(seconds);
        value = QLocale::c()
                    .toString(at, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                    .toLatin1();
    }
    reply.headers.append({ QByteArrayLiteral("Retry-After"), value });
    return reply;
}

FaultDecision FaultInjector::decide(bool isWrite)
{
    QMutexLocker lock(&m_mutex);
    FaultDecision decision;
    if (m_profile.isEmpty() || !(isWrite || m_profile.includeReads))
        return decision;
    decision.delay = m_profile.delay;
    const std::pair<double, int> statuses[] = { { m_profile.status500Rate, 500 },
                                                { m_profile.status503Rate, 503 },
                                                { m_profile.status429Rate, 429 } };
    for (const auto &[rate, status] : statuses) {
        if (roll(rate)) {
            decision.kind = FaultDecision::Kind::Status;
            decision.reply = statusReply(status);
            return decision;
        }
    }
    if (roll(m_profile.dropBeforeApplyRate))
        decision.kind = FaultDecision::Kind::DropBeforeApply;
    else if (roll(m_profile.dropAfterApplyRate))
        decision.kind = FaultDecision::Kind::DropAfterApply;
    return decision;
}

} // namespace FeedbackKit
