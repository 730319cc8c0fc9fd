#include "edittracker_p.h"

#include "editpatch_p.h"

namespace FeedbackKit {

bool EditTracker::setOriginalText(const QString &text)
{
    if (m_originalText == text)
        return false;
    m_originalText = text;
    resetHistory();
    return true;
}

bool EditTracker::setMaxEdits(int count)
{
    count = std::max(count, 1);
    if (m_maxEdits == count)
        return false;
    m_maxEdits = count;
    return true;
}

bool EditTracker::setRecordGroundTruth(bool record)
{
    if (m_recordGroundTruth == record)
        return false;
    m_recordGroundTruth = record;
    return true;
}

qsizetype EditTracker::maxValueBytes() const
{
    return EditPatch(m_maxEdits).maxValueBytes();
}

std::optional<Feedback> EditTracker::patchFor(const QString &text,
                                              const Feedback &storedState) const
{
    if (text == baseline())
        return std::nullopt;
    QStringList previous = storedState.contains(u"edits") ? storedState.edits() : m_edits;
    return EditPatch(m_maxEdits, m_recordGroundTruth)
        .build(m_originalText, text, std::move(previous));
}

void EditTracker::noteRecorded(const QString &text, const Feedback &patch)
{
    m_lastRecorded = text;
    m_edits = patch.edits();
}

void EditTracker::resetHistory()
{
    m_lastRecorded.reset();
    m_edits.clear();
}

} // namespace FeedbackKit
