#pragma once

// Private: C++ types of the lower layers, made known to QML by name (QML_FOREIGN), without
// changing the lower layers: properties of those types type-check in QML, and the UI-neutral
// controllers are declared in QML as they are made in C++.

#include <FeedbackKit/Client>
#include <FeedbackKit/CommentController>
#include <FeedbackKit/RatingController>
#include <FeedbackKit/TargetDeliveryStatus>

#include <QtQml/qqml.h>

namespace FeedbackKit {

struct ForeignClient
{
    Q_GADGET
    QML_FOREIGN(FeedbackKit::Client)
    QML_NAMED_ELEMENT(Client)
    QML_UNCREATABLE("Declare a FeedbackClient, or hand over a Client made in C++.")
};

/*!
 * A target, as QML holds one: made by \c Targets, read as \c {target.eventId}.
 */
struct ForeignTarget
{
    Q_GADGET
    QML_FOREIGN(FeedbackKit::Target)
    QML_VALUE_TYPE(target)
    QML_UNCREATABLE("Targets are made by Targets.event(), Targets.session() or Targets.none().")
};

/*! The delivery of one target: \c {DeliveryStatus { client: ...; target: ... }}. */
struct ForeignTargetDeliveryStatus
{
    Q_GADGET
    QML_FOREIGN(FeedbackKit::TargetDeliveryStatus)
    QML_NAMED_ELEMENT(DeliveryStatus)
};

/*!
 * The rating rules of one target: \c {RatingController { client: ...; target: ... }}. The
 * components render one and forward the user's clicks and keys to it.
 */
struct ForeignRatingController
{
    Q_GADGET
    QML_FOREIGN(FeedbackKit::RatingController)
    QML_NAMED_ELEMENT(RatingController)
};

/*! The rules of a comment box: \c {CommentController { rating: ... }}. */
struct ForeignCommentController
{
    Q_GADGET
    QML_FOREIGN(FeedbackKit::CommentController)
    QML_NAMED_ELEMENT(CommentController)
};

} // namespace FeedbackKit
