#pragma once

#include <FeedbackKit/RatingController>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <memory>

namespace FeedbackKit {

class CommentControllerPrivate;

/*!
 * \brief The rules of a comment box, for any front end: the length cap and its counter, the
 * reasons offered for the sentiment, the keys, sending and cancelling.
 *
 * It edits through a RatingController (the one of a feedback bar, or a box's own): the text
 * and the chosen reasons follow what that controller shows (a stored comment appears when a
 * row is made anew), and submit() sends them through it as one patch. A refused patch leaves
 * the text and the reasons as they were, so nothing typed is lost. cancel() goes back to what
 * was last sent or stored, so Esc loses nothing that reached the server.
 *
 * Reasons are configured per sentiment; empty, duplicate and over-long ones are dropped with a
 * warning. The sentiment is the rating controller's unless one is set (setSentiment()): a
 * front end whose thumbs live elsewhere sets it, resetSentiment() follows the rating again.
 * Only the reasons offered for the current sentiment can be chosen, in the order offered.
 *
 * The counter's words are announced again (counterChanged()) after the application's language
 * changes.
 */
class FEEDBACKKIT_DELIVERY_EXPORT CommentController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(
        FeedbackKit::RatingController *rating READ rating WRITE setRating NOTIFY ratingChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(
        int maximumLength READ maximumLength WRITE setMaximumLength NOTIFY maximumLengthChanged)
    Q_PROPERTY(QStringList positiveReasons READ positiveReasons WRITE setPositiveReasons NOTIFY
                   positiveReasonsChanged)
    Q_PROPERTY(QStringList negativeReasons READ negativeReasons WRITE setNegativeReasons NOTIFY
                   negativeReasonsChanged)
    Q_PROPERTY(FeedbackKit::RatingController::Sentiment sentiment READ sentiment WRITE setSentiment
                   RESET resetSentiment NOTIFY sentimentChanged)
    Q_PROPERTY(QStringList offeredReasons READ offeredReasons NOTIFY offeredReasonsChanged)
    Q_PROPERTY(QStringList selectedReasons READ selectedReasons WRITE setSelectedReasons NOTIFY
                   selectedReasonsChanged)
    Q_PROPERTY(QString counterText READ counterText NOTIFY counterChanged)
    Q_PROPERTY(QString counterDescription READ counterDescription NOTIFY counterChanged)
    Q_PROPERTY(bool atLimit READ isAtLimit NOTIFY counterChanged)

public:
    using Sentiment = RatingController::Sentiment;

    static constexpr int defaultMaximumLength = 1000;
    /*! Well below Limits::maxStringBytes even when every character takes four UTF-8 bytes. */
    static constexpr int maximumMaximumLength = 16384;
    static constexpr int maximumReasonLength = 256;

    explicit CommentController(QObject *parent = nullptr);
    ~CommentController() override;

    /*! The controller edits go through; not owned. */
    RatingController *rating() const;
    void setRating(RatingController *rating);

    QString text() const;
    /*! Longer text is cut to maximumLength (with a warning), never inside a surrogate pair. */
    void setText(const QString &text);
    int maximumLength() const;
    /*! 1 .. 16384 characters (default 1000; others are bounded with a warning). Cuts the text. */
    void setMaximumLength(int length);

    QStringList positiveReasons() const;
    void setPositiveReasons(const QStringList &reasons);
    QStringList negativeReasons() const;
    void setNegativeReasons(const QStringList &reasons);
    /*! The set sentiment, else the rating controller's (Neutral without one). */
    Sentiment sentiment() const;
    /*! Offers the reasons for \a sentiment, whatever the rating controller shows. */
    void setSentiment(Sentiment sentiment);
    /*! Follows the rating controller's sentiment again. */
    void resetSentiment();
    /*! The reasons for the sentiment: none when Neutral. */
    QStringList offeredReasons() const;
    QStringList selectedReasons() const;
    /*! Reasons not offered now are ignored; the rest are kept in the order offered. */
    void setSelectedReasons(const QStringList &reasons);
    /*! Chooses \a reason, or takes it back when chosen. */
    Q_INVOKABLE void toggleReason(const QString &reason);

    /*! "120/1000", in \a locale (by default the application's). */
    QString counterText(const QLocale &locale = QLocale()) const;
    /*! "120 of 1000 characters used", for assistive technology. */
    QString counterDescription(const QLocale &locale = QLocale()) const;
    bool isAtLimit() const;

    /*!
     * A key pressed in the box: Ctrl+Enter submits, Esc cancels. Returns whether \a key (with
     * \a modifiers, a Qt::KeyboardModifiers value) was one of them.
     */
    Q_INVOKABLE bool handleKey(int key, int modifiers);

    /*! \a text cut to \a length, never between the halves of a surrogate pair. */
    static QString cutTo(const QString &text, int length);
    /*! \a reasons without empty, duplicate and over-long entries (each dropped is logged). */
    static QStringList sanitizedReasons(const QStringList &reasons);

public Q_SLOTS:
    /*! Sends the text and the chosen reasons (Ctrl+Enter); false when refused. */
    bool submit();
    /*! Goes back to what was last sent or stored, nothing without a rating controller (Esc). */
    void cancel();

Q_SIGNALS:
    void ratingChanged(FeedbackKit::RatingController *rating);
    void textChanged(const QString &text);
    void maximumLengthChanged(int length);
    void positiveReasonsChanged(const QStringList &reasons);
    void negativeReasonsChanged(const QStringList &reasons);
    void sentimentChanged(FeedbackKit::RatingController::Sentiment sentiment);
    void offeredReasonsChanged(const QStringList &reasons);
    void selectedReasonsChanged(const QStringList &reasons);
    /*! The counter's text, description or limit changed (also after a language change). */
    void counterChanged();
    void submitted();
    void cancelled();

private:
    void followComment();
    void followReasons();
    void setOffered();
    void storeText(const QString &text);
    std::unique_ptr<CommentControllerPrivate> const d;
};

} // namespace FeedbackKit
