#include "quickcopyhook.h"

#include "copyrule_p.h"
#include "quickhookslogging_p.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>

namespace FeedbackKit {

namespace {
bool isCopyKey(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        return true;
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    return event->key() == Qt::Key_Insert && modifiers == Qt::ControlModifier;
}
} // namespace

QuickCopyHook::QuickCopyHook(QObject *parent)
    : QuickHook(parent)
{
    ClipboardWatcher *watcher = ClipboardWatcher::instance();
    watcher->attach(QGuiApplication::clipboard(),
                    [] { return QGuiApplication::clipboard()->text(); });
    watcher->addClaimant(this);
}

QuickCopyHook::~QuickCopyHook()
{
    ClipboardWatcher::forget(this);
}

QQuickItem *QuickCopyHook::source() const
{
    return m_source;
}

void QuickCopyHook::setSource(QQuickItem *source)
{
    if (m_source == source)
        return;
    if (m_source)
        m_source->removeEventFilter(this);
    m_source = source;
    // The keys reach the item first through its filters: the selection is still there.
    if (source)
        source->installEventFilter(this);
    Q_EMIT sourceChanged();
}

QString QuickCopyHook::responseText() const
{
    return m_responseText;
}

void QuickCopyHook::setResponseText(const QString &text)
{
    if (m_responseText == text)
        return;
    m_responseText = text;
    Q_EMIT responseTextChanged();
}

int QuickCopyHook::correlationWindow() const
{
    return m_window;
}

void QuickCopyHook::setCorrelationWindow(int milliseconds)
{
    milliseconds = std::max(milliseconds, 0);
    if (m_window == milliseconds)
        return;
    m_window = milliseconds;
    Q_EMIT correlationWindowChanged();
}

bool QuickCopyHook::copy(const QString &text)
{
    QString copied = text;
    if (copied.isEmpty())
        copied = selectedText();
    if (copied.isEmpty())
        copied = wholeResponse();
    if (copied.isEmpty()) {
        qCDebug(lcQuickHooks) << "CopyHook::copy: nothing to copy";
        return false;
    }
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        // The change this makes is this copy: claimed here, recorded below, once.
        m_copying = copied;
        clipboard->setText(copied);
        m_copying.reset();
    }
    return recordCopy(copied);
}

bool QuickCopyHook::mayClaim() const
{
    if (!isActive() || !target().isValid())
        return false;
    return m_copying || !selectedText().isEmpty();
}

int QuickCopyHook::claimLevel(const QString &text) const
{
    if (m_copying)
        return Announced;
    if (text.isEmpty() || selectedText() != text)
        return NotMine;
    return m_source && m_source->hasActiveFocus() ? FocusedSelectionMatch : SelectionMatch;
}

void QuickCopyHook::claim(const QString &text)
{
    ClipboardWatcher::instance()->noteClaimedFor(target());
    if (!m_copying)
        recordCopy(text); // the shortcut may have recorded it already: CopyRule counts it once
}

bool QuickCopyHook::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_source && event->type() == QEvent::KeyPress
        && isCopyKey(static_cast<QKeyEvent *>(event))) {
        // The item copies its selection itself; without one it copies nothing.
        const QString selection = selectedText();
        if (!selection.isEmpty())
            recordCopy(selection);
    }
    return QuickHook::eventFilter(watched, event);
}

QString QuickCopyHook::selectedText() const
{
    // TextEdit, TextArea, TextInput and TextField have it; Text has no selection.
    return m_source ? m_source->property("selectedText").toString() : QString();
}

QString QuickCopyHook::wholeResponse() const
{
    if (!m_responseText.isEmpty())
        return m_responseText;
    return m_source ? m_source->property("text").toString() : QString();
}

bool QuickCopyHook::recordCopy(const QString &copied)
{
    const Target target = this->target();
    if (!isActive() || !target.isValid())
        return false;
    if (CopyRule::instance().isRepeat(target, copied, m_window)) {
        qCDebug(lcQuickHooks) << "Same copy seen twice for" << target.toString()
                              << "- counted once";
        return false;
    }
    const int count = nextCount(CopyRule::countKey);
    if (!record(CopyRule::patch(count, copied, wholeResponse())))
        return false;
    storeCount(CopyRule::countKey, count);
    return true;
}

} // namespace FeedbackKit
