#include "edittracker_p.h"

#include "editpatch_p.h"

namespace FeedbackKit {

namespace {
// What EditPatch sets only when it holds (a cut value, a bounded distance), and the value that
// says it does not: absent from the patch of an edit where it does not hold.
struct Flag
{
    QString key;
    bool cleared;
};
const Flag flags[] { { QStringLiteral("edit_truncated"), false },
                     { QStringLiteral("edit_distance_exact"), true } };

bool isRaised(const QJsonObject &actions, const Flag &flag)
{
    const QJsonValue value = actions.value(flag.key);
    return value.isBool() && value.toBool() != flag.cleared;
}
} // namespace

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
    const bool bound = storedState.contains(u"edits");
    QStringList previous = bound ? storedState.edits() : m_edits;
    Feedback patch = EditPatch(m_maxEdits, m_recordGroundTruth)
                         .build(m_originalText, text, std::move(previous));
    clearStaleFlags(patch, bound ? storedState.actions() : m_recordedActions);
    return patch;
}

void EditTracker::clearStaleFlags(Feedback &patch, const QJsonObject &before)
{
    // A patch merges into the state: a flag an earlier edit raised stays unless this one says
    // otherwise. It says so with the value (not a null removal): a server that replaces the
    // actions object whole would store the null, and null is not "exact" or "not cut".
    const QJsonObject now = patch.actions();
    for (const Flag &flag : flags) {
        if (isRaised(before, flag) && !now.contains(flag.key))
            patch.setAction(flag.key, flag.cleared);
    }
}

void EditTracker::noteRecorded(const QString &text, const Feedback &patch)
{
    m_lastRecorded = text;
    m_edits = patch.edits();
    m_recordedActions = {};
    const QJsonObject actions = patch.actions();
    for (const Flag &flag : flags) {
        if (isRaised(actions, flag))
            m_recordedActions.insert(flag.key, actions.value(flag.key));
    }
}

void EditTracker::resetHistory()
{
    m_lastRecorded.reset();
    m_edits.clear();
    m_recordedActions = {};
}

} // namespace FeedbackKit
