#include "statsrecorder_p.h"

namespace FeedbackKit {

void StatsRecorder::recordRequest()
{
    QMutexLocker lock(&m_mutex);
    ++m_stats.requests;
}

void StatsRecorder::recordReply(int status)
{
    QMutexLocker lock(&m_mutex);
    ++m_stats.byStatus[status];
}

void StatsRecorder::recordApplied(int writes)
{
    QMutexLocker lock(&m_mutex);
    m_stats.appliedWrites += writes;
}

void StatsRecorder::recordDroppedBeforeApply()
{
    QMutexLocker lock(&m_mutex);
    ++m_stats.droppedBeforeApply;
}

void StatsRecorder::recordDroppedAfterApply()
{
    QMutexLocker lock(&m_mutex);
    ++m_stats.droppedAfterApply;
}

void StatsRecorder::recordRejectedConnection()
{
    QMutexLocker lock(&m_mutex);
    ++m_stats.rejectedConnections;
}

CollectorStats StatsRecorder::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

void StatsRecorder::reset()
{
    QMutexLocker lock(&m_mutex);
    m_stats = {};
}

} // namespace FeedbackKit
