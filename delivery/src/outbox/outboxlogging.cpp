#include "outboxlogging_p.h"

namespace FeedbackKit {

Q_LOGGING_CATEGORY(lcOutbox, "feedbackkit.outbox", QtInfoMsg)

} // namespace FeedbackKit
