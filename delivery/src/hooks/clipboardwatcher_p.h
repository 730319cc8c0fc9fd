#pragma once

#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace FeedbackKit {

/*!
 * \internal
 * \brief Something that may own a clipboard change: a CopyHook, of either front end.
 */
class FEEDBACKKIT_DELIVERY_EXPORT ClipboardClaimant
{
public:
    /*! How sure a claimant is that a change is its copy; the most certain one gets it. */
    enum Certainty : int {
        NotMine = 0,
        SelectionMatch = 1, // the text is a source's selection
        FocusedSelectionMatch = 2, // ... and that source has the focus
        Announced = 3, // a shortcut, a menu entry or the hook's own copy came just before
    };

    virtual ~ClipboardClaimant() = default;
    /*!
     * Whether the claimant could claim a change at all (cheap: no clipboard read). When none
     * can, the watcher does not read the clipboard: reading another application's clipboard
     * may wait on that application.
     */
    virtual bool mayClaim() const = 0;
    /*!
     * How sure the claimant is that \a text, just put on the clipboard, is its copy (a
     * Certainty): higher wins.
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
 * once by CopyRule, the rule every front end's hooks share.
 *
 * One watcher serves the hooks of both front ends, so a change is given once even when a
 * widget and a QML item could both claim it. The clipboard itself is QtGui's, which Delivery
 * does not link (tests/layering): each front end attaches it, QGuiApplication::clipboard() and
 * a function reading its text; the watcher knows it only as a QObject with dataChanged().
 */
class FEEDBACKKIT_DELIVERY_EXPORT ClipboardWatcher : public QObject
{
    Q_OBJECT

public:
    /*! Reads the clipboard's text (QClipboard::text()). */
    using TextReader = std::function<QString()>;

    static ClipboardWatcher *instance();
    /*! Milliseconds on a monotonic clock. */
    static qint64 now();

    /*!
     * Listens to \a clipboard's dataChanged() and reads it with \a readText; a second call
     * with the same clipboard changes nothing. Null (no GUI application): nothing to watch.
     */
    void attach(QObject *clipboard, TextReader readText);

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
    QString clipboardText() const;

private Q_SLOTS:
    // Connected by name: the clipboard's class is QtGui's.
    void onClipboardChanged();

private:
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
    QPointer<QObject> m_clipboard;
    TextReader m_readText;
};

} // namespace FeedbackKit
