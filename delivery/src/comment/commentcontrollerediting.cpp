// CommentController's editing: sending and cancelling, the keys, the counter, and the rules for
// the text and the reasons that every front end applies.

#include "commentcontroller_p.h"

#include <QScopedValueRollback>

namespace FeedbackKit {

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
