#pragma once

#include "abstractfeedbackwidget.h"

#include <FeedbackKit/RatingController>
#include <FeedbackKit/TargetDeliveryStatus>

#include <memory>

namespace FeedbackKit {

class CommentBox;
class FeedbackBarPrivate;
class StarRating;
class ThumbsWidget;

/*!
 * \brief The feedback row under a chat message: thumbs, optional stars, comment, undo, status.
 *
 * The bar owns a ThumbsWidget, a StarRating (hidden unless starsVisible) and a CommentBox that
 * opens from the comment button or as a follow-up (see followUp: for example reasons and a
 * comment after a thumbs-down). Configure the parts through thumbs(), stars() and commentBox();
 * they are not bound themselves, the bar writes every patch through its own binding.
 *
 * After each change an Undo button shows for undoTimeout milliseconds; it puts back the state
 * from before the change (and submits that). A small indicator shows the delivery of the
 * target's state (deliveryStatus(), a TargetDeliveryStatus): pending, delivered, or failed
 * with the reason in its tooltip. Bound to a target, the bar shows that target's stored state
 * and where its delivery stands.
 *
 * \sa ThumbsWidget, StarRating, CommentBox, FeedbackDelegate
 */
class FEEDBACKKIT_WIDGETS_EXPORT FeedbackBar : public AbstractFeedbackWidget
{
    Q_OBJECT
    Q_PROPERTY(bool starsVisible READ starsVisible WRITE setStarsVisible NOTIFY starsVisibleChanged)
    Q_PROPERTY(FollowUp followUp READ followUp WRITE setFollowUp NOTIFY followUpChanged)
    Q_PROPERTY(int undoTimeout READ undoTimeout WRITE setUndoTimeout NOTIFY undoTimeoutChanged)
    Q_PROPERTY(bool undoAvailable READ isUndoAvailable NOTIFY undoAvailableChanged)
    Q_PROPERTY(DeliveryState deliveryState READ deliveryState NOTIFY deliveryStateChanged)

public:
    /*!
     * \value NoFollowUp         the comment box opens only from the comment button
     * \value AfterThumbsDown    a thumbs-down opens it with the negative reasons (default)
     * \value AfterAnyThumb      either thumb opens it, with the matching reasons
     */
    enum class FollowUp { NoFollowUp, AfterThumbsDown, AfterAnyThumb };
    Q_ENUM(FollowUp)

    /*!
     * \value Idle       nothing captured for the target yet (or not bound)
     * \value Pending    accepted, not yet confirmed by the server
     * \value Delivered  the server has the newest state
     * \value Failed     the last attempt failed or the server refused it (see the tooltip)
     */
    enum class DeliveryState { Idle, Pending, Delivered, Failed };
    Q_ENUM(DeliveryState)

    explicit FeedbackBar(QWidget *parent = nullptr);
    ~FeedbackBar() override;

    ThumbsWidget *thumbs() const;
    StarRating *stars() const;
    CommentBox *commentBox() const;

    bool starsVisible() const;
    void setStarsVisible(bool visible);
    FollowUp followUp() const;
    void setFollowUp(FollowUp followUp);
    /*! How long Undo stays offered, 0 .. 60000 ms (default 5000; 0 never offers it). */
    int undoTimeout() const;
    void setUndoTimeout(int milliseconds);
    bool isUndoAvailable() const;
    DeliveryState deliveryState() const;
    /*! The delivery indicator's text, e.g. "Delivered" or "Not delivered: timeout". */
    QString deliveryText() const;
    /*! What the indicator renders: the delivery of the bound target. Owned by the bar. */
    TargetDeliveryStatus *deliveryStatus() const;
    /*! The rules the bar renders (follow-up, reasons, undo) and its patches. Owned by the bar. */
    RatingController *ratingController() const;

    Feedback feedbackState() const override;
    void setFeedbackState(const Feedback &state) override;

public Q_SLOTS:
    /*! Puts back the state from before the last change and submits it. */
    void undo();
    /*! Opens (or closes) the comment box. */
    void setCommentOpen(bool open);

Q_SIGNALS:
    void starsVisibleChanged(bool visible);
    void followUpChanged(FeedbackKit::FeedbackBar::FollowUp followUp);
    void undoTimeoutChanged(int milliseconds);
    void undoAvailableChanged(bool available);
    void deliveryStateChanged(FeedbackKit::FeedbackBar::DeliveryState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectRating();
    void onPartEdited(const Feedback &edit);
    void connectDeliveryStatus();
    void showDelivery();
    void retranslate();
    std::unique_ptr<FeedbackBarPrivate> const d;
};

} // namespace FeedbackKit
