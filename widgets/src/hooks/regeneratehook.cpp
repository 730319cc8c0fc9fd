#include "regeneratehook.h"

#include "hookslogging_p.h"
#include "regeneraterule_p.h"

#include <QAbstractButton>
#include <QAction>

namespace FeedbackKit {

class RegenerateHookPrivate
{
public:
    bool advanceTarget = true;
};

RegenerateHook::RegenerateHook(QObject *parent)
    : AbstractHook(parent)
    , d(std::make_unique<RegenerateHookPrivate>())
{ }

RegenerateHook::~RegenerateHook() = default;

RegenerateHook *RegenerateHook::attach(QObject *source, const Target &target, Client *client,
                                       Channel channel)
{
    if (!target.isValid()) {
        qCWarning(lcHooks) << "RegenerateHook::attach: invalid target for" << source;
        return nullptr;
    }
    auto *hook = new RegenerateHook(source);
    if (!hook->addSource(source)) {
        delete hook;
        return nullptr;
    }
    hook->bind(client, target, channel);
    return hook;
}

bool RegenerateHook::advanceTarget() const
{
    return d->advanceTarget;
}

void RegenerateHook::setAdvanceTarget(bool advance)
{
    if (d->advanceTarget == advance)
        return;
    d->advanceTarget = advance;
    Q_EMIT advanceTargetChanged(advance);
}

void RegenerateHook::requestRegeneration()
{
    const Target oldTarget = target();
    if (!oldTarget.isValid()) {
        qCWarning(lcHooks) << "RegenerateHook: no target to regenerate";
        return;
    }
    if (isActive()) {
        const int count = nextCount(RegenerateRule::countKey);
        if (record(RegenerateRule::patch(count)))
            storeCount(RegenerateRule::countKey, count);
    }
    const Target newTarget = RegenerateRule::successorOf(oldTarget);
    if (d->advanceTarget)
        setTarget(newTarget);
    Q_EMIT regenerated(oldTarget, newTarget);
}

bool RegenerateHook::canWatch(QObject *source) const
{
    return qobject_cast<QAction *>(source) || qobject_cast<QAbstractButton *>(source);
}

void RegenerateHook::watch(QObject *source)
{
    if (auto *action = qobject_cast<QAction *>(source))
        connect(action, &QAction::triggered, this, &RegenerateHook::requestRegeneration);
    else if (auto *button = qobject_cast<QAbstractButton *>(source))
        connect(button, &QAbstractButton::clicked, this, &RegenerateHook::requestRegeneration);
}

} // namespace FeedbackKit
