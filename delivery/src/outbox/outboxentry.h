#pragma once

#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace FeedbackKit {

/*! One row of an outbox file, as \c feedbackkit \c outbox \c list shows it. */
struct FEEDBACKKIT_DELIVERY_EXPORT OutboxEntry
{
    enum class Status { Pending, Delivered, Quarantined };
    QString eventId;
    QString sessionId;
    /*! "feedback", "metrics", "session-start" or "event". */
    QString kind;
    quint64 version = 0;
    Status status = Status::Pending;
    /*! The server's answer for a quarantined item. */
    QString answer;
    /*! The JSON that is (or was) sent. */
    QByteArray payload;
    QDateTime updated;
};

} // namespace FeedbackKit
