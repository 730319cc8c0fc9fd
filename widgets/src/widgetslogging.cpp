#include "widgetslogging_p.h"

namespace FeedbackKit {
Q_LOGGING_CATEGORY(lcWidgets, "feedbackkit.widgets", QtInfoMsg)
} // namespace FeedbackKit
