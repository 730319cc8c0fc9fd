#include "copyhook.h"

#include "copyhook_p.h"
#include "hookslogging_p.h"
#include "textsource_p.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QKeyEvent>

namespace FeedbackKit {

CopyHook::CopyHook(QObject *parent)
    : AbstractHook(parent)
    , d(std::make_unique<CopyHookPrivate>(this))
{ }

CopyHook::~CopyHook() = default;

CopyHook *CopyHook::attach(QObject *source, const Target &target, Client *client, Channel channel)
{
    if (!target.isValid()) {
        qCWarning(lcHooks) << "CopyHook::attach: invalid target for" << source;
        return nullptr;
    }
    auto *hook = new CopyHook(source);
    if (!hook->addSource(source)) {
        delete hook;
        return nullptr;
    }
    hook->bind(client, target, channel);
    return hook;
}

QString CopyHook::responseText() const
{
    return d->responseText;
}

void CopyHook::setResponseText(const QString &text)
{
    if (d->responseText == text)
        return;
    d->responseText = text;
    Q_EMIT responseTextChanged(text);
}

int CopyHook::correlationWindow() const
{
    return d->window;
}

void CopyHook::setCorrelationWindow(int milliseconds)
{
    milliseconds = std::max(milliseconds, 0);
    if (d->window == milliseconds)
        return;
    d->window = milliseconds;
    Q_EMIT correlationWindowChanged(milliseconds);
}

bool CopyHook::canWatch(QObject *source) const
{
    return TextSource::isTextWidget(source) || qobject_cast<QAction *>(source)
        || qobject_cast<QAbstractButton *>(source);
}

void CopyHook::watch(QObject *source)
{
    if (auto *action = qobject_cast<QAction *>(source)) {
        connect(action, &QAction::triggered, this,
                [this] { d->arm(CopyHookPrivate::Trigger::Action); });
        return;
    }
    if (auto *button = qobject_cast<QAbstractButton *>(source)) {
        connect(button, &QAbstractButton::clicked, this,
                [this] { d->arm(CopyHookPrivate::Trigger::Action); });
        return;
    }
    // Keys reach the text widget; a scroll area's context-menu events reach its viewport.
    source->installEventFilter(this);
    if (QWidget *viewport = TextSource::viewportOf(source))
        viewport->installEventFilter(this);
}

void CopyHook::unwatch(QObject *source)
{
    if (QWidget *viewport = TextSource::viewportOf(source))
        viewport->removeEventFilter(this);
    AbstractHook::unwatch(source);
}

bool CopyHook::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
        if (TextSource::isCopyKey(static_cast<QKeyEvent *>(event)))
            d->arm(CopyHookPrivate::Trigger::Shortcut);
        break;
    case QEvent::ContextMenu:
        // The widget opens its menu after this filter returns (and may not open one at all):
        // look for it once the event is handled.
        QTimer::singleShot(0, this, [this] { d->observeContextMenu(); });
        break;
    default:
        break;
    }
    return AbstractHook::eventFilter(watched, event);
}

} // namespace FeedbackKit
