#pragma once

#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace FeedbackKit {

class Client;
class RatingControllerPrivate;

/*!
 * \brief The rating rules every front end renders: thumbs, stars, comment and reasons, the
 * follow-up after a thumb, and undo.
 *
 * The controller holds what the user sees (state(): rating, score, comment, reasons) and turns
 * each user action into the patch it stands for, the same in every front end:
 * \list
 * \li clicking the active thumb clears the rating (thumbPatch()); clicking the star value
 *     already set clears the stars (starClick());
 * \li a thumb switched or taken back takes back the reasons it no longer explains (they were
 *     offered for the other polarity); Undo brings them back;
 * \li after a thumb, followUpRequested() asks for the comment and reasons, as followUp says
 *     (by default only after a thumbs-down);
 * \li after each change Undo is offered for undoTimeout milliseconds; undo() puts back every
 *     key the change touched as it was, or clears it.
 * \endlist
 *
 * Each patch is emitted as edited() and, when the controller is bound to a client and a target
 * (bind()), written through Client::enrich(). A refused patch is emitted as submitFailed() and
 * the state rolls back (stateReplaced()).
 *
 * \sa TargetDeliveryStatus, FeedbackBar
 */
class FEEDBACKKIT_DELIVERY_EXPORT RatingController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("FeedbackKit/Client")
    Q_PROPERTY(FeedbackKit::Client *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(FeedbackKit::Target target READ target WRITE setTarget NOTIFY targetChanged)
    Q_PROPERTY(FeedbackKit::Channel channel READ channel WRITE setChannel NOTIFY channelChanged)
    Q_PROPERTY(Rating rating READ rating NOTIFY ratingChanged)
    Q_PROPERTY(double score READ score NOTIFY scoreChanged)
    Q_PROPERTY(QString comment READ comment NOTIFY commentChanged)
    Q_PROPERTY(QStringList reasons READ reasons NOTIFY reasonsChanged)
    Q_PROPERTY(Sentiment sentiment READ sentiment NOTIFY sentimentChanged)
    Q_PROPERTY(FollowUp followUp READ followUp WRITE setFollowUp NOTIFY followUpChanged)
    Q_PROPERTY(int undoTimeout READ undoTimeout WRITE setUndoTimeout NOTIFY undoTimeoutChanged)
    Q_PROPERTY(bool undoAvailable READ isUndoAvailable NOTIFY undoAvailableChanged)

public:
    /*!
     * \value Unset no thumb chosen
     * \value Up    thumbs up: {"rating": true}
     * \value Down  thumbs down: {"rating": false}
     */
    enum class Rating { Unset, Up, Down };
    Q_ENUM(Rating)
    /*!
     * \value Neutral   no thumb: no reasons offered
     * \value Positive  after a thumbs up: the positive reasons
     * \value Negative  after a thumbs down: the negative reasons
     */
    enum class Sentiment { Neutral, Positive, Negative };
    Q_ENUM(Sentiment)
    /*!
     * \value NoFollowUp       no follow-up is asked for
     * \value AfterThumbsDown  a thumbs-down asks for it (default)
     * \value AfterAnyThumb    either thumb asks for it
     */
    enum class FollowUp { NoFollowUp, AfterThumbsDown, AfterAnyThumb };
    Q_ENUM(FollowUp)

    static constexpr int defaultUndoTimeout = 5000;
    static constexpr int maximumUndoTimeout = 60000;

    explicit RatingController(QObject *parent = nullptr);
    ~RatingController() override;

    /*! The client patches go to; nullptr when the controller only emits them. Not owned. */
    Client *client() const;
    void setClient(Client *client);
    /*! The target patches apply to. An invalid target is refused with a warning. */
    Target target() const;
    void setTarget(const Target &target);
    Channel channel() const;
    void setChannel(Channel channel);
    /*! Sets client, target and channel at once, then shows the target's stored state. */
    void bind(Client *client, const Target &target, Channel channel = Channel::EndUser);
    bool isBound() const;

    /*! What the user sees: the rating, score, comment and reasons keys. */
    Feedback state() const;
    /*! Shows \a state (other keys are ignored); emits no patch and keeps the undo offer. */
    void setState(const Feedback &state);
    Rating rating() const;
    double score() const;
    QString comment() const;
    QStringList reasons() const;
    Sentiment sentiment() const;

    FollowUp followUp() const;
    void setFollowUp(FollowUp followUp);
    /*! How long Undo stays offered, 0 .. 60000 ms (default 5000; 0 never offers it). */
    int undoTimeout() const;
    void setUndoTimeout(int milliseconds);
    bool isUndoAvailable() const;

    /*!
     * The user changed \a userPatch (for example a part's {"rating": false}): applies the
     * rules, emits and writes the resulting patch, offers Undo and asks for the follow-up.
     * Returns false, rolling back, when the client refused it.
     */
    bool edit(const Feedback &userPatch);
    /*! A click on the \a up (or down) thumb; see thumbPatch(). */
    Q_INVOKABLE bool clickThumb(bool up);
    /*! The user set \a stars (0 clears); nothing happens when they are already set. */
    Q_INVOKABLE bool chooseScore(double stars);
    /*! The user sent \a comment and \a reasons; see commentPatch(). */
    Q_INVOKABLE bool submitComment(const QString &comment, const QStringList &reasons);
    /*! Puts back the state from before the last change and submits that. */
    Q_INVOKABLE void undo();

    /*! The rating patch of a click on a thumb: clicking the active one clears the rating. */
    static Feedback thumbPatch(std::optional<bool> current, bool up);
    /*! The stars a click on \a clicked leaves: 0 when that value was already set. */
    Q_INVOKABLE static double starClick(double current, double clicked);
    /*!
     * \a stars as a star rating can hold them: within 0..\a maximum, at the nearest multiple of
     * \a step (1 or 0.5); 0 for a value that is not finite.
     */
    Q_INVOKABLE static double snappedStars(double stars, double step, int maximum);
    /*!
     * The stars a key press on a star rating leaves, or -1 when \a key does not change them:
     * the arrows step by \a step (Left and Right swapped with \a rightToLeft), stepping down
     * stops at one step so that it never clears by accident; Home goes to one step and End to
     * \a maximum; Backspace, Delete and 0 clear; a digit key sets that many stars.
     */
    Q_INVOKABLE static double starsForKey(double current, int key, double step, int maximum,
                                          bool rightToLeft);
    /*!
     * \a stars out of \a maximum in words, in \a locale: "Not rated" for 0, else "3.5 of 5
     * stars" (translated in the context FeedbackKit::StarRating, which both front ends show).
     */
    Q_INVOKABLE static QString starsText(double stars, int maximum,
                                         const QLocale &locale = QLocale());
    /*! {"score": stars}, or a null score for 0. */
    static Feedback scorePatch(double stars);
    /*! {"comment": ..., "reasons": [...]}, each null when empty. */
    static Feedback commentPatch(const QString &comment, const QStringList &reasons);
    static Rating ratingFrom(std::optional<bool> value);
    static Sentiment sentimentFrom(std::optional<bool> rating);

Q_SIGNALS:
    /*! A patch from the user, emitted before it is written. */
    void edited(const FeedbackKit::Feedback &patch);
    /*! The bound client refused a patch; \a error says why (nothing was queued). */
    void submitFailed(const QString &error);
    /*!
     * The whole state changed outside the user's last action (undo, a refused edit rolled
     * back): a front end shows \a state in every part.
     */
    void stateReplaced(const FeedbackKit::Feedback &state);
    /*! A thumb asks for the comment and reasons (see followUp). */
    void followUpRequested();
    void clientChanged(FeedbackKit::Client *client);
    void targetChanged(const FeedbackKit::Target &target);
    void channelChanged(FeedbackKit::Channel channel);
    void ratingChanged(FeedbackKit::RatingController::Rating rating);
    void scoreChanged(double score);
    void commentChanged(const QString &comment);
    void reasonsChanged(const QStringList &reasons);
    void sentimentChanged(FeedbackKit::RatingController::Sentiment sentiment);
    void followUpChanged(FeedbackKit::RatingController::FollowUp followUp);
    void undoTimeoutChanged(int milliseconds);
    void undoAvailableChanged(bool available);

private:
    bool submit(const Feedback &patch);
    void show(const Feedback &state);
    void setUndoAvailable(bool available);
    void askForFollowUp(std::optional<bool> rating);

    std::unique_ptr<RatingControllerPrivate> const d;
};

} // namespace FeedbackKit
