#include "hookcounters_p.h"

namespace FeedbackKit {

HookCounters &HookCounters::instance()
{
    // Only touched from the UI thread, like the hooks themselves.
    static HookCounters counters;
    return counters;
}

QString HookCounters::keyOf(const Target &target, Channel channel, const QString &action)
{
    return target.toString() + QLatin1Char('/') + channelField(channel) + QLatin1Char('/') + action;
}

int HookCounters::value(const Target &target, Channel channel, const QString &action) const
{
    return m_counts.value(keyOf(target, channel, action), 0);
}

void HookCounters::setValue(const Target &target, Channel channel, const QString &action, int count)
{
    const QString key = keyOf(target, channel, action);
    if (!m_counts.contains(key)) {
        m_insertionOrder.append(key);
        if (m_insertionOrder.size() > maxEntries)
            m_counts.remove(m_insertionOrder.takeFirst());
    }
    m_counts.insert(key, count);
}

void HookCounters::clear()
{
    m_counts.clear();
    m_insertionOrder.clear();
}

} // namespace FeedbackKit
