#pragma once

#include "feedbackbar.h"

#include <FeedbackKit/RatingController>
#include <FeedbackKit/TargetDeliveryStatus>

class QToolButton;

namespace FeedbackKit {

class DeliveryIndicator;

// FeedbackBar's parts and the two controllers they render: the rating and its delivery status.
class FeedbackBarPrivate
{
public:
    ThumbsWidget *thumbs = nullptr;
    StarRating *stars = nullptr;
    QToolButton *comment = nullptr;
    QToolButton *undo = nullptr;
    DeliveryIndicator *indicator = nullptr;
    CommentBox *commentBox = nullptr;
    // The rules (follow-up, reasons taken back, undo) and the patches: the bar renders it.
    mutable RatingController rating; // mutable: ratingController() is const
    // Mutable: the const deliveryStatus() hands out the object for callers to bind to.
    mutable TargetDeliveryStatus status;
};

} // namespace FeedbackKit
