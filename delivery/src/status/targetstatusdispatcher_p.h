#pragma once

#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QHash>
#include <QList>
#include <QObject>

namespace FeedbackKit {

class Client;
class TargetDeliveryStatus;

/*!
 * \internal
 * The one listener of a Client's delivery signals for all its TargetDeliveryStatus objects.
 *
 * A child of the client, made on the first watch(). Each signal is routed by a hash lookup of
 * its target to the statuses watching that target, so its cost does not grow with the number
 * of statuses bound to other targets.
 */
class FEEDBACKKIT_DELIVERY_EXPORT TargetStatusDispatcher : public QObject
{
    Q_OBJECT

public:
    /*! The client's dispatcher, made when it has none. */
    static TargetStatusDispatcher *of(Client *client);

    void watch(const Target &target, TargetDeliveryStatus *status);
    void unwatch(const Target &target, TargetDeliveryStatus *status);
    /*! How many statuses watch \a target (for tests). */
    qsizetype watcherCount(const Target &target) const;

private:
    explicit TargetStatusDispatcher(Client *client);
    template<class Deliver> void route(const Target &target, Deliver deliver) const;

    QHash<Target, QList<TargetDeliveryStatus *>> m_watchers;
};

} // namespace FeedbackKit
