#include "copyhook_p.h"

#include "copyrule_p.h"
#include "hookslogging_p.h"
#include "textsource_p.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>

namespace FeedbackKit {

CopyHookPrivate::CopyHookPrivate(CopyHook *q)
    : q(q)
{
    actionFallback.setSingleShot(true);
    QObject::connect(&actionFallback, &QTimer::timeout, q, [this] {
        if (armedBy != Trigger::Action)
            return;
        disarm();
        recordCopy(std::nullopt);
    });
    ClipboardWatcher *watcher = ClipboardWatcher::instance();
    watcher->attach(QGuiApplication::clipboard(),
                    [] { return QGuiApplication::clipboard()->text(); });
    watcher->addClaimant(this);
}

CopyHookPrivate::~CopyHookPrivate()
{
    ClipboardWatcher::forget(this);
}

bool CopyHookPrivate::mayClaim() const
{
    if (!q->isActive() || !q->target().isValid())
        return false;
    if (isArmed())
        return true;
    const QObjectList sources = q->sources();
    return std::any_of(sources.cbegin(), sources.cend(), TextSource::hasSelection);
}

int CopyHookPrivate::claimLevel(const QString &text) const
{
    if (isArmed())
        return Announced;
    if (text.isEmpty() || !sourceHolds(text))
        return NotMine;
    return sourceHasFocus() ? FocusedSelectionMatch : SelectionMatch;
}

void CopyHookPrivate::claim(const QString &text)
{
    disarm();
    ClipboardWatcher::instance()->noteClaimedFor(q->target());
    recordCopy(text);
}

void CopyHookPrivate::arm(Trigger trigger)
{
    if (!q->isActive() || !q->target().isValid())
        return;
    // An action's other slots may run before ours and have changed the clipboard already
    // (keys and menu entries reach the hook before the widget copies): that change is this
    // trigger's copy, already counted if a hook of this target claimed it.
    if (trigger == Trigger::Action) {
        ClipboardWatcher *watcher = ClipboardWatcher::instance();
        if (watcher->freshChangeClaimedFor(q->target()))
            return;
        if (std::optional<QString> text = watcher->takeFreshUnclaimed()) {
            claim(*text);
            return;
        }
    }
    armedBy = trigger;
    armedAt = ClipboardWatcher::now();
    if (trigger == Trigger::Action)
        actionFallback.start(window);
}

void CopyHookPrivate::disarm()
{
    armedBy = Trigger::None;
    actionFallback.stop();
}

bool CopyHookPrivate::isArmed() const
{
    return armedBy != Trigger::None && ClipboardWatcher::now() - armedAt <= window;
}

void CopyHookPrivate::observeContextMenu()
{
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    if (!menu || menu == observedMenu)
        return;
    observedMenu = menu;
    // QMenu::triggered comes before the slots connected to the entry (the widget's copy()).
    QObject::connect(menu, &QMenu::triggered, q,
                     [this](QAction *action) { onMenuTriggered(action); });
}

void CopyHookPrivate::onMenuTriggered(QAction *action)
{
    if (TextSource::isCopyAction(action))
        arm(Trigger::ContextMenu);
}

bool CopyHookPrivate::sourceHolds(const QString &text) const
{
    const QObjectList sources = q->sources();
    return std::any_of(sources.cbegin(), sources.cend(), [&text](const QObject *source) {
        return TextSource::hasSelection(source) && TextSource::selectedText(source) == text;
    });
}

bool CopyHookPrivate::sourceHasFocus() const
{
    const QObjectList sources = q->sources();
    return std::any_of(sources.cbegin(), sources.cend(), TextSource::hasFocus);
}

QString CopyHookPrivate::wholeResponse() const
{
    if (!responseText.isEmpty())
        return responseText;
    for (QObject *source : q->sources()) {
        if (TextSource::isTextWidget(source))
            return TextSource::plainText(source);
    }
    return {};
}

void CopyHookPrivate::recordCopy(const std::optional<QString> &copied)
{
    const Target target = q->target();
    if (CopyRule::instance().isRepeat(target, copied.value_or(QString()), window)) {
        qCDebug(lcHooks) << "Same copy seen twice for" << target.toString() << "- counted once";
        return;
    }
    const int count = q->nextCount(CopyRule::countKey);
    const QString whole = copied && !copied->isEmpty() ? wholeResponse() : QString();
    if (q->record(CopyRule::patch(count, copied, whole)))
        q->storeCount(CopyRule::countKey, count);
}

} // namespace FeedbackKit
