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
    // Only typing restarts the quiet period and is kept for a commit after the editor is gone:
    // the application filling the widget (streaming a response into it) happens without the
    // focus, and reading a long text on each of its pieces would cost too much.
    const QObjectList sources = q->sources();
    if (sources.isEmpty() || !TextSource::hasFocus(sources.first()))
        return;
    typedText = TextSource::plainText(sources.first());
    if (quietTimer.interval() > 0)
        quietTimer.start();
}

} // namespace FeedbackKit
