#pragma once

#include <QLoggingCategory>

namespace FeedbackKit {
/*! Bad input, refused feedback and detection decisions of the hooks: "feedbackkit.hooks". */
Q_DECLARE_LOGGING_CATEGORY(lcHooks)
} // namespace FeedbackKit
