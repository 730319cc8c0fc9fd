#include "abstracthook.h"

#include "hookcounters_p.h"
#include "hookslogging_p.h"

#include <QPointer>

namespace FeedbackKit {

class AbstractHookPrivate
{
public:
    // A client may be deleted before the hooks that point at it.
    QPointer<Client> client;
    Target target;
    Channel channel = Channel::EndUser;
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
    return d_hook->client;
}

void AbstractHook::setClient(Client *client)
{
    if (d_hook->client == client)
        return;
    d_hook->client = client;
    Q_EMIT clientChanged(client);
}

Target AbstractHook::target() const
{
    return d_hook->target;
}

void AbstractHook::setTarget(const Target &target)
{
    if (!target.isValid()) {
        qCWarning(lcHooks) << "Refusing an invalid target for" << metaObject()->className();
        return;
    }
    if (d_hook->target == target)
        return;
    d_hook->target = target;
    Q_EMIT targetChanged(target);
}

Channel AbstractHook::channel() const
{
    return d_hook->channel;
}

void AbstractHook::setChannel(Channel channel)
{
    if (d_hook->channel == channel)
        return;
    d_hook->channel = channel;
    Q_EMIT channelChanged(channel);
}

void AbstractHook::bind(Client *client, const Target &target, Channel channel)
{
    if (!target.isValid()) {
        qCWarning(lcHooks) << "Cannot bind" << metaObject()->className() << "to an invalid target";
        return;
    }
    setClient(client);
    setTarget(target);
    setChannel(channel);
}

bool AbstractHook::isBound() const
{
    return d_hook->client && d_hook->target.isValid();
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
    const Target target = d_hook->target;
    std::optional<Feedback> kept = patch;
    if (d_hook->filter)
        kept = d_hook->filter(target, patch);
    if (kept)
        kept = HookRegistry::instance()->applyFilter(target, *kept);
    if (!kept || kept->isEmpty()) {
        qCDebug(lcHooks) << "A filter dropped a signal for" << target.toString();
        return std::nullopt;
    }
    if (isBound()) {
        QString error;
        if (!d_hook->client->enrich(target, *kept, d_hook->channel, &error)) {
            qCWarning(lcHooks) << "Feedback for" << target.toString() << "refused:" << error;
            Q_EMIT submitFailed(target, error);
            return std::nullopt;
        }
    }
    Q_EMIT feedbackRecorded(target, *kept);
    return kept;
}

int AbstractHook::nextCount(const QString &action) const
{
    const int kept = HookCounters::instance().value(d_hook->target, d_hook->channel, action);
    const int stored = storedState().actions().value(action).toInt(0);
    return std::max(kept, stored) + 1;
}

void AbstractHook::storeCount(const QString &action, int count)
{
    HookCounters::instance().setValue(d_hook->target, d_hook->channel, action, count);
}

Feedback AbstractHook::storedState() const
{
    if (!isBound())
        return {};
    return d_hook->client->state(d_hook->target, d_hook->channel);
}

} // namespace FeedbackKit
