#include "clipboardwatcher_p.h"

#include "copyrule_p.h"

#include <QCoreApplication>
#include <QTimer>

namespace FeedbackKit {

ClipboardWatcher::ClipboardWatcher(QObject *parent)
    : QObject(parent)
{ }

void ClipboardWatcher::attach(QObject *clipboard, TextReader readText)
{
    if (!clipboard || clipboard == m_clipboard)
        return;
    if (m_clipboard)
        m_clipboard->disconnect(this);
    m_clipboard = clipboard;
    m_readText = std::move(readText);
    const int signal = clipboard->metaObject()->indexOfSignal("dataChanged()");
    QMetaObject::connect(clipboard, signal, this,
                         metaObject()->indexOfMethod("onClipboardChanged()"));
}

QString ClipboardWatcher::clipboardText() const
{
    return m_clipboard && m_readText ? m_readText() : QString();
}

namespace {
// Owned by the application object, which also owns the clipboard it listens to.
QPointer<ClipboardWatcher> &theWatcher()
{
    static QPointer<ClipboardWatcher> watcher;
    return watcher;
}
} // namespace

ClipboardWatcher *ClipboardWatcher::instance()
{
    if (!theWatcher())
        theWatcher() = new ClipboardWatcher(QCoreApplication::instance());
    return theWatcher();
}

void ClipboardWatcher::forget(ClipboardClaimant *claimant)
{
    // A hook may outlive the application object (and the watcher with it).
    if (ClipboardWatcher *watcher = theWatcher())
        watcher->removeClaimant(claimant);
}

qint64 ClipboardWatcher::now()
{
    return CopyRule::now();
}

void ClipboardWatcher::addClaimant(ClipboardClaimant *claimant)
{
    if (!m_claimants.contains(claimant))
        m_claimants.append(claimant);
}

void ClipboardWatcher::removeClaimant(ClipboardClaimant *claimant)
{
    m_claimants.removeAll(claimant);
}

void ClipboardWatcher::onClipboardChanged()
{
    const quint64 serial = m_lastChange.serial + 1;
    m_lastChange = { std::nullopt, serial, true, false, Target() };
    QTimer::singleShot(0, this, [this, serial] {
        if (m_lastChange.serial == serial)
            m_lastChange.fresh = false;
    });
    const bool wanted = std::any_of(m_claimants.cbegin(), m_claimants.cend(),
                                    [](const ClipboardClaimant *c) { return c->mayClaim(); });
    if (!wanted)
        return;
    const QString text = clipboardText();
    m_lastChange.text = text;
    ClipboardClaimant *best = nullptr;
    int bestLevel = 0;
    for (ClipboardClaimant *claimant : std::as_const(m_claimants)) {
        const int level = claimant->mayClaim() ? claimant->claimLevel(text) : 0;
        if (level > bestLevel) {
            best = claimant;
            bestLevel = level;
        }
    }
    if (best) {
        m_lastChange.claimed = true;
        best->claim(text); // may remove claimants (a filter can do anything): called last
    }
}

std::optional<QString> ClipboardWatcher::takeFreshUnclaimed()
{
    if (!m_lastChange.fresh || m_lastChange.claimed)
        return std::nullopt;
    // The change was just made by this application's own slot: reading it is local.
    const QString text = m_lastChange.text ? *m_lastChange.text : clipboardText();
    if (text.isEmpty())
        return std::nullopt; // a cleared clipboard is nobody's copy
    m_lastChange.claimed = true;
    return text;
}

bool ClipboardWatcher::freshChangeClaimedFor(const Target &target) const
{
    return m_lastChange.fresh && m_lastChange.claimed && m_lastChange.claimedFor == target;
}

void ClipboardWatcher::noteClaimedFor(const Target &target)
{
    m_lastChange.claimed = true;
    m_lastChange.claimedFor = target;
}

} // namespace FeedbackKit
