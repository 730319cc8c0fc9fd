#include "edithook_p.h"

#include "textsource_p.h"

namespace FeedbackKit {

EditHookPrivate::EditHookPrivate(EditHook *q)
    : q(q)
{
    quietTimer.setSingleShot(true);
    QObject::connect(&quietTimer, &QTimer::timeout, q, &EditHook::commit);
}

void EditHookPrivate::resetHistory()
{
    tracker.resetHistory();
    quietTimer.stop();
}

void EditHookPrivate::onTextChanged()
{
    // Only typing restarts the quiet period: the application filling the widget (streaming a
    // response into it) happens without the focus.
    const QObjectList sources = q->sources();
    if (quietTimer.interval() > 0 && !sources.isEmpty() && TextSource::hasFocus(sources.first()))
        quietTimer.start();
}

} // namespace FeedbackKit
