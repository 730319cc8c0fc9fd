#pragma once

// Private: when an event happened, as HoneyHive records it (start_time and end_time in
// milliseconds since the epoch, duration in milliseconds). Taken when logEvent() is called,
// not when the outbox delivers: an event sent hours later keeps the time it happened.

#include <QJsonObject>
#include <QString>

namespace FeedbackKit {

/*!
 * Why the caller's \c start_time, \c end_time or \c duration cannot be used (not a
 * non-negative number, or an end before the start), or an empty string.
 */
QString eventTimingProblem(const QJsonObject &fields);

/*!
 * Fills what \a fields leaves out, taking \a nowMs as the moment the event ended: the end
 * (now, or start + duration), then the start (end - duration, or the end), then the duration.
 */
void completeEventTiming(QJsonObject &fields, qint64 nowMs);

} // namespace FeedbackKit
