#include "feedbackbar_p.h"

#include "commentbox.h"
#include "deliveryindicator_p.h"
#include "starrating.h"
#include "thumbswidget.h"
#include <FeedbackKit/Client>

#include <QBoxLayout>
#include <QEvent>
#include <QToolButton>

namespace FeedbackKit {

namespace {
// The widgets' enums mirror the controller's, value for value.
static_assert(int(CommentBox::Sentiment::Negative) == int(RatingController::Sentiment::Negative)
              && int(CommentBox::Sentiment::Positive)
                  == int(RatingController::Sentiment::Positive));
static_assert(int(FeedbackBar::FollowUp::AfterAnyThumb)
                  == int(RatingController::FollowUp::AfterAnyThumb)
              && int(FeedbackBar::FollowUp::AfterThumbsDown)
                  == int(RatingController::FollowUp::AfterThumbsDown));

CommentBox::Sentiment commentSentiment(RatingController::Sentiment sentiment)
{
    return CommentBox::Sentiment(int(sentiment));
}
} // namespace

FeedbackBar::FeedbackBar(QWidget *parent)
    : AbstractFeedbackWidget(parent)
    , d(std::make_unique<FeedbackBarPrivate>())
{
    d->thumbs = new ThumbsWidget(this);
    d->stars = new StarRating(this);
    d->stars->hide();
    d->comment = new QToolButton(this);
    d->comment->setObjectName(QStringLiteral("commentButton"));
    d->comment->setCheckable(true);
    d->comment->setAutoRaise(true);
    d->undo = new QToolButton(this);
    d->undo->setObjectName(QStringLiteral("undoButton"));
    d->undo->setAutoRaise(true);
    d->undo->hide();
    d->indicator = new DeliveryIndicator(this);
    d->commentBox = new CommentBox(this);
    d->commentBox->hide();

    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    for (QWidget *part : { static_cast<QWidget *>(d->thumbs), static_cast<QWidget *>(d->stars),
                           static_cast<QWidget *>(d->comment), static_cast<QWidget *>(d->undo) })
        row->addWidget(part);
    row->addStretch();
    row->addWidget(d->indicator);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(d->commentBox);
    setFocusProxy(d->thumbs);

    for (AbstractFeedbackWidget *part : { static_cast<AbstractFeedbackWidget *>(d->thumbs),
                                          static_cast<AbstractFeedbackWidget *>(d->stars),
                                          static_cast<AbstractFeedbackWidget *>(d->commentBox) })
        connect(part, &AbstractFeedbackWidget::feedbackEdited, this, &FeedbackBar::onPartEdited);
    connect(d->comment, &QToolButton::toggled, this, &FeedbackBar::setCommentOpen);
    connect(d->commentBox, &CommentBox::submitted, this, [this] { setCommentOpen(false); });
    connect(d->commentBox, &CommentBox::cancelled, this, [this] { setCommentOpen(false); });
    connect(d->undo, &QToolButton::clicked, this, &FeedbackBar::undo);
    connectRating();
    connectDeliveryStatus();
    retranslate();
}

FeedbackBar::~FeedbackBar() = default;

ThumbsWidget *FeedbackBar::thumbs() const
{
    return d->thumbs;
}
StarRating *FeedbackBar::stars() const
{
    return d->stars;
}
CommentBox *FeedbackBar::commentBox() const
{
    return d->commentBox;
}
bool FeedbackBar::starsVisible() const
{
    return !d->stars->isHidden();
}

void FeedbackBar::setStarsVisible(bool visible)
{
    if (starsVisible() == visible)
        return;
    d->stars->setVisible(visible);
    Q_EMIT starsVisibleChanged(visible);
}

FeedbackBar::FollowUp FeedbackBar::followUp() const
{
    return FollowUp(int(d->rating.followUp()));
}

void FeedbackBar::setFollowUp(FollowUp followUp)
{
    d->rating.setFollowUp(RatingController::FollowUp(int(followUp)));
}

int FeedbackBar::undoTimeout() const
{
    return d->rating.undoTimeout();
}

void FeedbackBar::setUndoTimeout(int milliseconds)
{
    d->rating.setUndoTimeout(milliseconds);
}

bool FeedbackBar::isUndoAvailable() const
{
    return d->rating.isUndoAvailable();
}

RatingController *FeedbackBar::ratingController() const
{
    return &d->rating;
}

Feedback FeedbackBar::feedbackState() const
{
    Feedback state = d->thumbs->feedbackState();
    state.merge(d->stars->feedbackState());
    state.merge(d->commentBox->feedbackState());
    return state;
}

void FeedbackBar::setFeedbackState(const Feedback &state)
{
    d->thumbs->setFeedbackState(state);
    d->stars->setFeedbackState(state);
    d->commentBox->setSentiment(commentSentiment(RatingController::sentimentFrom(state.rating())));
    d->commentBox->setFeedbackState(state);
    d->rating.setState(feedbackState()); // what the parts took of it
}

void FeedbackBar::undo()
{
    d->rating.undo();
}

void FeedbackBar::setCommentOpen(bool open)
{
    const QSignalBlocker quiet(d->comment);
    d->comment->setChecked(open);
    d->commentBox->setVisible(open);
    if (open)
        d->commentBox->setFocus(Qt::OtherFocusReason);
}

void FeedbackBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    AbstractFeedbackWidget::changeEvent(event);
}

void FeedbackBar::connectRating()
{
    RatingController *rating = &d->rating;
    auto follow = [this] { d->rating.bind(client(), target(), channel()); };
    connect(this, &AbstractFeedbackWidget::clientChanged, this, follow);
    connect(this, &AbstractFeedbackWidget::targetChanged, this, follow);
    connect(this, &AbstractFeedbackWidget::channelChanged, this, follow);
    connect(rating, &RatingController::edited, this, &AbstractFeedbackWidget::feedbackEdited);
    connect(rating, &RatingController::submitFailed, this, [this](const QString &error) {
        d->status.reportRefused(error); // shown until the client's next news
        Q_EMIT submitFailed(error);
    });
    // The part the user acted on already shows the change; the rules may change the others.
    connect(rating, &RatingController::stateReplaced, this, &FeedbackBar::setFeedbackState);
    connect(rating, &RatingController::reasonsChanged, d->commentBox,
            &CommentBox::setSelectedReasons);
    connect(rating, &RatingController::sentimentChanged, this,
            [this](RatingController::Sentiment sentiment) {
                d->commentBox->setSentiment(commentSentiment(sentiment));
            });
    connect(rating, &RatingController::followUpRequested, this, [this] { setCommentOpen(true); });
    connect(rating, &RatingController::followUpChanged, this,
            [this](RatingController::FollowUp followUp) {
                Q_EMIT followUpChanged(FollowUp(int(followUp)));
            });
    connect(rating, &RatingController::undoTimeoutChanged, this, &FeedbackBar::undoTimeoutChanged);
    connect(rating, &RatingController::undoAvailableChanged, this, [this](bool available) {
        d->undo->setVisible(available);
        Q_EMIT undoAvailableChanged(available);
    });
}

void FeedbackBar::onPartEdited(const Feedback &edit)
{
    d->rating.edit(edit);
}

void FeedbackBar::retranslate()
{
    d->comment->setText(tr("Comment…", "@action:button open the comment box"));
    // Named by its text, described by its tooltip: a name equal to the tooltip is read twice.
    d->comment->setToolTip(tr("Add a comment", "@info:tooltip"));
    d->undo->setText(tr("Undo", "@action:button take back the last rating"));
    d->undo->setToolTip(tr("Take back the last change", "@info:tooltip"));
    d->undo->setAccessibleName(tr("Undo", "@action:button take back the last rating"));
    setAccessibleName(tr("Feedback", "@label the feedback bar"));
    d->indicator->setState(d->indicator->state(), d->status.text());
}

// FeedbackBar's delivery indicator: it renders the bar's TargetDeliveryStatus.

namespace {
FeedbackBar::DeliveryState barStateFor(TargetDeliveryStatus::State state)
{
    using Status = TargetDeliveryStatus::State;
    switch (state) {
    case Status::Idle:
        return FeedbackBar::DeliveryState::Idle;
    case Status::Sending:
    case Status::Saved:
        return FeedbackBar::DeliveryState::Pending;
    case Status::Delivered:
        return FeedbackBar::DeliveryState::Delivered;
    case Status::Failed:
    case Status::Quarantined:
        break;
    }
    return FeedbackBar::DeliveryState::Failed;
}
} // namespace

FeedbackBar::DeliveryState FeedbackBar::deliveryState() const
{
    return d->indicator->state();
}

QString FeedbackBar::deliveryText() const
{
    return d->indicator->toolTip();
}

TargetDeliveryStatus *FeedbackBar::deliveryStatus() const
{
    return &d->status;
}

void FeedbackBar::connectDeliveryStatus()
{
    auto follow = [this] { d->status.bind(client(), target(), channel()); };
    connect(this, &AbstractFeedbackWidget::clientChanged, this, follow);
    connect(this, &AbstractFeedbackWidget::targetChanged, this, follow);
    connect(this, &AbstractFeedbackWidget::channelChanged, this, follow);
    // Text and state change together; the text is set last, so one update shows both.
    connect(&d->status, &TargetDeliveryStatus::textChanged, this, &FeedbackBar::showDelivery);
}

void FeedbackBar::showDelivery()
{
    const DeliveryState before = d->indicator->state();
    const DeliveryState state = barStateFor(d->status.state());
    d->indicator->setState(state, d->status.text());
    if (before != state)
        Q_EMIT deliveryStateChanged(state);
}

} // namespace FeedbackKit
