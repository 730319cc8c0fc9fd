#pragma once

#include "commentcontroller.h"

#include <QLoggingCategory>
#include <QPointer>

#include <optional>

namespace FeedbackKit {

Q_DECLARE_LOGGING_CATEGORY(lcComment)

// Shared by commentcontroller.cpp (the state) and commentcontrollerediting.cpp (sending,
// cancelling, keys and the counter).
class CommentControllerPrivate
{
public:
    using Sentiment = RatingController::Sentiment;

    QPointer<RatingController> rating;
    QString text;
    int maximumLength = CommentController::defaultMaximumLength;
    QStringList positive;
    QStringList negative;
    std::optional<Sentiment> sentiment; // set by the front end; else the rating's
    Sentiment shownSentiment = Sentiment::Neutral; // what sentimentChanged last said
    QStringList offered;
    QStringList selected;
    // While the box's own patch goes through the rating controller: a refusal rolls that
    // controller back, which must not take back what the user typed.
    bool submitting = false;

    QStringList offeredFor(Sentiment sentiment) const
    {
        switch (sentiment) {
        case Sentiment::Positive:
            return positive;
        case Sentiment::Negative:
            return negative;
        case Sentiment::Neutral:
            break;
        }
        return {};
    }
};

} // namespace FeedbackKit
