#include "hookregistry.h"

#include <QCoreApplication>
#include <QPointer>

namespace FeedbackKit {

class HookRegistryPrivate
{
public:
    bool paused = false;
    HookFilter filter;
};

HookRegistry::HookRegistry(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<HookRegistryPrivate>())
{ }

HookRegistry::~HookRegistry() = default;

HookRegistry *HookRegistry::instance()
{
    // Owned by the application object, so it goes away with it; a QPointer notices that.
    static QPointer<HookRegistry> registry;
    if (!registry)
        registry = new HookRegistry(QCoreApplication::instance());
    return registry;
}

bool HookRegistry::isPaused() const
{
    return d->paused;
}

void HookRegistry::setPaused(bool paused)
{
    if (d->paused == paused)
        return;
    d->paused = paused;
    Q_EMIT pausedChanged(paused);
}

void HookRegistry::setFilter(HookFilter filter)
{
    if (!d->filter && !filter)
        return;
    d->filter = std::move(filter);
    Q_EMIT filterChanged();
}

bool HookRegistry::hasFilter() const
{
    return bool(d->filter);
}

std::optional<Feedback> HookRegistry::applyFilter(const Target &target, const Feedback &patch) const
{
    if (!d->filter)
        return patch;
    return d->filter(target, patch);
}

} // namespace FeedbackKit
