// CommentController: the rating controller it follows, the text and its cap, the reasons per
// sentiment and the chosen ones; then sending, cancelling, the keys, the counter, and the rules
// for the text and the reasons that every front end applies.

#include "commentcontroller.h"

#include "languagechangewatcher_p.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QScopedValueRollback>

#include <optional>

namespace FeedbackKit {

Q_LOGGING_CATEGORY(lcComment, "feedbackkit.comment", QtInfoMsg)

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

CommentController::CommentController(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<CommentControllerPrivate>())
{
    LanguageChangeWatcher::notify(this, &CommentController::counterChanged);
}

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
        // the box shows, key by key: reasons taken back by a thumb leave the typed text alone.
        connect(rating, &RatingController::commentChanged, this, &CommentController::followComment);
        connect(rating, &RatingController::reasonsChanged, this, &CommentController::followReasons);
        connect(rating, &RatingController::sentimentChanged, this, &CommentController::setOffered);
    }
    setOffered();
    followComment();
    followReasons();
    Q_EMIT ratingChanged(rating);
}

void CommentController::followComment()
{
    if (d->rating && !d->submitting)
        setText(d->rating->comment());
}

void CommentController::followReasons()
{
    if (d->rating && !d->submitting)
        setSelectedReasons(d->rating->reasons());
}

QString CommentController::text() const
{
    return d->text;
}

void CommentController::setText(const QString &text)
{
    if (text.size() > d->maximumLength)
        qCWarning(lcComment) << "CommentController: text cut to" << d->maximumLength
                             << "characters";
    storeText(cutTo(text, d->maximumLength));
}

void CommentController::storeText(const QString &text)
{
    if (d->text == text)
        return;
    d->text = text;
    Q_EMIT textChanged(text);
    Q_EMIT counterChanged();
}

int CommentController::maximumLength() const
{
    return d->maximumLength;
}

void CommentController::setMaximumLength(int length)
{
    if (length < 1 || length > maximumMaximumLength) {
        qCWarning(lcComment) << "CommentController: maximum length must be 1 ..."
                             << maximumMaximumLength << "got" << length;
        length = qBound(1, length, maximumMaximumLength);
    }
    if (d->maximumLength == length)
        return;
    d->maximumLength = length;
    Q_EMIT maximumLengthChanged(length);
    const QString cut = cutTo(d->text, length);
    if (cut == d->text)
        Q_EMIT counterChanged(); // the text stays, its counter does not
    storeText(cut);
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

CommentController::Sentiment CommentController::sentiment() const
{
    if (d->sentiment)
        return *d->sentiment;
    return d->rating ? d->rating->sentiment() : Sentiment::Neutral;
}

void CommentController::setSentiment(Sentiment sentiment)
{
    d->sentiment = sentiment;
    setOffered();
}

void CommentController::resetSentiment()
{
    d->sentiment.reset();
    setOffered();
}

QStringList CommentController::offeredReasons() const
{
    return d->offered;
}

// The one place the sentiment takes effect: the sentiment and the reasons it offers.
void CommentController::setOffered()
{
    const Sentiment sentiment = this->sentiment();
    const QStringList offered = d->offeredFor(sentiment);
    if (d->offered != offered) {
        d->offered = offered;
        Q_EMIT offeredReasonsChanged(offered);
        setSelectedReasons(d->selected); // drops what is no longer offered
    }
    // Last, as the widget always said it: a handler sees the reasons of the new sentiment.
    if (std::exchange(d->shownSentiment, sentiment) != sentiment)
        Q_EMIT sentimentChanged(sentiment);
}

QStringList CommentController::selectedReasons() const
{
    return d->selected;
}

void CommentController::setSelectedReasons(const QStringList &reasons)
{
    QStringList kept;
    for (const QString &reason : std::as_const(d->offered))
        if (reasons.contains(reason))
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

bool CommentController::submit()
{
    if (!d->rating)
        return false;
    bool sent = false;
    {
        const QScopedValueRollback quiet(d->submitting, true);
        sent = d->rating->submitComment(d->text, d->selected);
    }
    if (!sent)
        return false; // refused: the text and the reasons stay, so nothing typed is lost
    Q_EMIT submitted();
    return true;
}

void CommentController::cancel()
{
    setText(d->rating ? d->rating->comment() : QString());
    setSelectedReasons(d->rating ? d->rating->reasons() : QStringList());
    Q_EMIT cancelled();
}

bool CommentController::handleKey(int key, int modifiers)
{
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (enter && (modifiers & Qt::ControlModifier)) {
        submit();
        return true;
    }
    if (key == Qt::Key_Escape) {
        cancel();
        return true;
    }
    return false;
}

QString CommentController::counterText(const QLocale &locale) const
{
    //: characters used / characters allowed, under the comment field
    return tr("%1/%2", "@info:status comment length")
        .arg(locale.toString(int(d->text.size())), locale.toString(d->maximumLength));
}

QString CommentController::counterDescription(const QLocale &locale) const
{
    return tr("%1 of %2 characters used", "@info:status comment length")
        .arg(locale.toString(int(d->text.size())), locale.toString(d->maximumLength));
}

bool CommentController::isAtLimit() const
{
    return d->text.size() >= d->maximumLength;
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
            qCWarning(lcComment) << "CommentController: dropping reason" << reason.left(40)
                                 << "(empty, duplicate or longer than" << maximumReasonLength
                                 << "characters)";
            continue;
        }
        kept.append(reason);
    }
    return kept;
}

} // namespace FeedbackKit
