#include "quickhook.h"

#include "hookrecorder_p.h"
#include "quickhookslogging_p.h"

#include <QJSEngine>

namespace FeedbackKit {

// The rules (pause, filters, writing, counts) are the recorder's, as for the widgets' hooks.
class QuickHookPrivate
{
public:
    explicit QuickHookPrivate(QuickHook *q)
        : q(q)
    { }

    std::optional<Feedback> callFilter(const Target &target, const Feedback &patch) const;

    QuickHook *const q;
    HookRecorder recorder { lcQuickHooks };
    ClientBinding &binding = recorder.binding();
    QJSValue filter;
};

std::optional<Feedback> QuickHookPrivate::callFilter(const Target &target,
                                                     const Feedback &patch) const
{
    QJSEngine *engine = qjsEngine(q);
    if (!engine)
        return std::nullopt; // no engine to run the application's privacy rule: record nothing
    QJSValue result = filter.call(
        { engine->toScriptValue(patch.toVariantMap()), engine->toScriptValue(target) });
    if (result.isError()) {
        qCWarning(lcQuickHooks) << "A hook's filter failed, the signal is dropped:"
                                << result.toString();
        return std::nullopt;
    }
    if (result.isNull() || result.isUndefined() || !result.isObject())
        return std::nullopt;
    return Feedback(result.toVariant().toMap());
}

QuickHook::QuickHook(QObject *parent)
    : QObject(parent)
    , d_hook(std::make_unique<QuickHookPrivate>(this))
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
    if (filter.strictlyEquals(d_hook->filter))
        return;
    if (!filter.isCallable() && !filter.isNull() && !filter.isUndefined())
        qCWarning(lcQuickHooks) << "A hook's filter must be a function; none is installed";
    d_hook->filter = filter.isCallable() ? filter : QJSValue();
    HookFilter call;
    if (filter.isCallable())
        call = [d = d_hook.get()](const Target &target, const Feedback &patch) {
            return d->callFilter(target, patch);
        };
    d_hook->recorder.setFilter(std::move(call));
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
