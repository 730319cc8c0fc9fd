#include "deliverytimer_p.h"

#include "manualclock_p.h"

#include <QTimer>

#include <climits>

namespace FeedbackKit {

DeliveryTimer::DeliveryTimer(ManualClock *clock, const QString &name, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    setObjectName(name);
    if (m_clock) {
        m_clock->m_timers.append(this);
        return;
    }
    m_timer = new QTimer(this);
    m_timer->setObjectName(name);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DeliveryTimer::timeout);
}

DeliveryTimer::~DeliveryTimer()
{
    if (m_clock)
        m_clock->m_timers.removeOne(this);
}

void DeliveryTimer::start(qint64 delayMs)
{
    delayMs = qBound<qint64>(0, delayMs, qint64(INT_MAX));
    if (m_timer)
        m_timer->start(int(delayMs));
    else
        m_due = m_clock->now() + delayMs;
}

void DeliveryTimer::stop()
{
    if (m_timer)
        m_timer->stop();
    m_due = -1;
}

bool DeliveryTimer::isActive() const
{
    return m_timer ? m_timer->isActive() : m_due >= 0;
}

} // namespace FeedbackKit
