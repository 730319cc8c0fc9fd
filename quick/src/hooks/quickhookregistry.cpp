#include "quickhookregistry.h"

#include "quickhookslogging_p.h"
#include "quickjsfilter_p.h"

#include <FeedbackKit/HookRegistry>

#include <QCoreApplication>

namespace FeedbackKit {

QuickHookRegistry::QuickHookRegistry(QObject *parent)
    : QObject(parent)
{
    HookRegistry *registry = HookRegistry::instance();
    connect(registry, &HookRegistry::pausedChanged, this, &QuickHookRegistry::pausedChanged);
    connect(registry, &HookRegistry::filterChanged, this,
            &QuickHookRegistry::onRegistryFilterChanged);
}

QuickHookRegistry::~QuickHookRegistry()
{
    // The filter runs in this engine, which goes away with this object (the registry may be
    // gone already, with the application object).
    if (m_filter.isCallable() && QCoreApplication::instance())
        HookRegistry::instance()->setFilter({});
}

bool QuickHookRegistry::isPaused() const
{
    return HookRegistry::instance()->isPaused();
}

void QuickHookRegistry::setPaused(bool paused)
{
    HookRegistry::instance()->setPaused(paused);
}

QJSValue QuickHookRegistry::filter() const
{
    return m_filter;
}

void QuickHookRegistry::setFilter(const QJSValue &filter)
{
    if (!QuickJsFilter::isAcceptable(filter))
        qCWarning(lcQuickHooks) << "HookRegistry.filter must be a function; none is installed";
    const QJSValue next = filter.isCallable() ? filter : QJSValue();
    if (next.strictlyEquals(m_filter))
        return;
    m_filter = next;
    m_installing = true;
    HookRegistry::instance()->setFilter(QuickJsFilter::make(this, m_filter));
    m_installing = false;
    Q_EMIT filterChanged();
}

void QuickHookRegistry::onRegistryFilterChanged()
{
    if (m_installing || !m_filter.isCallable())
        return;
    // C++ replaced (or removed) the filter set here.
    m_filter = QJSValue();
    Q_EMIT filterChanged();
}

} // namespace FeedbackKit
