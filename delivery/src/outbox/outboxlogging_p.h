#pragma once

// Private: the outbox's logging category (feedbackkit.outbox). What is logged here names rows
// and errors, never a payload's content or the API key.

#include <QLoggingCategory>

namespace FeedbackKit {

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

} // namespace FeedbackKit
