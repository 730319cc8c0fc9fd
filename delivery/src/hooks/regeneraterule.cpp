#include "regeneraterule_p.h"

namespace FeedbackKit {

const QString RegenerateRule::countKey = QStringLiteral("regenerate_count");

Feedback RegenerateRule::patch(int count)
{
    Feedback patch;
    patch.setAction(QStringLiteral("regenerated"), true);
    patch.setAction(countKey, count);
    return patch;
}

Target RegenerateRule::successorOf(const Target &target)
{
    // The new response belongs to the same conversation as the one it replaces.
    return Target::event(generateId(), target.sessionId());
}

} // namespace FeedbackKit
