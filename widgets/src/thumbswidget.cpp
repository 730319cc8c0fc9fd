#include "thumbswidget.h"

#include "thumbbutton_p.h"
#include <FeedbackKit/RatingController>

#include <QEvent>
#include <QHBoxLayout>

namespace FeedbackKit {

class ThumbsWidgetPrivate
{
public:
    using Rating = ThumbsWidget::Rating;
    Rating rating = Rating::Unset;
    ThumbButton *up = nullptr;
    ThumbButton *down = nullptr;

    // The buttons toggle themselves on click; the rating is the single source of truth.
    void syncButtons() const
    {
        up->setChecked(rating == Rating::Up);
        down->setChecked(rating == Rating::Down);
    }
};

ThumbsWidget::ThumbsWidget(QWidget *parent)
    : AbstractFeedbackWidget(parent)
    , d(std::make_unique<ThumbsWidgetPrivate>())
{
    d->up = new ThumbButton(RatingPainter::Thumb::Up, this);
    d->down = new ThumbButton(RatingPainter::Thumb::Down, this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(d->up);
    layout->addWidget(d->down);
    setFocusProxy(d->up);
    connect(d->up, &QAbstractButton::clicked, this, [this] { choose(Rating::Up); });
    connect(d->down, &QAbstractButton::clicked, this, [this] { choose(Rating::Down); });
    retranslate();
}

ThumbsWidget::~ThumbsWidget() = default;

ThumbsWidget::Rating ThumbsWidget::rating() const
{
    return d->rating;
}

void ThumbsWidget::setRating(Rating rating)
{
    if (d->rating == rating) {
        d->syncButtons(); // a click may have toggled a button; undo that
        return;
    }
    d->rating = rating;
    d->syncButtons();
    Q_EMIT ratingChanged(rating);
}

Feedback ThumbsWidget::feedbackState() const
{
    Feedback state;
    if (d->rating != Rating::Unset)
        state.setRating(d->rating == Rating::Up);
    return state;
}

void ThumbsWidget::setFeedbackState(const Feedback &state)
{
    setRating(ratingFrom(state.rating()));
}

ThumbsWidget::Rating ThumbsWidget::ratingFrom(std::optional<bool> value)
{
    if (!value)
        return Rating::Unset;
    return *value ? Rating::Up : Rating::Down;
}

void ThumbsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    AbstractFeedbackWidget::changeEvent(event);
}

void ThumbsWidget::choose(Rating rating)
{
    // The controller's rule: clicking the active thumb takes the rating back.
    const Feedback patch
        = RatingController::thumbPatch(feedbackState().rating(), rating == Rating::Up);
    setFeedbackState(patch); // a patch holds the whole rating: null shows no thumb
    submit(patch);
}

void ThumbsWidget::retranslate()
{
    d->up->setToolTip(tr("Good response", "@info:tooltip thumbs up"));
    d->up->setAccessibleName(tr("Good response", "@info:tooltip thumbs up"));
    d->down->setToolTip(tr("Bad response", "@info:tooltip thumbs down"));
    d->down->setAccessibleName(tr("Bad response", "@info:tooltip thumbs down"));
    setAccessibleName(tr("Rate this response", "@label thumbs group"));
}

} // namespace FeedbackKit
