#pragma once

#include <FeedbackKit/Target>

#include <QHash>
#include <QList>
#include <QString>

namespace FeedbackKit {

/*!
 * \internal
 * \brief The running counts (copy_count, regenerate_count ...) per target and channel, shared
 * by every hook of the process.
 *
 * Several hooks may watch the same response (its text view and its Copy button); sharing the
 * count keeps them consistent without a Client. Bounded: past maxEntries the oldest entries
 * are forgotten (a bound hook then re-seeds from the Client's state; an unbound one restarts).
 */
class HookCounters
{
public:
    static constexpr qsizetype maxEntries = 4096;

    static HookCounters &instance();

    int value(const Target &target, Channel channel, const QString &action) const;
    void setValue(const Target &target, Channel channel, const QString &action, int count);
    void clear();

private:
    static QString keyOf(const Target &target, Channel channel, const QString &action);

    QHash<QString, int> m_counts;
    QList<QString> m_insertionOrder;
};

} // namespace FeedbackKit
