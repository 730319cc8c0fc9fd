#include "commentbox_p.h"

#include "reasonchips_p.h"
#include <FeedbackKit/Client>

#include <QBoxLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>

namespace FeedbackKit {

namespace {
// A comment is a few lines; QPlainTextEdit's own size hint is a whole page.
class CommentEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    QSize sizeHint() const override
    {
        const int lines = 4;
        const int height = fontMetrics().lineSpacing() * lines + 2 * frameWidth()
            + int(2 * document()->documentMargin());
        return { QPlainTextEdit::sizeHint().width(), height };
    }
};
} // namespace

CommentBox::CommentBox(QWidget *parent)
    : AbstractFeedbackWidget(parent)
    , d(std::make_unique<CommentBoxPrivate>())
{
    d->chips = new ReasonChips(this);
    d->chips->hide();
    d->editor = new CommentEdit(this);
    d->editor->setObjectName(QStringLiteral("commentEdit"));
    d->editor->setTabChangesFocus(true);
    d->editor->installEventFilter(this);
    d->counter = new QLabel(this);
    d->counter->setObjectName(QStringLiteral("commentCounter"));
    d->send = new QPushButton(this);
    d->send->setObjectName(QStringLiteral("sendButton"));
    d->cancel = new QPushButton(this);
    d->cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(d->counter);
    buttons->addStretch();
    buttons->addWidget(d->cancel);
    buttons->addWidget(d->send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->chips);
    layout->addWidget(d->editor);
    layout->addLayout(buttons);
    setFocusProxy(d->editor);

    connect(d->editor, &QPlainTextEdit::textChanged, this, &CommentBox::enforceLength);
    connect(d->send, &QPushButton::clicked, this, &CommentBox::submitComment);
    connect(d->cancel, &QPushButton::clicked, this, &CommentBox::cancel);
    connectController();
    retranslate();
    updateCounter();
}

void CommentBox::connectController()
{
    d->rating.setUndoTimeout(0); // the box offers no undo
    d->comment.setRating(&d->rating);
    d->comment.setSentiment(RatingController::Sentiment::Neutral); // the box's property decides
    // The box's binding is its rating controller's; the widget refuses invalid targets first.
    connect(this, &AbstractFeedbackWidget::clientChanged, &d->rating, &RatingController::setClient);
    connect(this, &AbstractFeedbackWidget::targetChanged, &d->rating, &RatingController::setTarget);
    connect(this, &AbstractFeedbackWidget::channelChanged, &d->rating,
            &RatingController::setChannel);
    connect(&d->rating, &RatingController::edited, this, &AbstractFeedbackWidget::feedbackEdited);
    connect(&d->rating, &RatingController::submitFailed, this,
            &AbstractFeedbackWidget::submitFailed);

    CommentController *comment = &d->comment;
    connect(comment, &CommentController::textChanged, this, &CommentBox::showText);
    connect(comment, &CommentController::counterChanged, this, &CommentBox::updateCounter);
    connect(comment, &CommentController::maximumLengthChanged, this, [this](int length) {
        enforceLength(); // cuts the editor where the cursor is, before the controller would
        Q_EMIT maximumLengthChanged(length);
    });
    connect(comment, &CommentController::positiveReasonsChanged, this,
            &CommentBox::positiveReasonsChanged);
    connect(comment, &CommentController::negativeReasonsChanged, this,
            &CommentBox::negativeReasonsChanged);
    connect(comment, &CommentController::offeredReasonsChanged, d->chips,
            &ReasonChips::setReasons); // emits selectionChanged if a chosen reason went away
    connect(d->chips, &ReasonChips::selectionChanged, comment,
            [this] { d->comment.setSelectedReasons(d->chips->selected()); });
    connect(comment, &CommentController::selectedReasonsChanged, this,
            [this](const QStringList &reasons) {
                d->chips->setSelected(reasons);
                Q_EMIT selectedReasonsChanged(reasons);
            });
    connect(comment, &CommentController::sentimentChanged, this,
            [this] { Q_EMIT sentimentChanged(sentiment()); });
    connect(comment, &CommentController::submitted, this, &CommentBox::submitted);
    connect(comment, &CommentController::cancelled, this, &CommentBox::cancelled);
}

CommentBox::~CommentBox() = default;

QString CommentBox::text() const
{
    return d->comment.text();
}

void CommentBox::setText(const QString &text)
{
    d->comment.setText(text); // cut with a warning; shown through showText()
}

QString CommentBox::placeholderText() const
{
    return d->editor->placeholderText();
}

void CommentBox::setPlaceholderText(const QString &text)
{
    if (d->placeholder == text)
        return;
    d->placeholder = text;
    retranslate();
    Q_EMIT placeholderTextChanged(placeholderText());
}

int CommentBox::maximumLength() const
{
    return d->comment.maximumLength();
}

void CommentBox::setMaximumLength(int length)
{
    d->comment.setMaximumLength(length);
}

QStringList CommentBox::positiveReasons() const
{
    return d->comment.positiveReasons();
}

void CommentBox::setPositiveReasons(const QStringList &reasons)
{
    d->comment.setPositiveReasons(reasons);
}

QStringList CommentBox::negativeReasons() const
{
    return d->comment.negativeReasons();
}

void CommentBox::setNegativeReasons(const QStringList &reasons)
{
    d->comment.setNegativeReasons(reasons);
}

// The widget's enum mirrors the controller's, value for value.
static_assert(int(CommentBox::Sentiment::Neutral) == int(RatingController::Sentiment::Neutral)
              && int(CommentBox::Sentiment::Positive) == int(RatingController::Sentiment::Positive)
              && int(CommentBox::Sentiment::Negative)
                  == int(RatingController::Sentiment::Negative));

CommentBox::Sentiment CommentBox::sentiment() const
{
    return Sentiment(int(d->comment.sentiment()));
}

void CommentBox::setSentiment(Sentiment sentiment)
{
    d->comment.setSentiment(RatingController::Sentiment(int(sentiment)));
}

QStringList CommentBox::selectedReasons() const
{
    return d->comment.selectedReasons();
}

void CommentBox::setSelectedReasons(const QStringList &reasons)
{
    d->comment.setSelectedReasons(reasons);
}

Feedback CommentBox::feedbackState() const
{
    Feedback state;
    if (!text().isEmpty())
        state.setComment(text());
    if (!selectedReasons().isEmpty())
        state.setReasons(selectedReasons());
    return state;
}

void CommentBox::setFeedbackState(const Feedback &state)
{
    setText(state.comment().value_or(QString()));
    setSelectedReasons(state.reasons());
    d->rating.setState(feedbackState()); // what Esc goes back to
}

void CommentBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    AbstractFeedbackWidget::changeEvent(event);
}

void CommentBox::retranslate()
{
    d->editor->setPlaceholderText(d->placeholder.isEmpty()
                                      ? tr("Tell us more (optional)", "@info:placeholder comment")
                                      : d->placeholder);
    d->editor->setAccessibleName(tr("Comment", "@label comment field"));
    d->chips->setAccessibleName(tr("Reasons", "@label reason chips"));
    d->send->setText(tr("Send", "@action:button submit the comment"));
    d->send->setToolTip(tr("Send the comment (Ctrl+Enter)", "@info:tooltip"));
    d->cancel->setText(tr("Cancel", "@action:button discard the comment"));
    d->cancel->setToolTip(tr("Discard changes (Esc)", "@info:tooltip"));
    updateCounter();
}

// CommentBox's editing: the editor and the counter rendering the controller's text and cap,
// Ctrl+Enter and Esc, submit and cancel. The rules are the CommentController's.

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
