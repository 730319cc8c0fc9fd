#pragma once

// Private: the single-shot timer that the client's retries and offline holds wait on.

#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QObject>

class QTimer;

namespace FeedbackKit {

class ManualClock;

/*!
 * \brief A single-shot timer on the steady clock, or on a ManualClock that a test moves on.
 *
 * On the steady clock it is a QTimer (a child, named \a name). On a manual clock it fires only
 * when the test advances that clock past its due time, so a test of backoff or Retry-After
 * waits on no wall clock at all.
 */
class FEEDBACKKIT_DELIVERY_EXPORT DeliveryTimer : public QObject
{
    Q_OBJECT

public:
    /*! With a null \a clock, the timer runs on the steady clock. */
    DeliveryTimer(ManualClock *clock, const QString &name, QObject *parent);
    ~DeliveryTimer() override;

    /*! Fires once, \a delayMs from now; restarts a running timer. */
    void start(qint64 delayMs);
    void stop();
    bool isActive() const;

Q_SIGNALS:
    void timeout();

private:
    friend class ManualClock;

    ManualClock *const m_clock;
    QTimer *m_timer = nullptr; ///< Steady clock only.
    qint64 m_due = -1; ///< Manual clock only: when it fires; -1 when stopped.
};

} // namespace FeedbackKit
