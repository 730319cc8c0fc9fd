#include "commentbox_p.h"

#include "reasonchips_p.h"
#include "widgetslogging_p.h"

#include <QBoxLayout>
#include <QEvent>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>

namespace FeedbackKit {

namespace {
// Well below Limits::maxStringBytes even when every character takes four UTF-8 bytes.
constexpr int maximumMaximumLength = 16384;
constexpr qsizetype maximumReasonLength = 256;

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

using namespace CommentText;

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
    connect(d->chips, &ReasonChips::selectionChanged, this,
            [this] { Q_EMIT selectedReasonsChanged(selectedReasons()); });
    connect(d->send, &QPushButton::clicked, this, &CommentBox::submitComment);
    connect(d->cancel, &QPushButton::clicked, this, &CommentBox::cancel);
    retranslate();
    updateCounter();
}

CommentBox::~CommentBox() = default;

QString CommentBox::text() const
{
    return d->editor->toPlainText();
}

void CommentBox::setText(const QString &text)
{
    if (text == this->text())
        return;
    if (text.size() > d->maximumLength)
        qCWarning(lcWidgets) << "CommentBox: text cut to" << d->maximumLength << "characters";
    d->editor->setPlainText(cutTo(text, d->maximumLength)); // textChanged via enforceLength
    d->editor->moveCursor(QTextCursor::End);
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
    return d->maximumLength;
}

void CommentBox::setMaximumLength(int length)
{
    if (length < 1 || length > maximumMaximumLength) {
        qCWarning(lcWidgets) << "CommentBox: maximum length must be 1 ..." << maximumMaximumLength
                             << "got" << length;
        length = qBound(1, length, maximumMaximumLength);
    }
    if (d->maximumLength == length)
        return;
    d->maximumLength = length;
    enforceLength();
    Q_EMIT maximumLengthChanged(length);
}

static QStringList sanitizedReasons(const QStringList &reasons)
{
    QStringList kept;
    for (const QString &reason : reasons) {
        if (reason.trimmed().isEmpty() || reason.size() > maximumReasonLength
            || kept.contains(reason)) {
            qCWarning(lcWidgets) << "CommentBox: dropping reason" << reason.left(40)
                                 << "(empty, duplicate or longer than" << maximumReasonLength
                                 << ")";
            continue;
        }
        kept.append(reason);
    }
    return kept;
}

QStringList CommentBox::positiveReasons() const
{
    return d->positive;
}

void CommentBox::setPositiveReasons(const QStringList &reasons)
{
    const QStringList kept = sanitizedReasons(reasons);
    if (d->positive == kept)
        return;
    d->positive = kept;
    updateChips();
    Q_EMIT positiveReasonsChanged(kept);
}

QStringList CommentBox::negativeReasons() const
{
    return d->negative;
}

void CommentBox::setNegativeReasons(const QStringList &reasons)
{
    const QStringList kept = sanitizedReasons(reasons);
    if (d->negative == kept)
        return;
    d->negative = kept;
    updateChips();
    Q_EMIT negativeReasonsChanged(kept);
}

CommentBox::Sentiment CommentBox::sentiment() const
{
    return d->sentiment;
}

void CommentBox::setSentiment(Sentiment sentiment)
{
    if (d->sentiment == sentiment)
        return;
    d->sentiment = sentiment;
    updateChips();
    Q_EMIT sentimentChanged(sentiment);
}

QStringList CommentBox::selectedReasons() const
{
    return d->chips->selected();
}
void CommentBox::setSelectedReasons(const QStringList &reasons)
{
    d->chips->setSelected(reasons);
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
    d->submitted = feedbackState();
}

void CommentBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    AbstractFeedbackWidget::changeEvent(event);
}

void CommentBox::updateChips()
{
    d->chips->setReasons(d->offered()); // emits selectionChanged if a selected reason went away
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

} // namespace FeedbackKit
