#include "clipboardwatcher_p.h"

#include "hookslogging_p.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPointer>

namespace FeedbackKit {

ClipboardWatcher::ClipboardWatcher(QObject *parent)
    : QObject(parent)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &ClipboardWatcher::onClipboardChanged);
}

ClipboardWatcher *ClipboardWatcher::instance()
{
    // Owned by the application object, which also owns the clipboard it listens to.
    static QPointer<ClipboardWatcher> watcher;
    if (!watcher)
        watcher = new ClipboardWatcher(QCoreApplication::instance());
    return watcher;
}

qint64 ClipboardWatcher::now()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.elapsed();
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
    const QString text = QGuiApplication::clipboard()->text();
    ClipboardClaimant *best = nullptr;
    int bestLevel = 0;
    for (ClipboardClaimant *claimant : std::as_const(m_claimants)) {
        const int level = claimant->claimLevel(text);
        if (level > bestLevel) {
            best = claimant;
            bestLevel = level;
        }
    }
    m_lastChange = { text, now(), best != nullptr };
    if (best) {
        qCDebug(lcHooks) << "Clipboard change claimed with certainty" << bestLevel;
        best->claim(text); // may remove claimants (a filter can do anything): called last
    }
}

std::optional<QString> ClipboardWatcher::takeUnclaimed(qint64 windowMs)
{
    // A cleared clipboard is nobody's copy.
    if (m_lastChange.claimed || m_lastChange.text.isEmpty() || now() - m_lastChange.at > windowMs)
        return std::nullopt;
    m_lastChange.claimed = true;
    return std::exchange(m_lastChange.text, QString());
}

bool ClipboardWatcher::isRepeat(const Target &target, const QString &text, qint64 windowMs)
{
    const size_t textHash = qHash(text);
    const qint64 at = now();
    const bool repeat = m_lastRecorded && m_lastRecorded->target == target
        && m_lastRecorded->textHash == textHash && at - m_lastRecorded->at <= windowMs;
    m_lastRecorded = Recorded { target, textHash, at };
    return repeat;
}

bool ClipboardWatcher::recordedRecently(const Target &target, qint64 windowMs) const
{
    return m_lastRecorded && m_lastRecorded->target == target
        && now() - m_lastRecorded->at <= windowMs;
}

} // namespace FeedbackKit
