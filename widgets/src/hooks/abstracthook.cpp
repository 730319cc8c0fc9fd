#include "abstracthook.h"

#include "hookrecorder_p.h"
#include "hookslogging_p.h"

#include <QPointer>

namespace FeedbackKit {

// The rules (pause, filters, writing, counts) are the recorder's; the hook watches its sources.
class AbstractHookPrivate
{
public:
    HookRecorder recorder { lcHooks };
    ClientBinding &binding = recorder.binding();
    QList<QPointer<QObject>> sources;
};

AbstractHook::AbstractHook(QObject *parent)
    : QObject(parent)
    , d_hook(std::make_unique<AbstractHookPrivate>())
{ }

AbstractHook::~AbstractHook() = default;

Client *AbstractHook::client() const
{
    return d_hook->binding.client();
}

void AbstractHook::setClient(Client *client)
{
    d_hook->binding.setClient(this, client);
}

Target AbstractHook::target() const
{
    return d_hook->binding.target();
}

void AbstractHook::setTarget(const Target &target)
{
    d_hook->binding.setTarget(this, target);
}

Channel AbstractHook::channel() const
{
    return d_hook->binding.channel();
}

void AbstractHook::setChannel(Channel channel)
{
    d_hook->binding.setChannel(this, channel);
}

void AbstractHook::bind(Client *client, const Target &target, Channel channel)
{
    d_hook->binding.bind(this, client, target, channel);
}

bool AbstractHook::isBound() const
{
    return d_hook->binding.isBound();
}

bool AbstractHook::isPaused() const
{
    return d_hook->recorder.isPaused();
}

void AbstractHook::setPaused(bool paused)
{
    if (d_hook->recorder.setPaused(paused))
        Q_EMIT pausedChanged(paused);
}

bool AbstractHook::isActive() const
{
    return d_hook->recorder.isActive();
}

void AbstractHook::setFilter(HookFilter filter)
{
    if (d_hook->recorder.setFilter(std::move(filter)))
        Q_EMIT filterChanged();
}

bool AbstractHook::hasFilter() const
{
    return d_hook->recorder.hasFilter();
}

bool AbstractHook::addSource(QObject *source)
{
    if (!source) {
        qCWarning(lcHooks) << metaObject()->className() << "cannot watch a null source";
        return false;
    }
    if (d_hook->sources.contains(source))
        return true;
    if (!canWatch(source)) {
        qCWarning(lcHooks) << metaObject()->className() << "cannot watch" << source;
        return false;
    }
    d_hook->sources.append(source);
    // destroyed() comes from ~QObject, when the source is no longer its real type: only the
    // pointer is compared here, never used.
    connect(source, &QObject::destroyed, this,
            [this](QObject *gone) { d_hook->sources.removeAll(gone); });
    watch(source);
    return true;
}

void AbstractHook::removeSource(QObject *source)
{
    if (!source || !d_hook->sources.contains(source))
        return;
    d_hook->sources.removeAll(source);
    unwatch(source);
}

QObjectList AbstractHook::sources() const
{
    QObjectList alive;
    for (const QPointer<QObject> &source : d_hook->sources) {
        if (source)
            alive.append(source);
    }
    return alive;
}

void AbstractHook::unwatch(QObject *source)
{
    source->disconnect(this);
    source->removeEventFilter(this);
}

std::optional<Feedback> AbstractHook::record(const Feedback &patch)
{
    const Target target = d_hook->binding.target();
    const HookRecorder::Outcome outcome = d_hook->recorder.record(patch);
    if (outcome.refused)
        Q_EMIT submitFailed(target, outcome.error);
    else if (outcome.recorded)
        Q_EMIT feedbackRecorded(target, *outcome.recorded);
    return outcome.recorded;
}

int AbstractHook::nextCount(const QString &action) const
{
    return d_hook->recorder.nextCount(action);
}

void AbstractHook::storeCount(const QString &action, int count)
{
    d_hook->recorder.storeCount(action, count);
}

Feedback AbstractHook::storedState() const
{
    return d_hook->binding.storedState();
}

} // namespace FeedbackKit
