#pragma once

#include "clientbinding_p.h"
#include <FeedbackKit/HookRegistry>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <optional>

namespace FeedbackKit {

/*!
 * \internal
 * \brief What every implicit-signal hook does with a signal, whatever front end saw it: the
 * pause, the hook's filter then the HookRegistry's, the write to the bound client, and the
 * running action counts.
 *
 * A hook base class (the widgets' AbstractHook, a Qt Quick one) holds one, watches its sources
 * and forwards each patch to record(); it emits its own signals from the outcome.
 */
class FEEDBACKKIT_DELIVERY_EXPORT HookRecorder
{
public:
    /*! What became of a patch. */
    struct Outcome
    {
        /*! The patch recorded (after the filters); empty when dropped or refused. */
        std::optional<Feedback> recorded;
        /*! The bound client refused it; error says why. */
        bool refused = false;
        QString error;
    };

    explicit HookRecorder(ClientBinding::LoggingCategory category);

    ClientBinding &binding() { return m_binding; }
    const ClientBinding &binding() const { return m_binding; }

    bool isPaused() const { return m_paused; }
    /*! Returns whether it changed. */
    bool setPaused(bool paused);
    /*! Neither this hook nor the registry is paused. */
    bool isActive() const;
    /*! Returns whether it changed (installing none over none does not). */
    bool setFilter(HookFilter filter);
    bool hasFilter() const { return bool(m_filter); }

    /*! Filters \a patch (the hook's filter, then the registry's) and writes it when bound. */
    Outcome record(const Feedback &patch) const;
    /*! The next value of \c actions.<action> for the bound target (see ActionCounters). */
    int nextCount(const QString &action) const;
    void storeCount(const QString &action, int count);

private:
    ClientBinding::LoggingCategory m_category;
    ClientBinding m_binding;
    HookFilter m_filter;
    bool m_paused = false;
};

} // namespace FeedbackKit
