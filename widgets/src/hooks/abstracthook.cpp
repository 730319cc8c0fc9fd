#include "abstracthook.h"

#include "actioncounters_p.h"
#include "clientbinding_p.h"
#include "hookslogging_p.h"

#include <QPointer>

namespace FeedbackKit {

class AbstractHookPrivate
{
public:
    ClientBinding binding { lcHooks };
    bool paused = false;
    HookFilter filter;
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
    return d_hook->paused;
}

void AbstractHook::setPaused(bool paused)
{
    if (d_hook->paused == paused)
        return;
    d_hook->paused = paused;
    Q_EMIT pausedChanged(paused);
}

bool AbstractHook::isActive() const
{
    return !d_hook->paused && !HookRegistry::instance()->isPaused();
}

void AbstractHook::setFilter(HookFilter filter)
{
    if (!d_hook->filter && !filter)
        return;
    d_hook->filter = std::move(filter);
    Q_EMIT filterChanged();
}

bool AbstractHook::hasFilter() const
{
    return bool(d_hook->filter);
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
    std::optional<Feedback> kept = patch;
    if (d_hook->filter)
        kept = d_hook->filter(target, patch);
    if (kept)
        kept = HookRegistry::instance()->applyFilter(target, *kept);
    if (!kept || kept->isEmpty()) {
        qCDebug(lcHooks) << "A filter dropped a signal for" << target.toString();
        return std::nullopt;
    }
    QString error;
    if (!d_hook->binding.writeIfBound(*kept, &error)) {
        Q_EMIT submitFailed(target, error);
        return std::nullopt;
    }
    Q_EMIT feedbackRecorded(target, *kept);
    return kept;
}

int AbstractHook::nextCount(const QString &action) const
{
    const ClientBinding &binding = d_hook->binding;
    return ActionCounters::instance().next(binding.client(), binding.target(), binding.channel(),
                                           action);
}

void AbstractHook::storeCount(const QString &action, int count)
{
    const ClientBinding &binding = d_hook->binding;
    ActionCounters::instance().setValue(binding.target(), binding.channel(), action, count);
}

Feedback AbstractHook::storedState() const
{
    return d_hook->binding.storedState();
}

} // namespace FeedbackKit
