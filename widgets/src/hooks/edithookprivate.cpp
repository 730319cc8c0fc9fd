#include "edithook_p.h"

#include "editdistance.h"
#include "textsource_p.h"

#include <cmath>

namespace FeedbackKit {

namespace {
double roundedRatio(double ratio)
{
    return std::round(ratio * 10000.0) / 10000.0;
}
} // namespace

QString truncatedUtf8(const QString &text, qsizetype maxBytes, bool *cut)
{
    *cut = false;
    // Cheap exit: UTF-8 never takes more than 3 bytes per UTF-16 unit.
    if (text.size() * 3 <= maxBytes)
        return text;
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= maxBytes)
        return text;
    qsizetype end = maxBytes;
    while (end > 0 && (quint8(utf8.at(end)) & 0xC0) == 0x80)
        --end; // back off to the first byte of the character that does not fit
    *cut = true;
    return QString::fromUtf8(utf8.constData(), end);
}

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
    const EditDistance distance = EditDistance::compute(originalText, text);
    bool cut = false;
    const QString value = truncatedUtf8(text, q->maxValueBytes(), &cut);
    list.append(value);
    Feedback patch;
    patch.setAction(QStringLiteral("edited"), true);
    patch.setAction(QStringLiteral("edit_distance_ratio"), roundedRatio(distance.ratio()));
    if (!distance.exact)
        patch.setAction(QStringLiteral("edit_distance_exact"), false);
    if (cut)
        patch.setAction(QStringLiteral("edit_truncated"), true);
    if (recordGroundTruth)
        patch.setGroundTruth(value);
    // Keep the newest edits, and leave room in the document for the rest of the state.
    const qsizetype budget = Limits::maxDocumentBytes / 2;
    while (list.size() > maxEdits)
        list.removeFirst();
    patch.setEdits(list);
    while (list.size() > 1 && patch.toJson().size() > budget) {
        list.removeFirst();
        patch.setEdits(list);
    }
    return patch;
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
