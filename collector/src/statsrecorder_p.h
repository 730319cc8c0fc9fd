#pragma once

// Private: the counters behind Collector::stats(), written by the server's thread and read from
// any thread.

#include "collectortypes.h"

#include <QMutex>

namespace FeedbackKit {

class StatsRecorder
{
public:
    void recordRequest();
    void recordReply(int status);
    void recordApplied(int writes);
    void recordDroppedBeforeApply();
    void recordDroppedAfterApply();
    void recordRejectedConnection();

    CollectorStats snapshot() const;
    void reset();

private:
    mutable QMutex m_mutex;
    CollectorStats m_stats;
};

} // namespace FeedbackKit
