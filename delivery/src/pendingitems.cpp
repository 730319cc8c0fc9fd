#include "pendingitems_p.h"

#include "deliveryscheduler_p.h"

namespace FeedbackKit {

PendingItems::PendingItems(DeliveryScheduler &scheduler)
    : m_scheduler(scheduler)
{ }

PendingItem &PendingItems::insert(const ItemKey &key, PendingItem item)
{
    PendingItem &inserted = *m_pending.emplace(key, std::move(item));
    m_scheduler.add(key);
    return inserted;
}

bool PendingItems::remove(const ItemKey &key)
{
    if (!m_pending.remove(key))
        return false;
    m_scheduler.remove(key); // what waited for this creation goes on
    return true;
}

const PendingItem *PendingItems::findQuarantined(const ItemKey &key) const
{
    const auto it = m_quarantined.constFind(key);
    return it == m_quarantined.cend() ? nullptr : &*it;
}

void PendingItems::quarantine(const ItemKey &key, const PendingItem &item)
{
    m_quarantined.insert(key, item);
}

void PendingItems::setDurable(const ItemKey &key, quint64 version)
{
    quint64 &durable = m_durableVersions[key];
    durable = qMax(durable, version);
}

} // namespace FeedbackKit
