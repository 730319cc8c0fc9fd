#pragma once

#include "abstracthook.h"

#include <memory>

namespace FeedbackKit {

class RegenerateHookPrivate;

/*!
 * \brief Records that the user asked for another response, and hands out the target of the
 * response that replaces it.
 *
 * Sources: the application's Regenerate button (any QAbstractButton, on clicked) or QAction
 * (on triggered). Each request records, on the target of the response being replaced,
 * \code
 * {"actions": {"regenerated": true, "regenerate_count": 2}}
 * \endcode
 * (\c regenerate_count is a running count per target, seeded from the Client's stored state
 * when bound), then emits regenerated() with a fresh event target in the same session
 * (generateId()) for the new response. With advanceTarget() (the default) the hook then
 * watches the new response, so the next request counts against it.
 *
 * A new target is handed out even while the hook is paused or its signal is filtered out: the
 * application needs it to log the new response either way.
 *
 * \code
 * auto *hook = RegenerateHook::attach(regenerateButton, target, client);
 * connect(hook, &RegenerateHook::regenerated, chat, &Chat::regenerate);
 * \endcode
 */
class FEEDBACKKIT_WIDGETS_EXPORT RegenerateHook : public AbstractHook
{
    Q_OBJECT
    Q_PROPERTY(
        bool advanceTarget READ advanceTarget WRITE setAdvanceTarget NOTIFY advanceTargetChanged)

public:
    explicit RegenerateHook(QObject *parent = nullptr);
    ~RegenerateHook() override;

    /*!
     * Creates a hook watching \a source, as a child of \a source, for \a target; bound to
     * \a client when one is given. Returns nullptr (with a warning) when \a source is not a
     * button or an action, or \a target is invalid.
     */
    static RegenerateHook *attach(QObject *source, const Target &target, Client *client = nullptr,
                                  Channel channel = Channel::EndUser);

    /*! Whether the hook moves to the new response's target after each request. */
    bool advanceTarget() const;
    void setAdvanceTarget(bool advance);

public Q_SLOTS:
    /*! Records a request for another response, as a click on a source would. */
    void requestRegeneration();

Q_SIGNALS:
    /*! The response of \a oldTarget is being replaced; \a newTarget is for the new one. */
    void regenerated(const FeedbackKit::Target &oldTarget, const FeedbackKit::Target &newTarget);
    void advanceTargetChanged(bool advance);

protected:
    bool canWatch(QObject *source) const override;
    void watch(QObject *source) override;

private:
    friend class RegenerateHookPrivate; // reaches the protected recording API
    std::unique_ptr<RegenerateHookPrivate> const d;
};

} // namespace FeedbackKit
