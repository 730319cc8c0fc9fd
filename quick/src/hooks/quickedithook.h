#pragma once

#include "quickhook.h"

#include <QPointer>
#include <QQuickItem>
#include <QTimer>

#include <memory>
#include <optional>

namespace FeedbackKit {

class EditTracker;

/*!
 * \brief Records the user's corrections of a response they may edit, in QML: \c EditHook.
 *
 * \c source is the \c TextEdit or \c TextArea (or \c TextInput / \c TextField) that holds the
 * editable response, read through its \c text (plain text). An edit is committed when the item
 * loses the active focus, when the application calls commit() (its Save button), after
 * \c quietPeriod without typing when that is set, and when the item or the hook goes away
 * (a ListView delegate destroyed, a dialog closed): the text last seen is committed then.
 * Nothing is recorded once the hook's QML engine is being deleted (the hook or its item going
 * with it): nothing may run its filter then.
 *
 * The patch is the widgets' EditHook's (EditTracker, EditPatch):
 * \code
 * {"actions": {"edited": true, "edit_distance_ratio": 0.0833},
 *  "edits": [{"value": "first correction"}, {"value": "the text now"}],
 *  "ground_truth": "the text now"}
 * \endcode
 * with \c ground_truth only when \c recordGroundTruth is set, and \c edit_truncated /
 * \c edit_distance_exact as the widgets' EditHook records them: describing the newest edit,
 * stated again (false / true) by the first edit after one that raised them. A commit whose
 * text equals the last recorded one (at first: \c originalText) records nothing.
 * \c originalText is the source's text when it is set, unless given; set it again when the
 * response is replaced.
 */
class FEEDBACKKIT_QUICK_EXPORT QuickEditHook : public FeedbackKit::QuickHook
{
    Q_OBJECT
    QML_NAMED_ELEMENT(EditHook)
    Q_PROPERTY(QQuickItem *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(
        QString originalText READ originalText WRITE setOriginalText NOTIFY originalTextChanged)
    Q_PROPERTY(int maxEdits READ maxEdits WRITE setMaxEdits NOTIFY maxEditsChanged)
    Q_PROPERTY(int quietPeriod READ quietPeriod WRITE setQuietPeriod NOTIFY quietPeriodChanged)
    Q_PROPERTY(bool recordGroundTruth READ recordGroundTruth WRITE setRecordGroundTruth NOTIFY
                   recordGroundTruthChanged)

public:
    explicit QuickEditHook(QObject *parent = nullptr);
    ~QuickEditHook() override;

    /*! The editable item; its text and focus are watched. Not owned. */
    QQuickItem *source() const;
    void setSource(QQuickItem *source);
    /*! The response before any edit; setting it forgets the edits recorded so far. */
    QString originalText() const;
    void setOriginalText(const QString &text);
    /*! How many edits the \c edits list keeps (the newest); default 10, at least 1. */
    int maxEdits() const;
    void setMaxEdits(int count);
    /*! Milliseconds without typing after which an edit is committed; 0 (default): never. */
    int quietPeriod() const;
    void setQuietPeriod(int milliseconds);
    /*! Whether each committed edit also becomes \c ground_truth (default false). */
    bool recordGroundTruth() const;
    void setRecordGroundTruth(bool record);

    /*!
     * Records the source's current text (as last seen, if the source is gone) if it changed;
     * returns whether something was recorded.
     */
    Q_INVOKABLE bool commit();

Q_SIGNALS:
    void sourceChanged();
    void originalTextChanged();
    void maxEditsChanged();
    void quietPeriodChanged();
    void recordGroundTruthChanged();

private Q_SLOTS:
    // Connected by index to the source's text NOTIFY signal, which differs between item types.
    void onSourceTextChanged();

private:
    void watch(QQuickItem *source);
    void onFocusChanged(bool focused);
    void onSourceDestroyed();
    void resetHistory();
    bool isEngineGoing() const;

    std::unique_ptr<EditTracker> const m_tracker;
    QPointer<QQuickItem> m_source;
    std::optional<QString> m_sourceText; // the source's text as last seen; none: no source
    QTimer m_quietTimer;
    QPointer<QObject> m_engineAlive; // the engine's HookRegistry: gone once the engine goes
    bool m_declaredInQml = false;
};

} // namespace FeedbackKit
