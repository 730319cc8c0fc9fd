#pragma once

#include <FeedbackKit/Feedback>
#include <FeedbackKit/feedbackkit_core_export.h>

#include <QString>
#include <QStringList>

namespace FeedbackKit {

/*!
 * \internal
 * \brief The patch an edit of a response records, whatever front end saw the edit.
 *
 * \c actions.edited, the edit distance ratio to the original (rounded to four decimals, with
 * \c edit_distance_exact false when only bounded), the edited text appended to \c edits (cut
 * to maxValueBytes() with \c edit_truncated), and optionally the text as \c ground_truth. The
 * newest maxEdits edits are kept, fewer if they would take more than half a document.
 */
class FEEDBACKKIT_CORE_EXPORT EditPatch
{
public:
    explicit EditPatch(int maxEdits = 10, bool recordGroundTruth = false);

    /*! The longest edit value recorded, in UTF-8 bytes: maxEdits values and a ground truth
     * fit in half a document. */
    qsizetype maxValueBytes() const;
    /*! The patch for \a text, edited from \a original, continuing the edits list \a edits. */
    Feedback build(const QString &original, const QString &text, QStringList edits) const;

    /*! \a text cut to at most \a maxBytes of UTF-8 at a character boundary; \a cut says if it
     * was. */
    static QString truncatedUtf8(const QString &text, qsizetype maxBytes, bool *cut);

private:
    int m_maxEdits;
    bool m_recordGroundTruth;
};

} // namespace FeedbackKit
