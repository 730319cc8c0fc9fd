#pragma once

#include <QLoggingCategory>

namespace FeedbackKit {
Q_DECLARE_LOGGING_CATEGORY(lcCollector) // feedbackkit.collector: lifecycle, requests
Q_DECLARE_LOGGING_CATEGORY(lcStore) // feedbackkit.collector.store: SQLite
Q_DECLARE_LOGGING_CATEGORY(lcConnections) // feedbackkit.collector.connections: guards
} // namespace FeedbackKit
