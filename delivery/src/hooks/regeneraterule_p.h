#pragma once

#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QString>

namespace FeedbackKit {

/*!
 * \internal
 * \brief What a request for another response records, and the target it hands out, whatever
 * front end saw the request.
 *
 * On the target of the response being replaced:
 * \code
 * {"actions": {"regenerated": true, "regenerate_count": 2}}
 * \endcode
 * and the new response gets a fresh event in the same session.
 */
class FEEDBACKKIT_DELIVERY_EXPORT RegenerateRule
{
public:
    /*! The running count's key in \c actions. */
    static const QString countKey;

    /*! The patch of request number \a count. */
    static Feedback patch(int count);
    /*! The target of the response that replaces the one of \a target. */
    static Target successorOf(const Target &target);
};

} // namespace FeedbackKit
