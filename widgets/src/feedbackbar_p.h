#pragma once

#include "feedbackbar.h"

#include <FeedbackKit/TargetDeliveryStatus>

#include <QTimer>

class QToolButton;

namespace FeedbackKit {

class DeliveryIndicator;

// Shared by feedbackbar.cpp (parts, undo, follow-up) and feedbackbardelivery.cpp (the client's
// delivery status).
class FeedbackBarPrivate
{
public:
    ThumbsWidget *thumbs = nullptr;
    StarRating *stars = nullptr;
    QToolButton *comment = nullptr;
    QToolButton *undo = nullptr;
    DeliveryIndicator *indicator = nullptr;
    CommentBox *commentBox = nullptr;
    QTimer undoTimer;
    FeedbackBar::FollowUp followUp = FeedbackBar::FollowUp::AfterThumbsDown;
    bool undoAvailable = false;
    Feedback shown; // what the parts show, as one document
    Feedback beforeChange; // what undo puts back
    QString lastError;
    // Mutable: the const deliveryStatus() hands out the object for callers to bind to.
    mutable TargetDeliveryStatus status;
};

} // namespace FeedbackKit
