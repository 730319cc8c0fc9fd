#include "actioncounters_p.h"

#include <FeedbackKit/Client>

namespace FeedbackKit {

ActionCounters &ActionCounters::instance()
{
    // Only touched from the UI thread, like the hooks themselves.
    static ActionCounters counters;
    return counters;
}

QString ActionCounters::keyOf(const Target &target, Channel channel, const QString &action)
{
    return target.toString() + QLatin1Char('/') + channelField(channel) + QLatin1Char('/') + action;
}

int ActionCounters::next(const Client *client, const Target &target, Channel channel,
                         const QString &action) const
{
    const int kept = value(target, channel, action);
    const int stored = client && target.isValid()
        ? client->state(target, channel).actions().value(action).toInt(0)
        : 0;
    return std::max(kept, stored) + 1;
}

int ActionCounters::value(const Target &target, Channel channel, const QString &action) const
{
    return m_counts.value(keyOf(target, channel, action), 0);
}

void ActionCounters::setValue(const Target &target, Channel channel, const QString &action,
                              int count)
{
    const QString key = keyOf(target, channel, action);
    if (!m_counts.contains(key)) {
        m_insertionOrder.append(key);
        if (m_insertionOrder.size() > maxEntries)
            m_counts.remove(m_insertionOrder.takeFirst());
    }
    m_counts.insert(key, count);
}

void ActionCounters::clear()
{
    m_counts.clear();
    m_insertionOrder.clear();
}

} // namespace FeedbackKit
