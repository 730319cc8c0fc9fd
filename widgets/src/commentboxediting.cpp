// CommentBox's editing: the editor and the counter rendering the controller's text and cap,
// Ctrl+Enter and Esc, submit and cancel. The rules are the CommentController's.

#include "commentbox_p.h"

#include <QKeyEvent>
#include <QStyle>

namespace FeedbackKit {

void CommentBox::submitComment()
{
    // A refused patch is reported (submitFailed) and the text stays, so nothing typed is lost.
    d->comment.submit();
}

void CommentBox::cancel()
{
    d->comment.cancel();
}

bool CommentBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (d->comment.handleKey(key->key(), int(key->modifiers())))
            return true;
    }
    return AbstractFeedbackWidget::eventFilter(watched, event);
}

void CommentBox::keyPressEvent(QKeyEvent *event)
{
    // Keys the chips and buttons leave unhandled arrive here.
    if (!d->comment.handleKey(event->key(), int(event->modifiers())))
        AbstractFeedbackWidget::keyPressEvent(event);
}

// The user typed: the editor keeps what the controller's cap keeps, cut where the cursor is.
void CommentBox::enforceLength()
{
    const QString current = d->editor->toPlainText();
    const QString capped = CommentController::cutTo(current, maximumLength());
    if (capped != current) {
        const int position = d->editor->textCursor().position();
        const QSignalBlocker quiet(d->editor);
        d->editor->setPlainText(capped);
        QTextCursor cursor = d->editor->textCursor();
        cursor.setPosition(qMin(position, int(capped.size())));
        d->editor->setTextCursor(cursor);
    }
    d->comment.setText(capped);
    updateCounter();
    Q_EMIT textChanged(text());
}

// The controller's text changed (set, stored, cancelled): the editor shows it.
void CommentBox::showText()
{
    if (d->editor->toPlainText() == d->comment.text())
        return;
    d->editor->setPlainText(d->comment.text()); // textChanged via enforceLength
    d->editor->moveCursor(QTextCursor::End);
}

void CommentBox::updateCounter()
{
    d->counter->setText(d->comment.counterText(locale()));
    d->counter->setAccessibleName(d->comment.counterDescription(locale()));
    // QSS can mark the full state: QLabel#commentCounter[atLimit="true"] { color: red; }
    const bool atLimit = d->comment.isAtLimit();
    if (d->counter->property("atLimit").toBool() != atLimit) {
        d->counter->setProperty("atLimit", atLimit);
        d->counter->style()->unpolish(d->counter);
        d->counter->style()->polish(d->counter);
    }
}

} // namespace FeedbackKit
