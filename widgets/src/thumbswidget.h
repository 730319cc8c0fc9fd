#pragma once

#include "abstractfeedbackwidget.h"

#include <memory>

namespace FeedbackKit {

class ThumbsWidgetPrivate;

/*!
 * \brief A thumbs up / thumbs down pair of toggle buttons.
 *
 * Clicking the inactive thumb selects it; clicking the active one clears the rating. Each user
 * change is the patch {"rating": true}, {"rating": false} or {"rating": null}. The buttons are
 * reachable with Tab and toggled with Space or Enter; screen readers see two checkable buttons
 * ("Good response", "Bad response") and their checked state.
 *
 * \sa StarRating, FeedbackBar
 */
class FEEDBACKKIT_WIDGETS_EXPORT ThumbsWidget : public AbstractFeedbackWidget
{
    Q_OBJECT
    Q_PROPERTY(Rating rating READ rating WRITE setRating NOTIFY ratingChanged)

public:
    /*!
     * \value Unset no thumb chosen
     * \value Up    thumbs up: {"rating": true}
     * \value Down  thumbs down: {"rating": false}
     */
    enum class Rating { Unset, Up, Down };
    Q_ENUM(Rating)

    explicit ThumbsWidget(QWidget *parent = nullptr);
    ~ThumbsWidget() override;

    Rating rating() const;
    /*! Shows \a rating; a programmatic change emits ratingChanged but no patch. */
    void setRating(Rating rating);

    Feedback feedbackState() const override;
    void setFeedbackState(const Feedback &state) override;

    /*! The rating a feedback \c rating value stands for. */
    static Rating ratingFrom(std::optional<bool> value);

Q_SIGNALS:
    void ratingChanged(FeedbackKit::ThumbsWidget::Rating rating);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(Rating rating);
    void retranslate();
    std::unique_ptr<ThumbsWidgetPrivate> const d;
};

} // namespace FeedbackKit
