#pragma once

#include "feedbackbar.h"

#include <QList>
#include <QMetaObject>
#include <QTimer>

class QToolButton;

namespace FeedbackKit {

class DeliveryIndicator;

// Shared by feedbackbar.cpp (parts, undo, follow-up) and feedbackbardelivery.cpp (the client's
// delivery signals).
class FeedbackBar::Private
{
public:
    ThumbsWidget *thumbs = nullptr;
    StarRating *stars = nullptr;
    QToolButton *comment = nullptr;
    QToolButton *undo = nullptr;
    DeliveryIndicator *indicator = nullptr;
    CommentBox *commentBox = nullptr;
    QTimer undoTimer;
    FollowUp followUp = FollowUp::AfterThumbsDown;
    bool undoAvailable = false;
    Feedback shown; // what the parts show, as one document
    Feedback beforeChange; // what undo puts back
    QString lastError;
    quint64 acceptedVersion = 0;
    QString deliveryDetail;
    bool durable = false; // the pending state is on disk: it survives a crash
    QList<QMetaObject::Connection> clientConnections;
};

} // namespace FeedbackKit
