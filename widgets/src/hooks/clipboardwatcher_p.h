#pragma once

#include <FeedbackKit/Target>

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
     * Whether the claimant could claim a change at all (cheap: no clipboard read). When none
     * can, the watcher does not read the clipboard: reading another application's clipboard
     * may wait on that application.
     */
    virtual bool mayClaim() const = 0;
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
 * A change stays "fresh" until control returns to the event loop. A hook connected to a Copy
 * action or button after the application's own slot only learns of the click once the
 * clipboard has changed: a fresh change is that click's copy (take it if nobody claimed it,
 * skip the click if a hook of the same target already did). One copy seen twice is counted
 * once by CopyRule (Delivery), the rule every front end's hooks share.
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
    /*! Removes \a claimant if the watcher still exists; never creates it. */
    static void forget(ClipboardClaimant *claimant);

    /*! The text of the fresh change if nobody claimed it and it is not empty; claims it. */
    std::optional<QString> takeFreshUnclaimed();
    /*! Whether the fresh change was claimed for \a target. */
    bool freshChangeClaimedFor(const Target &target) const;
    /*! Notes that the current change was claimed for \a target. */
    void noteClaimedFor(const Target &target);

private:
    explicit ClipboardWatcher(QObject *parent);
    void onClipboardChanged();

    struct Change
    {
        std::optional<QString> text; // read only when someone may want it
        quint64 serial = 0;
        bool fresh = false; // the event loop has not run since
        bool claimed = false;
        Target claimedFor;
    };

    QList<ClipboardClaimant *> m_claimants;
    Change m_lastChange;
};

} // namespace FeedbackKit
