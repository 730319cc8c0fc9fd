#include "hookrecorder_p.h"

#include "actioncounters_p.h"

namespace FeedbackKit {

HookRecorder::HookRecorder(ClientBinding::LoggingCategory category)
    : m_category(category)
    , m_binding(category)
{ }

bool HookRecorder::setPaused(bool paused)
{
    if (m_paused == paused)
        return false;
    m_paused = paused;
    return true;
}

bool HookRecorder::isActive() const
{
    return !m_paused && !HookRegistry::instance()->isPaused();
}

bool HookRecorder::setFilter(HookFilter filter)
{
    if (!m_filter && !filter)
        return false;
    m_filter = std::move(filter);
    return true;
}

HookRecorder::Outcome HookRecorder::record(const Feedback &patch) const
{
    const Target target = m_binding.target();
    std::optional<Feedback> kept = patch;
    if (m_filter)
        kept = m_filter(target, patch);
    if (kept)
        kept = HookRegistry::instance()->applyFilter(target, *kept);
    if (!kept || kept->isEmpty()) {
        qCDebug(m_category) << "A filter dropped a signal for" << target.toString();
        return {};
    }
    Outcome outcome;
    if (!m_binding.writeIfBound(*kept, &outcome.error)) {
        outcome.refused = true;
        return outcome;
    }
    outcome.recorded = std::move(kept);
    return outcome;
}

int HookRecorder::nextCount(const QString &action) const
{
    return ActionCounters::instance().next(m_binding.client(), m_binding.target(),
                                           m_binding.channel(), action);
}

void HookRecorder::storeCount(const QString &action, int count)
{
    ActionCounters::instance().setValue(m_binding.target(), m_binding.channel(), action, count);
}

} // namespace FeedbackKit
