#pragma once

#include <FeedbackKit/Feedback>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace FeedbackKit {

/*!
 * \internal
 * \brief The edits of one response, whatever front end holds the editor: the original, what
 * was recorded last, the \c edits list to continue and the patch of the next commit (EditPatch).
 *
 * A commit whose text equals the last recorded one (at first: the original) records nothing.
 * Bound, the list continues the one in the Client's stored state; unbound, this tracker's own.
 * \c edit_truncated and \c edit_distance_exact describe the newest edit only: when the state
 * (bound) or the last recorded patch (unbound) has one raised and the newest edit is neither
 * cut nor bounded, its patch states \c {"edit_truncated": false} or
 * \c {"edit_distance_exact": true}, so the merged feedback never keeps a stale flag.
 */
class FEEDBACKKIT_DELIVERY_EXPORT EditTracker
{
public:
    QString originalText() const { return m_originalText; }
    /*! Sets the original and forgets the history; returns whether it changed. */
    bool setOriginalText(const QString &text);
    /*! How many edits the list keeps (the newest); at least 1. */
    int maxEdits() const { return m_maxEdits; }
    bool setMaxEdits(int count);
    bool recordGroundTruth() const { return m_recordGroundTruth; }
    bool setRecordGroundTruth(bool record);
    /*! The cap on one recorded value, in UTF-8 bytes (see EditPatch). */
    qsizetype maxValueBytes() const;

    /*!
     * The patch that records \a text as the newest edit, continuing the \c edits list of
     * \a storedState when it has one; std::nullopt when \a text is the baseline.
     */
    std::optional<Feedback> patchFor(const QString &text, const Feedback &storedState) const;
    /*! \a text was recorded with \a patch: it becomes the baseline. */
    void noteRecorded(const QString &text, const Feedback &patch);
    /*! Forgets what was recorded (a new target or a new original). */
    void resetHistory();

private:
    QString baseline() const { return m_lastRecorded.value_or(m_originalText); }
    static void clearStaleFlags(Feedback &patch, const QJsonObject &before);

    QString m_originalText;
    std::optional<QString> m_lastRecorded;
    QStringList m_edits; // as recorded for the current target, when unbound
    QJsonObject m_recordedActions; // the flags of the last recorded patch, when unbound
    int m_maxEdits = 10;
    bool m_recordGroundTruth = false;
};

} // namespace FeedbackKit
