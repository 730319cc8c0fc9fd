#pragma once

// Interoperation with nlohmann::json, kept out of <FeedbackKit/Feedback> so that only code
// that wants it pays for it.

#include "feedback.h"

#include <nlohmann/json_fwd.hpp>

namespace FeedbackKit {

/*! A Feedback holding \a object (which must be a JSON object to be valid). */
FEEDBACKKIT_CORE_EXPORT Feedback feedbackFromJson(const nlohmann::json &object);
FEEDBACKKIT_CORE_EXPORT Feedback feedbackFromJson(nlohmann::json &&object);
/*! The document as nlohmann::json. */
FEEDBACKKIT_CORE_EXPORT const nlohmann::json &feedbackToJson(const Feedback &feedback);

} // namespace FeedbackKit
