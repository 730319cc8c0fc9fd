#pragma once

// The application's own client.h. FeedbackKit's headers are reached only as <FeedbackKit/...>,
// so this file and FeedbackKit's client.h never shadow one another.

inline constexpr int consumerOwnClientHeader = 42;
