#pragma once

// Private: the delivery client's logging category (the outbox has its own, outboxlogging_p.h). Nothing logged here ever includes
// the API key or a request's headers.

#include <QLoggingCategory>

namespace FeedbackKit {

Q_DECLARE_LOGGING_CATEGORY(lcClient) // feedbackkit.client

} // namespace FeedbackKit
