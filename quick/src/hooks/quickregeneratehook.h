#pragma once

#include "quickhook.h"

namespace FeedbackKit {

/*!
 * \brief Records that the user asked for another response, and hands out the target of the
 * response that replaces it, in QML: \c RegenerateHook.
 *
 * The application's Regenerate button calls requestRegeneration(). It records on the target
 * of the response being replaced, as the widgets' RegenerateHook does (RegenerateRule),
 * \code
 * {"actions": {"regenerated": true, "regenerate_count": 2}}
 * \endcode
 * then emits regenerated() with a fresh event target in the same session for the new
 * response, and returns it. With \c advanceTarget (the default) the hook then watches the new
 * response. A new target is handed out even while paused or filtered out.
 *
 * \code
 * RegenerateHook { id: regenerate; client: feedback.client; target: answer.target
 *                  onRegenerated: (oldTarget, newTarget) => chat.regenerate(newTarget) }
 * Button { text: qsTr("Regenerate"); onClicked: regenerate.requestRegeneration() }
 * \endcode
 */
class FEEDBACKKIT_QUICK_EXPORT QuickRegenerateHook : public FeedbackKit::QuickHook
{
    Q_OBJECT
    QML_NAMED_ELEMENT(RegenerateHook)
    Q_PROPERTY(
        bool advanceTarget READ advanceTarget WRITE setAdvanceTarget NOTIFY advanceTargetChanged)

public:
    explicit QuickRegenerateHook(QObject *parent = nullptr);

    /*! Whether the hook moves to the new response's target after each request. */
    bool advanceTarget() const;
    void setAdvanceTarget(bool advance);

    /*!
     * Records a request for another response; returns the new response's target (invalid
     * when the hook has no target).
     */
    Q_INVOKABLE FeedbackKit::Target requestRegeneration();

Q_SIGNALS:
    /*! The response of \a oldTarget is being replaced; \a newTarget is for the new one. */
    void regenerated(const FeedbackKit::Target &oldTarget, const FeedbackKit::Target &newTarget);
    void advanceTargetChanged();

private:
    bool m_advanceTarget = true;
};

} // namespace FeedbackKit
