#include "feedbackbar_p.h"

#include "commentbox.h"
#include "deliveryindicator_p.h"
#include "starrating.h"
#include "thumbswidget.h"
#include "widgetslogging_p.h"
#include <FeedbackKit/Client>

#include <QBoxLayout>
#include <QEvent>
#include <QTimer>
#include <QToolButton>

namespace FeedbackKit {

namespace {
constexpr int maximumUndoTimeout = 60000;
const QStringList editedKeys = { QStringLiteral("rating"), QStringLiteral("score"),
                                 QStringLiteral("comment"), QStringLiteral("reasons") };
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
    d->undoTimer.setSingleShot(true);
    d->undoTimer.setInterval(5000);
    connect(&d->undoTimer, &QTimer::timeout, this, [this] { setUndoAvailable(false); });
    connectDeliveryStatus();
    connect(this, &AbstractFeedbackWidget::submitFailed, this,
            [this](const QString &error) { d->lastError = error; });
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
    return d->followUp;
}

void FeedbackBar::setFollowUp(FollowUp followUp)
{
    if (d->followUp == followUp)
        return;
    d->followUp = followUp;
    Q_EMIT followUpChanged(followUp);
}

int FeedbackBar::undoTimeout() const
{
    return d->undoTimer.interval();
}

void FeedbackBar::setUndoTimeout(int milliseconds)
{
    if (milliseconds < 0 || milliseconds > maximumUndoTimeout) {
        qCWarning(lcWidgets) << "FeedbackBar: undo timeout must be 0 ..." << maximumUndoTimeout
                             << "ms, got" << milliseconds;
        milliseconds = qBound(0, milliseconds, maximumUndoTimeout);
    }
    if (d->undoTimer.interval() == milliseconds)
        return;
    d->undoTimer.setInterval(milliseconds);
    Q_EMIT undoTimeoutChanged(milliseconds);
}

bool FeedbackBar::isUndoAvailable() const
{
    return d->undoAvailable;
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
    const std::optional<bool> rating = state.rating();
    d->commentBox->setSentiment(!rating       ? CommentBox::Sentiment::Neutral
                                    : *rating ? CommentBox::Sentiment::Positive
                                              : CommentBox::Sentiment::Negative);
    d->commentBox->setFeedbackState(state);
    d->shown = feedbackState();
}

void FeedbackBar::undo()
{
    if (!d->undoAvailable)
        return;
    // Every key the bar edits goes back to its old value, or is cleared if it had none.
    Feedback patch;
    for (const QString &key : editedKeys) {
        const QJsonValue old = d->beforeChange.value(key);
        patch.setValue(key, old.isUndefined() ? QJsonValue() : old);
    }
    setFeedbackState(d->beforeChange);
    setUndoAvailable(false);
    submit(patch); // the client's accepted() shows it pending
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

void FeedbackBar::onPartEdited(const Feedback &edit)
{
    const Feedback before = d->shown;
    Feedback patch = edit;
    // Reasons explain a rating: a thumb switched or taken back leaves them behind, out of
    // sight (the chips of the other polarity replace them), so they go with it. Undo brings
    // them back.
    if (edit.contains(u"rating") && !before.reasons().isEmpty()
        && edit.rating() != before.rating()) {
        patch.setValue(u"reasons", QJsonValue());
        d->commentBox->setSelectedReasons({});
    }
    d->shown.merge(patch);
    if (!submit(patch)) {
        // Nothing was queued: show what is really stored, and why.
        setFeedbackState(before);
        d->status.reportRefused(d->lastError);
        return;
    }
    d->beforeChange = before;
    setUndoAvailable(d->undoTimer.interval() > 0);
    if (patch.contains(u"rating"))
        openFollowUp(patch);
}

void FeedbackBar::openFollowUp(const Feedback &patch)
{
    const std::optional<bool> rating = patch.rating();
    d->commentBox->setSentiment(!rating       ? CommentBox::Sentiment::Neutral
                                    : *rating ? CommentBox::Sentiment::Positive
                                              : CommentBox::Sentiment::Negative);
    const bool wanted = rating.has_value()
        && ((*rating == false && d->followUp != FollowUp::NoFollowUp)
            || d->followUp == FollowUp::AfterAnyThumb);
    if (wanted)
        setCommentOpen(true);
}

void FeedbackBar::setUndoAvailable(bool available)
{
    if (available)
        d->undoTimer.start(); // every change restarts the window
    else
        d->undoTimer.stop();
    d->undo->setVisible(available);
    if (d->undoAvailable == available)
        return;
    d->undoAvailable = available;
    Q_EMIT undoAvailableChanged(available);
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

} // namespace FeedbackKit
