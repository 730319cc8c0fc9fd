#pragma once

#include "target.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace FeedbackKit {

/*!
 * \internal
 * \brief Something that may own a clipboard change: a CopyHook.
 */
class ClipboardClaimant
{
public:
    virtual ~ClipboardClaimant() = default;
    /*!
     * How sure the claimant is that \a text, just put on the clipboard, is its copy: 0 not
     * at all; higher wins (an armed hook beats a focused one, which beats a mere text match).
     */
    virtual int claimLevel(const QString &text) const = 0;
    /*! \a text is the claimant's copy: record it. */
    virtual void claim(const QString &text) = 0;
};

/*!
 * \internal
 * \brief The one listener of QClipboard::dataChanged, so that each change is given to at most
 * one hook (the most certain one) and a copy seen by two paths is counted once.
 *
 * A change nobody claims stays available for a short while: a hook connected to a Copy button
 * after the application's own slot only learns of the click once the clipboard has changed.
 */
class ClipboardWatcher : public QObject
{
    Q_OBJECT

public:
    static ClipboardWatcher *instance();
    /*! Milliseconds on a monotonic clock. */
    static qint64 now();

    void addClaimant(ClipboardClaimant *claimant);
    void removeClaimant(ClipboardClaimant *claimant);

    /*! The text of the last change if nobody claimed it within \a windowMs; marks it claimed. */
    std::optional<QString> takeUnclaimed(qint64 windowMs);
    /*!
     * Whether \a text was already recorded as a copy for \a target less than \a windowMs ago
     * (one copy seen by two paths); otherwise remembers this copy and returns false.
     */
    bool isRepeat(const Target &target, const QString &text, qint64 windowMs);
    /*! Whether a copy was recorded for \a target (by any hook) less than \a windowMs ago. */
    bool recordedRecently(const Target &target, qint64 windowMs) const;

private:
    explicit ClipboardWatcher(QObject *parent);
    void onClipboardChanged();

    struct Change
    {
        QString text;
        qint64 at = 0;
        bool claimed = true;
    };
    struct Recorded
    {
        Target target;
        size_t textHash = 0;
        qint64 at = 0;
    };

    QList<ClipboardClaimant *> m_claimants;
    Change m_lastChange;
    std::optional<Recorded> m_lastRecorded;
};

} // namespace FeedbackKit
