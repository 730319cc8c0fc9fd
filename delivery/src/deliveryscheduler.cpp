#include "deliveryscheduler_p.h"

#include "deliverytimer_p.h"
#include "manualclock_p.h"

namespace FeedbackKit {

using std::chrono::milliseconds;

DeliveryScheduler::DeliveryScheduler(const ClientConfig &config, ManualClock *clock,
                                     QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_retry(config)
{
    m_steadyClock.start();
    setConfig(config);
    m_retryTimer = new DeliveryTimer(m_clock, QStringLiteral("feedbackkit-retry"), this);
    connect(m_retryTimer, &DeliveryTimer::timeout, this, &DeliveryScheduler::onRetryTimer);
    m_offlineTimer = new DeliveryTimer(m_clock, QStringLiteral("feedbackkit-offline"), this);
    // The hold ends when this fires (see holdingOffline()); a single-shot timer is no longer
    // active in its own timeout.
    connect(m_offlineTimer, &DeliveryTimer::timeout, this, &DeliveryScheduler::holdEnded);
}

DeliveryScheduler::~DeliveryScheduler() = default;

void DeliveryScheduler::setConfig(const ClientConfig &config)
{
    m_retry = RetryPolicy(config);
    m_maxInFlight = config.maxInFlight;
    m_healthyServerMaxBackoff = config.healthyServerMaxBackoff;
}

qint64 DeliveryScheduler::now() const
{
    return m_clock ? m_clock->now() : m_steadyClock.elapsed();
}

void DeliveryScheduler::setPrerequisites(PrerequisitesOf prerequisitesOf)
{
    m_prerequisitesOf = std::move(prerequisitesOf);
}

void DeliveryScheduler::setReadyHandler(std::function<void()> handler)
{
    m_readyHandler = std::move(handler);
}

void DeliveryScheduler::add(const ItemKey &key)
{
    m_items.insert(key, { State::Idle });
}

void DeliveryScheduler::remove(const ItemKey &key)
{
    // Its places in the queues are skipped when their turn comes.
    if (!m_items.remove(key))
        return;
    const QList<ItemKey> waitingForIt = m_blocked.take(key);
    for (const ItemKey &blocked : waitingForIt) {
        auto it = m_items.find(blocked);
        if (it == m_items.end() || it->state != State::Blocked)
            continue;
        it->state = State::Idle;
        schedule(blocked);
    }
}

void DeliveryScheduler::schedule(const ItemKey &key)
{
    auto it = m_items.find(key);
    if (it == m_items.end() || it->state != State::Idle)
        return;
    it->state = State::Ready;
    m_ready.push_back(key);
    if (m_readyHandler)
        m_readyHandler();
}

std::optional<ItemKey> DeliveryScheduler::next()
{
    if (holdingOffline())
        return std::nullopt; // the offline timer calls again
    // While the link seems down, one probe at a time; any HTTP answer lifts that.
    const int limit = m_offlineAttempts > 0 ? 1 : m_maxInFlight;
    while (m_inFlight < limit && !m_ready.empty()) {
        const ItemKey key = m_ready.front();
        m_ready.pop_front();
        auto it = m_items.find(key);
        if (it == m_items.end() || it->state != State::Ready || blockBehindPrerequisite(key, *it))
            continue;
        it->state = State::InFlight;
        ++m_inFlight;
        return key;
    }
    return std::nullopt;
}

bool DeliveryScheduler::blockBehindPrerequisite(const ItemKey &key, Entry &entry)
{
    if (!m_prerequisitesOf)
        return false;
    const QList<ItemKey> prerequisites = m_prerequisitesOf(key);
    for (const ItemKey &prerequisite : prerequisites) {
        if (m_items.contains(prerequisite)) {
            entry.state = State::Blocked;
            m_blocked[prerequisite].append(key);
            return true;
        }
    }
    return false;
}

void DeliveryScheduler::abandonInFlight()
{
    for (Entry &entry : m_items) {
        if (entry.state == State::InFlight)
            entry.state = State::Idle;
    }
    m_inFlight = 0;
}

void DeliveryScheduler::finished(const ItemKey &key, bool serverAnswered)
{
    m_inFlight = qMax(0, m_inFlight - 1);
    if (serverAnswered)
        m_offlineAttempts = 0; // the server answered: the link works
    auto it = m_items.find(key);
    if (it != m_items.end() && it->state == State::InFlight)
        it->state = State::Idle;
}

void DeliveryScheduler::delivered(const ItemKey &)
{
    m_lastDeliveredMs = now();
}

milliseconds DeliveryScheduler::retryLater(const ItemKey &key, int attempt,
                                           QByteArrayView retryAfter)
{
    // The backoff is drawn even when Retry-After wins, so one seed gives one sequence.
    milliseconds delay = m_retry.backoff(attempt, serverHealthy());
    if (const auto asked = m_retry.retryAfter(retryAfter, QDateTime::currentDateTimeUtc()))
        delay = *asked;
    wait(key, delay);
    return delay;
}

std::optional<milliseconds> DeliveryScheduler::holdOffline(const ItemKey &key)
{
    // No HTTP answer at all (refused, reset, unreachable, timeout): the whole link is likely
    // down, not this item. Hold every send for one backoff, then probe with a single request;
    // offline, that is one request per backoff period, however many items wait.
    queueFirst(key);
    if (holdingOffline())
        return std::nullopt; // one outage, one step of backoff
    ++m_offlineAttempts;
    const milliseconds delay = m_retry.backoff(m_offlineAttempts);
    m_offlineTimer->start(delay.count());
    return delay;
}

void DeliveryScheduler::putBack(const ItemKey &key)
{
    queueFirst(key);
}

bool DeliveryScheduler::serverHealthy() const
{
    return m_lastDeliveredMs >= 0 && now() - m_lastDeliveredMs <= m_healthyServerMaxBackoff.count();
}

bool DeliveryScheduler::holdingOffline() const
{
    // The timer is the hold's only clock. A deadline kept on a second clock (QElapsedTimer)
    // disagreed with a coarse timer firing a few ms early: its timeout found the hold still
    // on, sent nothing and re-armed nothing, and delivery stopped for good after an outage.
    return m_offlineTimer->isActive();
}

qint64 DeliveryScheduler::dueTime(const ItemKey &key) const
{
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it) {
        if (it.value() == key)
            return it.key();
    }
    return -1;
}

void DeliveryScheduler::wait(const ItemKey &key, milliseconds delay)
{
    auto it = m_items.find(key);
    if (it == m_items.end() || it->state != State::Idle)
        return;
    it->state = State::Waiting;
    m_waiting.insert(now() + delay.count(), key);
    armRetryTimer();
}

void DeliveryScheduler::queueFirst(const ItemKey &key)
{
    auto it = m_items.find(key);
    if (it == m_items.end() || it->state != State::Idle)
        return;
    it->state = State::Ready;
    m_ready.push_front(key);
}

void DeliveryScheduler::onRetryTimer()
{
    const qint64 time = now();
    while (!m_waiting.isEmpty() && m_waiting.firstKey() <= time) {
        const ItemKey key = m_waiting.first();
        m_waiting.erase(m_waiting.begin());
        auto it = m_items.find(key);
        if (it == m_items.end() || it->state != State::Waiting)
            continue;
        it->state = State::Idle;
        schedule(key);
    }
    armRetryTimer();
}

void DeliveryScheduler::armRetryTimer()
{
    // One timer for every item on backoff, armed for the earliest; stopped when none waits,
    // so an idle client has no wakeups at all.
    if (m_waiting.isEmpty()) {
        m_retryTimer->stop();
        return;
    }
    m_retryTimer->start(m_waiting.firstKey() - now());
}

} // namespace FeedbackKit
