#pragma once

#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace FeedbackKit {

/*!
 * \brief Decides what a hook may record: returns the patch to record (as is, renamed or
 * redacted), or std::nullopt to drop it.
 *
 * Called on the UI thread with the target the patch is for, before the patch is emitted or
 * handed to a Client. Keep it fast: it runs for every copy, regenerate and edit.
 */
using HookFilter
    = std::function<std::optional<Feedback>(const Target &target, const Feedback &patch)>;

class HookRegistryPrivate;

/*!
 * \brief Process-wide switches shared by every implicit-signal hook: a pause and a filter.
 *
 * The application's privacy controls live here: setPaused(true) stops every hook from
 * observing anything (nothing is recorded or counted while paused), and setFilter() lets the
 * application drop, rename or redact any signal before it is recorded. Each hook also has its
 * own pause and filter (AbstractHook::setPaused(), AbstractHook::setFilter()); the hook's
 * filter runs first, then this one.
 *
 * Lives on the UI thread; instance() creates it on first use as a child of the application
 * object.
 *
 * \sa AbstractHook
 */
class FEEDBACKKIT_DELIVERY_EXPORT HookRegistry : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(bool hasFilter READ hasFilter NOTIFY filterChanged)

public:
    static HookRegistry *instance();
    ~HookRegistry() override;

    /*! Whether every hook is paused. */
    bool isPaused() const;
    void setPaused(bool paused);

    /*! Installs \a filter for every hook; an empty function removes it. */
    void setFilter(HookFilter filter);
    bool hasFilter() const;
    /*! \a patch after the global filter (unchanged when none is installed). */
    std::optional<Feedback> applyFilter(const Target &target, const Feedback &patch) const;

Q_SIGNALS:
    void pausedChanged(bool paused);
    void filterChanged();

private:
    explicit HookRegistry(QObject *parent);
    std::unique_ptr<HookRegistryPrivate> const d;
};

} // namespace FeedbackKit
