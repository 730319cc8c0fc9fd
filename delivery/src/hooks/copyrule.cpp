#include "copyrule_p.h"

#include <QElapsedTimer>
#include <QHash>

namespace FeedbackKit {

const QString CopyRule::countKey = QStringLiteral("copy_count");

CopyRule &CopyRule::instance()
{
    // Only touched from the UI thread, like the hooks themselves.
    static CopyRule rule;
    return rule;
}

qint64 CopyRule::now()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.elapsed();
}

bool CopyRule::isRepeat(const Target &target, const QString &text, qint64 windowMs)
{
    const size_t textHash = qHash(text);
    const qint64 at = now();
    const bool repeat = m_lastRecorded && m_lastRecorded->target == target
        && m_lastRecorded->textHash == textHash && at - m_lastRecorded->at <= windowMs;
    m_lastRecorded = Recorded { target, textHash, at };
    return repeat;
}

Feedback CopyRule::patch(int count, const std::optional<QString> &copied,
                         const QString &wholeResponse)
{
    Feedback patch;
    patch.setAction(QStringLiteral("copied"), true);
    patch.setAction(countKey, count);
    if (!copied || copied->isEmpty())
        return patch;
    patch.setAction(QStringLiteral("copied_chars"), qint64(codePointCount(*copied)));
    if (!wholeResponse.isEmpty())
        patch.setAction(QStringLiteral("copied_all"),
                        QStringView(*copied).trimmed() == QStringView(wholeResponse).trimmed());
    return patch;
}

qsizetype CopyRule::codePointCount(QStringView text)
{
    qsizetype lowSurrogates = 0;
    for (const QChar c : text)
        lowSurrogates += c.isLowSurrogate() ? 1 : 0;
    return text.size() - lowSurrogates;
}

} // namespace FeedbackKit
