#pragma once

// Private: the logging categories of the delivery client. Nothing logged here ever includes
// the API key or a request's headers.

#include <QLoggingCategory>

namespace FeedbackKit {

Q_DECLARE_LOGGING_CATEGORY(lcClient) // feedbackkit.client
Q_DECLARE_LOGGING_CATEGORY(lcOutbox) // feedbackkit.outbox

} // namespace FeedbackKit
