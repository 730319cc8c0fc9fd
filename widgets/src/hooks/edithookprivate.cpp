#include "edithook_p.h"

#include "editpatch_p.h"
#include "textsource_p.h"

namespace FeedbackKit {

EditHook::Private::Private(EditHook *q)
    : q(q)
{
    quietTimer.setSingleShot(true);
    QObject::connect(&quietTimer, &QTimer::timeout, q, &EditHook::commit);
}

QStringList EditHook::Private::previousEdits() const
{
    const Feedback stored = q->storedState();
    if (stored.contains(u"edits"))
        return stored.edits();
    return edits;
}

Feedback EditHook::Private::patchFor(const QString &text, QStringList list) const
{
    return EditPatch(maxEdits, recordGroundTruth).build(originalText, text, std::move(list));
}

void EditHook::Private::resetHistory()
{
    lastRecorded.reset();
    edits.clear();
    quietTimer.stop();
}

void EditHook::Private::onTextChanged()
{
    // Only typing restarts the quiet period: the application filling the widget (streaming a
    // response into it) happens without the focus.
    const QObjectList sources = q->sources();
    if (quietTimer.interval() > 0 && !sources.isEmpty() && TextSource::hasFocus(sources.first()))
        quietTimer.start();
}

} // namespace FeedbackKit
