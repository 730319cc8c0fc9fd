#include "quickhookslogging_p.h"

namespace FeedbackKit {
Q_LOGGING_CATEGORY(lcQuickHooks, "feedbackkit.quick.hooks", QtInfoMsg)
} // namespace FeedbackKit
