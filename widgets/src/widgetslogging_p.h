#pragma once

#include <QLoggingCategory>

namespace FeedbackKit {
/*! Warnings about bad input and refused feedback in the widgets: "feedbackkit.widgets". */
Q_DECLARE_LOGGING_CATEGORY(lcWidgets)
} // namespace FeedbackKit
