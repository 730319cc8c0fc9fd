#include "commentcontroller.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>

namespace FeedbackKit {

Q_LOGGING_CATEGORY(lcComment, "feedbackkit.comment", QtInfoMsg)

class CommentControllerPrivate
{
public:
    QPointer<RatingController> rating;
    QString text;
    int maximumLength = CommentController::defaultMaximumLength;
    QStringList positive;
    QStringList negative;
    QStringList offered;
    QStringList selected;

    QStringList offeredFor(RatingController::Sentiment sentiment) const
    {
        switch (sentiment) {
        case RatingController::Sentiment::Positive:
            return positive;
        case RatingController::Sentiment::Negative:
            return negative;
        case RatingController::Sentiment::Neutral:
            break;
        }
        return {};
    }
};

CommentController::CommentController(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<CommentControllerPrivate>())
{ }

CommentController::~CommentController() = default;

RatingController *CommentController::rating() const
{
    return d->rating;
}

void CommentController::setRating(RatingController *rating)
{
    if (d->rating == rating)
        return;
    if (d->rating)
        d->rating->disconnect(this);
    d->rating = rating;
    if (rating) {
        // What the rating controller shows (stored, undone, taken back with a thumb) is what
        // the box shows.
        connect(rating, &RatingController::commentChanged, this, &CommentController::followRating);
        connect(rating, &RatingController::reasonsChanged, this, &CommentController::followRating);
        connect(rating, &RatingController::sentimentChanged, this, &CommentController::setOffered);
    }
    setOffered();
    followRating();
    Q_EMIT ratingChanged(rating);
}

void CommentController::followRating()
{
    if (!d->rating)
        return;
    setText(d->rating->comment());
    setSelectedReasons(d->rating->reasons());
}

QString CommentController::text() const
{
    return d->text;
}

void CommentController::setText(const QString &text)
{
    const QString capped = cutTo(text, d->maximumLength);
    if (d->text == capped)
        return;
    d->text = capped;
    Q_EMIT textChanged(capped);
}

int CommentController::maximumLength() const
{
    return d->maximumLength;
}

void CommentController::setMaximumLength(int length)
{
    length = qMax(1, length);
    if (d->maximumLength == length)
        return;
    d->maximumLength = length;
    Q_EMIT maximumLengthChanged(length);
    d->text = cutTo(d->text, length);
    Q_EMIT textChanged(d->text); // the counter changed, if not the text
}

QStringList CommentController::positiveReasons() const
{
    return d->positive;
}

void CommentController::setPositiveReasons(const QStringList &reasons)
{
    const QStringList kept = sanitizedReasons(reasons);
    if (d->positive == kept)
        return;
    d->positive = kept;
    Q_EMIT positiveReasonsChanged(kept);
    setOffered();
}

QStringList CommentController::negativeReasons() const
{
    return d->negative;
}

void CommentController::setNegativeReasons(const QStringList &reasons)
{
    const QStringList kept = sanitizedReasons(reasons);
    if (d->negative == kept)
        return;
    d->negative = kept;
    Q_EMIT negativeReasonsChanged(kept);
    setOffered();
}

QStringList CommentController::offeredReasons() const
{
    return d->offered;
}

void CommentController::setOffered()
{
    const QStringList offered
        = d->offeredFor(d->rating ? d->rating->sentiment() : RatingController::Sentiment::Neutral);
    if (d->offered == offered)
        return;
    d->offered = offered;
    Q_EMIT offeredReasonsChanged(offered);
    setSelectedReasons(d->selected); // drops what is no longer offered
}

QStringList CommentController::selectedReasons() const
{
    return d->selected;
}

void CommentController::setSelectedReasons(const QStringList &reasons)
{
    QStringList kept;
    for (const QString &reason : reasons)
        if (d->offered.contains(reason) && !kept.contains(reason))
            kept.append(reason);
    if (d->selected == kept)
        return;
    d->selected = kept;
    Q_EMIT selectedReasonsChanged(kept);
}

void CommentController::toggleReason(const QString &reason)
{
    QStringList next = d->selected;
    if (!next.removeOne(reason))
        next.append(reason);
    setSelectedReasons(next);
}

QString CommentController::counterText() const
{
    const QLocale locale;
    //: characters used / characters allowed, under the comment field
    return tr("%1/%2", "@info:status comment length")
        .arg(locale.toString(int(d->text.size())), locale.toString(d->maximumLength));
}

QString CommentController::counterDescription() const
{
    const QLocale locale;
    return tr("%1 of %2 characters used", "@info:status comment length")
        .arg(locale.toString(int(d->text.size())), locale.toString(d->maximumLength));
}

bool CommentController::isAtLimit() const
{
    return d->text.size() >= d->maximumLength;
}

bool CommentController::submit()
{
    if (!d->rating || !d->rating->submitComment(d->text, d->selected))
        return false; // refused: the text stays, so nothing typed is lost
    Q_EMIT submitted();
    return true;
}

void CommentController::cancel()
{
    if (d->rating) {
        setText(d->rating->comment());
        setSelectedReasons(d->rating->reasons());
    }
    Q_EMIT cancelled();
}

QString CommentController::cutTo(const QString &text, int length)
{
    // Cutting between the two halves of a surrogate pair would leave invalid UTF-16 (and so
    // text that cannot become valid UTF-8 on the wire).
    QString cut = text.left(length);
    if (!cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    return cut;
}

QStringList CommentController::sanitizedReasons(const QStringList &reasons)
{
    QStringList kept;
    for (const QString &reason : reasons) {
        if (reason.trimmed().isEmpty() || reason.size() > maximumReasonLength
            || kept.contains(reason)) {
            qCWarning(lcComment) << "dropping reason" << reason.left(40)
                                 << "(empty, duplicate or longer than" << maximumReasonLength
                                 << "characters)";
            continue;
        }
        kept.append(reason);
    }
    return kept;
}

} // namespace FeedbackKit
