// CommentBox's editing: the length cap and its counter, Ctrl+Enter and Esc, submit and cancel.

#include "commentbox_p.h"

#include "widgetslogging_p.h"
#include <FeedbackKit/RatingController>

#include <QStyle>

namespace FeedbackKit {

using namespace CommentText;

void CommentBox::submitComment()
{
    if (!submit(RatingController::commentPatch(text(), selectedReasons())))
        return; // the error was reported; keep the text so nothing typed is lost
    d->submitted = feedbackState();
    Q_EMIT submitted();
}

void CommentBox::cancel()
{
    setText(d->submitted.comment().value_or(QString()));
    setSelectedReasons(d->submitted.reasons());
    Q_EMIT cancelled();
}

bool CommentBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isSubmitKey(key)) {
            submitComment();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            cancel();
            return true;
        }
    }
    return AbstractFeedbackWidget::eventFilter(watched, event);
}

void CommentBox::keyPressEvent(QKeyEvent *event)
{
    // Keys the chips and buttons leave unhandled arrive here.
    if (isSubmitKey(event))
        submitComment();
    else if (event->key() == Qt::Key_Escape)
        cancel();
    else
        AbstractFeedbackWidget::keyPressEvent(event);
}

void CommentBox::enforceLength()
{
    const QString current = text();
    if (current.size() > d->maximumLength) {
        const int position = d->editor->textCursor().position();
        const QSignalBlocker quiet(d->editor);
        d->editor->setPlainText(cutTo(current, d->maximumLength));
        QTextCursor cursor = d->editor->textCursor();
        cursor.setPosition(qMin(position, int(text().size())));
        d->editor->setTextCursor(cursor);
    }
    updateCounter();
    Q_EMIT textChanged(text());
}

void CommentBox::updateCounter()
{
    const int used = int(text().size());
    //: characters used / characters allowed, under the comment field
    d->counter->setText(tr("%1/%2", "@info:status comment length")
                            .arg(locale().toString(used), locale().toString(d->maximumLength)));
    d->counter->setAccessibleName(
        tr("%1 of %2 characters used", "@info:status comment length")
            .arg(locale().toString(used), locale().toString(d->maximumLength)));
    // QSS can mark the full state: QLabel#commentCounter[atLimit="true"] { color: red; }
    const bool atLimit = used >= d->maximumLength;
    if (d->counter->property("atLimit").toBool() != atLimit) {
        d->counter->setProperty("atLimit", atLimit);
        d->counter->style()->unpolish(d->counter);
        d->counter->style()->polish(d->counter);
    }
}

} // namespace FeedbackKit
