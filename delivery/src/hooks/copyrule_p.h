#pragma once

#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QString>
#include <QStringView>

#include <optional>

namespace FeedbackKit {

/*!
 * \internal
 * \brief What a copy records, whatever front end saw it: the patch and the rule that one copy
 * seen by two paths (the shortcut and a Copy button, a widget and a QML item) counts once.
 *
 * The patch is
 * \code
 * {"actions": {"copied": true, "copy_count": 3, "copied_chars": 120, "copied_all": false}}
 * \endcode
 * with \c copied_chars and \c copied_all only when the copied text is known. One instance
 * (instance()) remembers the last copy of the process, on the UI thread.
 */
class FEEDBACKKIT_DELIVERY_EXPORT CopyRule
{
public:
    /*! The running count's key in \c actions. */
    static const QString countKey;

    static CopyRule &instance();
    /*! Milliseconds on a monotonic clock, shared by every hook. */
    static qint64 now();

    /*!
     * Whether \a text was already recorded as a copy for \a target less than \a windowMs ago;
     * otherwise remembers this copy and returns false.
     */
    bool isRepeat(const Target &target, const QString &text, qint64 windowMs);

    /*!
     * The patch of copy number \a count of \a copied (std::nullopt: not known) out of
     * \a wholeResponse (empty: not known). Leading and trailing white space does not count
     * against "all".
     */
    static Feedback patch(int count, const std::optional<QString> &copied,
                          const QString &wholeResponse);
    /*! The number of Unicode code points in \a text (a surrogate pair counts once). */
    static qsizetype codePointCount(QStringView text);

private:
    struct Recorded
    {
        Target target;
        size_t textHash = 0;
        qint64 at = 0;
    };
    std::optional<Recorded> m_lastRecorded;
};

} // namespace FeedbackKit
