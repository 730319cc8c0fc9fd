#include "hookslogging_p.h"

namespace FeedbackKit {
Q_LOGGING_CATEGORY(lcHooks, "feedbackkit.hooks", QtInfoMsg)
} // namespace FeedbackKit
