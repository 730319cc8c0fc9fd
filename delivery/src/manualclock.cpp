#include "manualclock_p.h"

#include "deliverytimer_p.h"

namespace FeedbackKit {

namespace {
ManualClock *current = nullptr;
} // namespace

ManualClock::ManualClock()
{
    Q_ASSERT_X(!current, "ManualClock", "one manual clock at a time");
    current = this;
}

ManualClock::~ManualClock()
{
    Q_ASSERT_X(m_timers.isEmpty(), "~ManualClock", "a client still runs on this clock");
    current = nullptr;
}

ManualClock *ManualClock::installed()
{
    return current;
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    const qint64 until = m_now + qMax<qint64>(0, by.count());
    // A timeout may start timers again, due before `until`: they fire in this call too.
    while (DeliveryTimer *timer = nextDue(until))
        fire(timer);
    m_now = until;
}

bool ManualClock::advanceToNextTimer(std::chrono::milliseconds limit)
{
    DeliveryTimer *timer = nextDue(m_now + qMax<qint64>(0, limit.count()));
    if (!timer)
        return false;
    fire(timer);
    return true;
}

DeliveryTimer *ManualClock::nextDue(qint64 until) const
{
    DeliveryTimer *next = nullptr;
    for (DeliveryTimer *timer : m_timers) {
        if (timer->m_due >= 0 && timer->m_due <= until && (!next || timer->m_due < next->m_due))
            next = timer;
    }
    return next;
}

void ManualClock::fire(DeliveryTimer *timer)
{
    m_now = qMax(m_now, timer->m_due);
    timer->m_due = -1; // single shot: no longer active in its own timeout, as a QTimer
    Q_EMIT timer->timeout();
}

} // namespace FeedbackKit
