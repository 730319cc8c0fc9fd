#include "edithook.h"

#include "edithook_p.h"
#include "hookslogging_p.h"
#include "textsource_p.h"

#include <QFocusEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace FeedbackKit {

EditHook::EditHook(QObject *parent)
    : AbstractHook(parent)
    , d(std::make_unique<EditHookPrivate>(this))
{
    // Edits belong to one response: a new target starts a new history.
    connect(this, &AbstractHook::targetChanged, this, [this] { d->resetHistory(); });
}

EditHook::~EditHook()
{
    // Deleted with its editor (its parent) or by the application: what was typed and not yet
    // committed is recorded now, from the text typed last.
    commit();
}

EditHook *EditHook::attach(QWidget *editor, const Target &target, Client *client, Channel channel)
{
    if (!target.isValid()) {
        qCWarning(lcHooks) << "EditHook::attach: invalid target for" << editor;
        return nullptr;
    }
    auto *hook = new EditHook(editor);
    if (!hook->addSource(editor)) {
        delete hook;
        return nullptr;
    }
    hook->bind(client, target, channel);
    return hook;
}

QString EditHook::originalText() const
{
    return d->tracker.originalText();
}

void EditHook::setOriginalText(const QString &text)
{
    if (!d->tracker.setOriginalText(text))
        return;
    d->resetHistory();
    Q_EMIT originalTextChanged(text);
}

int EditHook::maxEdits() const
{
    return d->tracker.maxEdits();
}

void EditHook::setMaxEdits(int count)
{
    if (d->tracker.setMaxEdits(count))
        Q_EMIT maxEditsChanged(d->tracker.maxEdits());
}

int EditHook::quietPeriod() const
{
    return d->quietTimer.interval();
}

void EditHook::setQuietPeriod(int milliseconds)
{
    milliseconds = std::max(milliseconds, 0);
    if (d->quietTimer.interval() == milliseconds)
        return;
    d->quietTimer.setInterval(milliseconds);
    if (milliseconds == 0)
        d->quietTimer.stop();
    Q_EMIT quietPeriodChanged(milliseconds);
}

bool EditHook::recordGroundTruth() const
{
    return d->tracker.recordGroundTruth();
}

void EditHook::setRecordGroundTruth(bool record)
{
    if (d->tracker.setRecordGroundTruth(record))
        Q_EMIT recordGroundTruthChanged(record);
}

qsizetype EditHook::maxValueBytes() const
{
    return d->tracker.maxValueBytes();
}

bool EditHook::commit()
{
    d->quietTimer.stop();
    const QObjectList sources = this->sources();
    QString text = d->typedText;
    // A widget being destroyed is no longer a text widget: its text cannot be read, but what
    // the user typed last can.
    if (!sources.isEmpty() && TextSource::isTextWidget(sources.first()))
        text = TextSource::plainText(sources.first());
    if (text.isNull() || !isActive() || !target().isValid())
        return false;
    const std::optional<Feedback> patch = d->tracker.patchFor(text, storedState());
    if (!patch || !record(*patch))
        return false;
    d->tracker.noteRecorded(text, *patch);
    return true;
}

bool EditHook::canWatch(QObject *source) const
{
    if (!sources().isEmpty()) {
        qCWarning(lcHooks) << "EditHook watches one editor; create one hook per response";
        return false;
    }
    return qobject_cast<QTextEdit *>(source) || qobject_cast<QPlainTextEdit *>(source)
        || qobject_cast<QLineEdit *>(source);
}

void EditHook::watch(QObject *source)
{
    if (d->tracker.originalText().isEmpty())
        setOriginalText(TextSource::plainText(source));
    source->installEventFilter(this);
    const auto changed = [this] { d->onTextChanged(); };
    if (auto *edit = qobject_cast<QTextEdit *>(source))
        connect(edit, &QTextEdit::textChanged, this, changed);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(source))
        connect(plain, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *line = qobject_cast<QLineEdit *>(source))
        connect(line, &QLineEdit::textEdited, this, changed);
}

bool EditHook::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        // The widget's own context menu takes the focus without ending the edit.
        if (static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            commit();
    } else if (event->type() == QEvent::DeferredDelete) {
        commit(); // the last moment the widget can still be read
    }
    return AbstractHook::eventFilter(watched, event);
}

} // namespace FeedbackKit
