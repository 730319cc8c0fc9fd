#include "scrubbed_p.h"

namespace FeedbackKit {

namespace {
// Long enough for any useful server message; short enough that a hostile answer cannot flood
// the outbox or a log.
constexpr qsizetype maxScrubbedChars = 2048;
} // namespace

QString scrubbed(const QString &text, const QString &apiKey)
{
    QString result = text;
    if (!apiKey.isEmpty())
        result.replace(apiKey, QStringLiteral("[redacted]"));
    return result.left(maxScrubbedChars);
}

} // namespace FeedbackKit
