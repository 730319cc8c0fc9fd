#include "ratingcontroller.h"

#include "clientbinding_p.h"
#include <FeedbackKit/Client>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>

#include <cmath>

namespace FeedbackKit {

Q_LOGGING_CATEGORY(lcRating, "feedbackkit.rating", QtInfoMsg)

namespace {
// The keys a rating front end edits, and so the keys undo puts back.
const QStringList ratingKeys = { QStringLiteral("rating"), QStringLiteral("score"),
                                 QStringLiteral("comment"), QStringLiteral("reasons") };

Feedback ratingKeysOf(const Feedback &state)
{
    Feedback kept;
    for (const QString &key : ratingKeys) {
        const QJsonValue value = state.value(key);
        if (!value.isUndefined() && !value.isNull())
            kept.setValue(key, value);
    }
    return kept;
}
} // namespace

class RatingControllerPrivate
{
public:
    ClientBinding binding { lcRating };
    Feedback state; // what the user sees
    Feedback beforeChange; // what undo puts back
    QTimer undoTimer;
    RatingController::FollowUp followUp = RatingController::FollowUp::AfterThumbsDown;
    bool undoAvailable = false;
};

using Rating = RatingController::Rating;
using Sentiment = RatingController::Sentiment;
using FollowUp = RatingController::FollowUp;

RatingController::RatingController(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<RatingControllerPrivate>())
{
    d->undoTimer.setSingleShot(true);
    d->undoTimer.setInterval(defaultUndoTimeout);
    connect(&d->undoTimer, &QTimer::timeout, this, [this] { setUndoAvailable(false); });
}

RatingController::~RatingController() = default;

Client *RatingController::client() const
{
    return d->binding.client();
}

void RatingController::setClient(Client *client)
{
    if (d->binding.setClient(this, client) && isBound())
        setState(d->binding.storedState());
}

Target RatingController::target() const
{
    return d->binding.target();
}

void RatingController::setTarget(const Target &target)
{
    if (d->binding.setTarget(this, target) && isBound())
        setState(d->binding.storedState());
}

Channel RatingController::channel() const
{
    return d->binding.channel();
}

void RatingController::setChannel(Channel channel)
{
    if (d->binding.setChannel(this, channel) && isBound())
        setState(d->binding.storedState());
}

void RatingController::bind(Client *client, const Target &target, Channel channel)
{
    if (d->binding.bind(this, client, target, channel) && isBound())
        setState(d->binding.storedState());
}

bool RatingController::isBound() const
{
    return d->binding.isBound();
}

Feedback RatingController::state() const
{
    return d->state;
}

void RatingController::setState(const Feedback &state)
{
    show(ratingKeysOf(state));
}

Rating RatingController::rating() const
{
    return ratingFrom(d->state.rating());
}

double RatingController::score() const
{
    return d->state.score().value_or(0);
}

QString RatingController::comment() const
{
    return d->state.comment().value_or(QString());
}

QStringList RatingController::reasons() const
{
    return d->state.reasons();
}

Sentiment RatingController::sentiment() const
{
    return sentimentFrom(d->state.rating());
}

FollowUp RatingController::followUp() const
{
    return d->followUp;
}

void RatingController::setFollowUp(FollowUp followUp)
{
    if (d->followUp == followUp)
        return;
    d->followUp = followUp;
    Q_EMIT followUpChanged(followUp);
}

int RatingController::undoTimeout() const
{
    return d->undoTimer.interval();
}

void RatingController::setUndoTimeout(int milliseconds)
{
    if (milliseconds < 0 || milliseconds > maximumUndoTimeout) {
        qCWarning(lcRating) << "RatingController: undo timeout must be 0 ..." << maximumUndoTimeout
                            << "ms, got" << milliseconds;
        milliseconds = qBound(0, milliseconds, maximumUndoTimeout);
    }
    if (d->undoTimer.interval() == milliseconds)
        return;
    d->undoTimer.setInterval(milliseconds);
    Q_EMIT undoTimeoutChanged(milliseconds);
}

bool RatingController::isUndoAvailable() const
{
    return d->undoAvailable;
}

bool RatingController::edit(const Feedback &userPatch)
{
    const Feedback before = d->state;
    Feedback patch = userPatch;
    // Reasons explain a rating: a thumb switched or taken back leaves them behind, out of
    // sight (the reasons of the other polarity replace them), so they go with it. Undo brings
    // them back.
    if (userPatch.contains(u"rating") && !before.reasons().isEmpty()
        && userPatch.rating() != before.rating())
        patch.setValue(u"reasons", QJsonValue());
    show(before.merged(patch));
    if (!submit(patch)) {
        // Nothing was queued: show what is really stored.
        show(before);
        Q_EMIT stateReplaced(d->state);
        return false;
    }
    d->beforeChange = before;
    setUndoAvailable(d->undoTimer.interval() > 0);
    if (patch.contains(u"rating"))
        askForFollowUp(patch.rating());
    return true;
}

bool RatingController::clickThumb(bool up)
{
    return edit(thumbPatch(d->state.rating(), up));
}

bool RatingController::chooseScore(double stars)
{
    if (qFuzzyCompare(1 + stars, 1 + score()))
        return false; // nothing changes
    return edit(scorePatch(stars));
}

bool RatingController::submitComment(const QString &comment, const QStringList &reasons)
{
    return edit(commentPatch(comment, reasons));
}

void RatingController::undo()
{
    if (!d->undoAvailable)
        return;
    // Every key a front end edits goes back to its old value, or is cleared if it had none.
    Feedback patch;
    for (const QString &key : ratingKeys) {
        const QJsonValue old = d->beforeChange.value(key);
        patch.setValue(key, old.isUndefined() ? QJsonValue() : old);
    }
    show(d->beforeChange);
    Q_EMIT stateReplaced(d->state);
    setUndoAvailable(false);
    submit(patch);
}

Feedback RatingController::thumbPatch(std::optional<bool> current, bool up)
{
    Feedback patch;
    // Clicking the active thumb takes the rating back.
    patch.setValue(u"rating", current == up ? QJsonValue() : QJsonValue(up));
    return patch;
}

double RatingController::starClick(double current, double clicked)
{
    // Clicking the value already set takes the stars back, as with the thumbs.
    return qFuzzyCompare(clicked, current) ? 0 : clicked;
}

double RatingController::snappedStars(double stars, double step, int maximum)
{
    if (!std::isfinite(stars) || step <= 0)
        return 0;
    const double clamped = qBound(0.0, stars, double(maximum));
    return std::round(clamped / step) * step;
}

double RatingController::starsForKey(double current, int key, double step, int maximum,
                                     bool rightToLeft)
{
    if (key == Qt::Key_Up || key == (rightToLeft ? Qt::Key_Left : Qt::Key_Right))
        return qMin(current + step, double(maximum));
    if (key == Qt::Key_Down || key == (rightToLeft ? Qt::Key_Right : Qt::Key_Left))
        return qMax(current - step, step);
    if (key == Qt::Key_Home)
        return step;
    if (key == Qt::Key_End)
        return maximum;
    if (key == Qt::Key_Backspace || key == Qt::Key_Delete || key == Qt::Key_0)
        return 0;
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && key - Qt::Key_0 <= maximum)
        return key - Qt::Key_0;
    return -1;
}

QString RatingController::starsText(double stars, int maximum, const QLocale &locale)
{
    // The widget's context, so the StarRating's translations serve every front end.
    if (stars <= 0)
        return QCoreApplication::translate("FeedbackKit::StarRating", "Not rated",
                                           "@info:status star rating");
    //: %1 is the number of stars given (may be 3.5), %2 the number of stars in all
    return QCoreApplication::translate("FeedbackKit::StarRating", "%1 of %2 stars",
                                       "@info:status star rating")
        .arg(locale.toString(stars), locale.toString(maximum));
}

Feedback RatingController::scorePatch(double stars)
{
    Feedback patch;
    patch.setValue(u"score", stars > 0 ? QJsonValue(stars) : QJsonValue());
    return patch;
}

Feedback RatingController::commentPatch(const QString &comment, const QStringList &reasons)
{
    Feedback patch;
    patch.setValue(u"comment", comment.isEmpty() ? QJsonValue() : QJsonValue(comment));
    patch.setValue(u"reasons",
                   reasons.isEmpty() ? QJsonValue()
                                     : QJsonValue(QJsonArray::fromStringList(reasons)));
    return patch;
}

Rating RatingController::ratingFrom(std::optional<bool> value)
{
    if (!value)
        return Rating::Unset;
    return *value ? Rating::Up : Rating::Down;
}

Sentiment RatingController::sentimentFrom(std::optional<bool> rating)
{
    if (!rating)
        return Sentiment::Neutral;
    return *rating ? Sentiment::Positive : Sentiment::Negative;
}

bool RatingController::submit(const Feedback &patch)
{
    Q_EMIT edited(patch);
    QString error;
    if (d->binding.writeIfBound(patch, &error))
        return true;
    Q_EMIT submitFailed(error);
    return false;
}

void RatingController::show(const Feedback &state)
{
    const Feedback before = std::exchange(d->state, state);
    if (before.rating() != state.rating()) { // the sentiment follows the rating
        Q_EMIT ratingChanged(rating());
        Q_EMIT sentimentChanged(sentiment());
    }
    if (before.score() != state.score())
        Q_EMIT scoreChanged(score());
    if (before.comment() != state.comment())
        Q_EMIT commentChanged(comment());
    if (before.reasons() != state.reasons())
        Q_EMIT reasonsChanged(reasons());
}

void RatingController::setUndoAvailable(bool available)
{
    if (available)
        d->undoTimer.start(); // every change restarts the window
    else
        d->undoTimer.stop();
    if (d->undoAvailable == available)
        return;
    d->undoAvailable = available;
    Q_EMIT undoAvailableChanged(available);
}

void RatingController::askForFollowUp(std::optional<bool> rating)
{
    const bool wanted = rating.has_value()
        && ((*rating == false && d->followUp != FollowUp::NoFollowUp)
            || d->followUp == FollowUp::AfterAnyThumb);
    if (wanted)
        Q_EMIT followUpRequested();
}

} // namespace FeedbackKit
