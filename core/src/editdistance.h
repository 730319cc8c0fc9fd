#pragma once

#include <FeedbackKit/feedbackkit_core_export.h>

#include <QStringView>

namespace FeedbackKit {

/*!
 * \brief The Levenshtein distance between two texts, in Unicode code points, and its ratio.
 *
 * Memory is O(min(n, m)): one row of the table, over the shorter text. Time is bounded: the
 * common prefix and suffix are skipped first (an edit usually touches a small part of a
 * response), and if what remains would still need more than \c maxCells table cells, the
 * distance is not computed but bounded from above by the length of the longer remaining part
 * (every one of its characters replaced or inserted); \c exact is then false.
 */
struct FEEDBACKKIT_CORE_EXPORT EditDistance
{
    /*! The default bound on table cells: a few milliseconds of work. */
    static constexpr qint64 defaultMaxCells = 4'000'000;

    /*! The number of single-character insertions, deletions and substitutions. */
    qint64 distance = 0;
    /*! The length of the longer text, in code points. */
    qint64 longerLength = 0;
    /*! Whether distance is exact (false: the upper bound described above). */
    bool exact = true;

    /*! distance / longerLength: 0 for equal texts, 1 for texts with nothing in common. */
    double ratio() const { return longerLength == 0 ? 0.0 : double(distance) / longerLength; }

    static EditDistance compute(QStringView a, QStringView b, qint64 maxCells = defaultMaxCells);
};

} // namespace FeedbackKit
