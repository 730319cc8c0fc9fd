#pragma once

#include <FeedbackKit/RatingController>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QObject>
#include <QStringList>

#include <memory>

namespace FeedbackKit {

class CommentControllerPrivate;

/*!
 * \brief The rules of a comment box, for any front end: the length cap, the reasons offered
 * for the rating's sentiment, sending and cancelling.
 *
 * It edits through a RatingController (the one of a feedback bar, or a box's own): the text
 * and the chosen reasons follow what that controller shows (a stored comment appears when a
 * row is made anew), and submit() sends them through it as one patch. cancel() goes back to
 * what was last sent or stored, so Esc loses nothing that reached the server.
 *
 * Reasons are configured per sentiment; empty, duplicate and over-long ones are dropped with a
 * warning. Only the reasons offered for the current sentiment can be chosen.
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
    Q_PROPERTY(QStringList offeredReasons READ offeredReasons NOTIFY offeredReasonsChanged)
    Q_PROPERTY(QStringList selectedReasons READ selectedReasons WRITE setSelectedReasons NOTIFY
                   selectedReasonsChanged)
    Q_PROPERTY(QString counterText READ counterText NOTIFY textChanged)
    Q_PROPERTY(QString counterDescription READ counterDescription NOTIFY textChanged)
    Q_PROPERTY(bool atLimit READ isAtLimit NOTIFY textChanged)

public:
    static constexpr int defaultMaximumLength = 1000;
    static constexpr int maximumReasonLength = 256;

    explicit CommentController(QObject *parent = nullptr);
    ~CommentController() override;

    /*! The controller edits go through; not owned. */
    RatingController *rating() const;
    void setRating(RatingController *rating);

    QString text() const;
    /*! Longer text is cut to maximumLength, never between the halves of a surrogate pair. */
    void setText(const QString &text);
    int maximumLength() const;
    /*! At least 1; the text is cut to the new length. */
    void setMaximumLength(int length);

    QStringList positiveReasons() const;
    void setPositiveReasons(const QStringList &reasons);
    QStringList negativeReasons() const;
    void setNegativeReasons(const QStringList &reasons);
    /*! The reasons for the rating's sentiment: none without a thumb. */
    QStringList offeredReasons() const;
    QStringList selectedReasons() const;
    /*! Reasons not offered now are ignored. */
    void setSelectedReasons(const QStringList &reasons);
    /*! Chooses \a reason, or takes it back when chosen. */
    Q_INVOKABLE void toggleReason(const QString &reason);

    /*! "120/1000", in the application's locale. */
    QString counterText() const;
    /*! "120 of 1000 characters used", for assistive technology. */
    QString counterDescription() const;
    bool isAtLimit() const;

    /*! \a text cut to \a length, never between the halves of a surrogate pair. */
    static QString cutTo(const QString &text, int length);
    /*! \a reasons without empty, duplicate and over-long entries (each dropped is logged). */
    static QStringList sanitizedReasons(const QStringList &reasons);

public Q_SLOTS:
    /*! Sends the text and the chosen reasons (Ctrl+Enter); false when refused. */
    bool submit();
    /*! Goes back to what was last sent or stored (Esc). */
    void cancel();

Q_SIGNALS:
    void ratingChanged(FeedbackKit::RatingController *rating);
    void textChanged(const QString &text);
    void maximumLengthChanged(int length);
    void positiveReasonsChanged(const QStringList &reasons);
    void negativeReasonsChanged(const QStringList &reasons);
    void offeredReasonsChanged(const QStringList &reasons);
    void selectedReasonsChanged(const QStringList &reasons);
    void submitted();
    void cancelled();

private:
    void followRating();
    void setOffered();
    std::unique_ptr<CommentControllerPrivate> const d;
};

} // namespace FeedbackKit
