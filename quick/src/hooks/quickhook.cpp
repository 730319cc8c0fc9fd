#include "quickhook.h"

#include "hookrecorder_p.h"
#include "quickhookslogging_p.h"
#include "quickjsfilter_p.h"

namespace FeedbackKit {

// The rules (pause, filters, writing, counts) are the recorder's, as for the widgets' hooks.
class QuickHookPrivate
{
public:
    HookRecorder recorder { lcQuickHooks };
    ClientBinding &binding = recorder.binding();
    QJSValue filter;
};

QuickHook::QuickHook(QObject *parent)
    : QObject(parent)
    , d_hook(std::make_unique<QuickHookPrivate>())
{
    connect(this, &QuickHook::channelChanged, this, &QuickHook::expertChanged);
}

QuickHook::~QuickHook() = default;

Client *QuickHook::client() const
{
    return d_hook->binding.client();
}

void QuickHook::setClient(Client *client)
{
    d_hook->binding.setClient(this, client);
}

Target QuickHook::target() const
{
    return d_hook->binding.target();
}

void QuickHook::setTarget(const Target &target)
{
    d_hook->binding.setTarget(this, target);
}

bool QuickHook::isExpert() const
{
    return channel() == Channel::Expert;
}

void QuickHook::setExpert(bool expert)
{
    d_hook->binding.setChannel(this, expert ? Channel::Expert : Channel::EndUser);
}

Channel QuickHook::channel() const
{
    return d_hook->binding.channel();
}

bool QuickHook::isPaused() const
{
    return d_hook->recorder.isPaused();
}

void QuickHook::setPaused(bool paused)
{
    if (d_hook->recorder.setPaused(paused))
        Q_EMIT pausedChanged(paused);
}

bool QuickHook::isActive() const
{
    return d_hook->recorder.isActive();
}

QJSValue QuickHook::filter() const
{
    return d_hook->filter;
}

void QuickHook::setFilter(const QJSValue &filter)
{
    if (!QuickJsFilter::isAcceptable(filter))
        qCWarning(lcQuickHooks) << "A hook's filter must be a function; none is installed";
    const QJSValue next = filter.isCallable() ? filter : QJSValue();
    if (next.strictlyEquals(d_hook->filter))
        return;
    d_hook->filter = next;
    d_hook->recorder.setFilter(QuickJsFilter::make(this, d_hook->filter));
    Q_EMIT filterChanged();
}

std::optional<Feedback> QuickHook::record(const Feedback &patch)
{
    const HookRecorder::Outcome outcome = d_hook->recorder.record(patch);
    if (outcome.refused)
        Q_EMIT submitFailed(outcome.error);
    else if (outcome.recorded)
        Q_EMIT feedbackRecorded(outcome.recorded->toVariantMap());
    return outcome.recorded;
}

int QuickHook::nextCount(const QString &action) const
{
    return d_hook->recorder.nextCount(action);
}

void QuickHook::storeCount(const QString &action, int count)
{
    d_hook->recorder.storeCount(action, count);
}

Feedback QuickHook::storedState() const
{
    return d_hook->binding.storedState();
}

} // namespace FeedbackKit
