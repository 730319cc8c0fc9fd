#pragma once

// Interoperation with nlohmann::json, kept out of <FeedbackKit/Feedback> so that only code
// that wants it pays for it.

#include <FeedbackKit/Feedback>

#include <nlohmann/json_fwd.hpp>

namespace FeedbackKit {

/*! A Feedback holding \a object (which must be a JSON object to be valid). */
FEEDBACKKIT_CORE_EXPORT Feedback feedbackFromJson(const nlohmann::json &object);
FEEDBACKKIT_CORE_EXPORT Feedback feedbackFromJson(nlohmann::json &&object);
/*!
 * A copy of the document as nlohmann::json. A copy, not a reference into the Feedback: the
 * representation inside stays free to change.
 */
FEEDBACKKIT_CORE_EXPORT nlohmann::json feedbackToJson(const Feedback &feedback);

} // namespace FeedbackKit
