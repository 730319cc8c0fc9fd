#pragma once

// Private, for tests: a clock that stands still until the test moves it.

#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QList>

#include <chrono>

namespace FeedbackKit {

class DeliveryTimer;

/*!
 * \brief The time of the clients created while it lives, moved on only by advance().
 *
 * A test that checks backoff, Retry-After or an offline hold creates one before its Client;
 * the client's timers then fire in advance(), in the order they fall due, and the test asserts
 * exact request counts instead of sleeping and counting what a loaded machine managed to send.
 * Everything else (HTTP, the outbox's disk) still runs in real time. One at a time, on the
 * thread of the clients it drives; it must outlive them.
 */
class FEEDBACKKIT_DELIVERY_EXPORT ManualClock
{
public:
    ManualClock();
    ~ManualClock();
    ManualClock(const ManualClock &) = delete;
    ManualClock &operator=(const ManualClock &) = delete;

    /*! The clock that clients created now use, or null for the steady clock. */
    static ManualClock *installed();

    /*! Milliseconds since this clock was created. */
    qint64 now() const { return m_now; }
    /*! Moves time on by \a by, firing every timer that falls due, earliest first. */
    void advance(std::chrono::milliseconds by);
    /*!
     * Moves time on to the earliest running timer, at most \a limit ahead, and fires it.
     * Returns false, without moving, when no timer is due within \a limit.
     */
    bool advanceToNextTimer(std::chrono::milliseconds limit);

private:
    friend class DeliveryTimer;

    DeliveryTimer *nextDue(qint64 until) const;
    void fire(DeliveryTimer *timer);

    QList<DeliveryTimer *> m_timers;
    qint64 m_now = 0;
};

} // namespace FeedbackKit
