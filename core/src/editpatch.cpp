#include "editpatch_p.h"

#include "editdistance.h"

#include <algorithm>
#include <cmath>

namespace FeedbackKit {

namespace {
double roundedRatio(double ratio)
{
    return std::round(ratio * 10000.0) / 10000.0;
}
} // namespace

EditPatch::EditPatch(int maxEdits, bool recordGroundTruth)
    : m_maxEdits(maxEdits)
    , m_recordGroundTruth(recordGroundTruth)
{ }

qsizetype EditPatch::maxValueBytes() const
{
    return std::min(Limits::maxStringBytes, Limits::maxDocumentBytes / 2 / (m_maxEdits + 1));
}

Feedback EditPatch::build(const QString &original, const QString &text, QStringList list) const
{
    const EditDistance distance = EditDistance::compute(original, text);
    bool cut = false;
    const QString value = truncatedUtf8(text, maxValueBytes(), &cut);
    list.append(value);
    Feedback patch;
    patch.setAction(QStringLiteral("edited"), true);
    patch.setAction(QStringLiteral("edit_distance_ratio"), roundedRatio(distance.ratio()));
    if (!distance.exact)
        patch.setAction(QStringLiteral("edit_distance_exact"), false);
    if (cut)
        patch.setAction(QStringLiteral("edit_truncated"), true);
    if (m_recordGroundTruth)
        patch.setGroundTruth(value);
    // Keep the newest edits, and leave room in the document for the rest of the state.
    const qsizetype budget = Limits::maxDocumentBytes / 2;
    while (list.size() > m_maxEdits)
        list.removeFirst();
    patch.setEdits(list);
    while (list.size() > 1 && patch.toJson().size() > budget) {
        list.removeFirst();
        patch.setEdits(list);
    }
    return patch;
}

QString EditPatch::truncatedUtf8(const QString &text, qsizetype maxBytes, bool *cut)
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

} // namespace FeedbackKit
