#include "quickregeneratehook.h"

#include "quickhookslogging_p.h"
#include "regeneraterule_p.h"

namespace FeedbackKit {

QuickRegenerateHook::QuickRegenerateHook(QObject *parent)
    : QuickHook(parent)
{ }

bool QuickRegenerateHook::advanceTarget() const
{
    return m_advanceTarget;
}

void QuickRegenerateHook::setAdvanceTarget(bool advance)
{
    if (m_advanceTarget == advance)
        return;
    m_advanceTarget = advance;
    Q_EMIT advanceTargetChanged();
}

Target QuickRegenerateHook::requestRegeneration()
{
    const Target oldTarget = target();
    if (!oldTarget.isValid()) {
        qCWarning(lcQuickHooks) << "RegenerateHook: no target to regenerate";
        return {};
    }
    if (isActive()) {
        const int count = nextCount(RegenerateRule::countKey);
        if (record(RegenerateRule::patch(count)))
            storeCount(RegenerateRule::countKey, count);
    }
    const Target newTarget = RegenerateRule::successorOf(oldTarget);
    if (m_advanceTarget)
        setTarget(newTarget);
    Q_EMIT regenerated(oldTarget, newTarget);
    return newTarget;
}

} // namespace FeedbackKit
