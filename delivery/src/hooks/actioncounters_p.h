#pragma once

#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QHash>
#include <QList>
#include <QString>

namespace FeedbackKit {

class Client;

/*!
 * \internal
 * \brief The running counts of implicit signals (copy_count, regenerate_count ...) per target
 * and channel, shared by every hook of the process, whatever front end made it.
 *
 * Several hooks may watch the same response (its text view and its Copy button); sharing the
 * count keeps them consistent without a Client. Bounded: past maxEntries the oldest entries
 * are forgotten (a bound hook then re-seeds from the Client's state; an unbound one restarts).
 */
class FEEDBACKKIT_DELIVERY_EXPORT ActionCounters
{
public:
    static constexpr qsizetype maxEntries = 4096;

    static ActionCounters &instance();

    /*!
     * The next value of \c actions.<action> for \a target: one more than the larger of the
     * count kept here and the one in \a client's stored state (when \a client is set).
     */
    int next(const Client *client, const Target &target, Channel channel,
             const QString &action) const;
    int value(const Target &target, Channel channel, const QString &action) const;
    void setValue(const Target &target, Channel channel, const QString &action, int count);
    void clear();

private:
    static QString keyOf(const Target &target, Channel channel, const QString &action);

    QHash<QString, int> m_counts;
    QList<QString> m_insertionOrder;
};

} // namespace FeedbackKit
