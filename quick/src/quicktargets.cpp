#include "quicktargets.h"

namespace FeedbackKit {

Target QuickTargets::event(const QString &sessionId, const QString &eventId)
{
    return Target::event(eventId, sessionId);
}

Target QuickTargets::session(const QString &sessionId) { return Target::session(sessionId); }

Target QuickTargets::none() { return {}; }

QString QuickTargets::newId() { return generateId(); }

QString QuickTargets::check(const QString &id)
{
    QString error;
    isValidId(id, &error);
    return error;
}

} // namespace FeedbackKit
