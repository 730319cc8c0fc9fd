#pragma once

#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QtGlobal>

namespace FeedbackKit {

/*! Counters since the client was created. */
struct FEEDBACKKIT_DELIVERY_EXPORT ClientStatistics
{
    quint64 requests = 0; ///< HTTP requests sent (every kind).
    /*! Requests that repeated a failed attempt (network error, timeout, retryable status). */
    quint64 resends = 0;
    quint64 delivered = 0; ///< Item versions the server confirmed.
    /*! Network errors, timeouts, 408, 429 and 5xx answers, and "event not known yet". */
    quint64 retryableFailures = 0;
    quint64 quarantined = 0; ///< Items set aside after a non-retryable answer.
};

} // namespace FeedbackKit
