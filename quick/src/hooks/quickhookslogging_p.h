#pragma once

#include <QLoggingCategory>

namespace FeedbackKit {
/*! Bad input, refused feedback and filter errors of the QML hooks: "feedbackkit.quick.hooks". */
Q_DECLARE_LOGGING_CATEGORY(lcQuickHooks)
} // namespace FeedbackKit
