// feedbackkit validate [FILE|-]

#include "commands.h"
#include "input.h"

#include <FeedbackKit/Feedback>

namespace FeedbackKit::Cli {

namespace {
// Read one byte past the cap so an oversized document is reported as such, without ever
// holding more than that in memory.
constexpr qint64 readLimit = Limits::maxDocumentBytes + 1;

QString describe(const ValidationError &error)
{
    return (error.path.isEmpty() ? QStringLiteral("(document)") : error.path) + QStringLiteral(": ")
        + error.message;
}
} // namespace

int runValidate(const QStringList &args)
{
    if (args.size() > 1
        || (args.size() == 1 && args[0].startsWith(u'-') && args[0] != QLatin1String("-"))) {
        printError(QStringLiteral("usage: feedbackkit validate [FILE|-]"));
        return Unusable;
    }
    QString error;
    const auto input = openInput(args.value(0), &error);
    if (!input) {
        printError(error);
        return Unusable;
    }
    const QByteArray text = readUpTo(*input, readLimit);
    ValidationErrors problems;
    if (Feedback::parse(text, &problems)) {
        printLine(QStringLiteral("ok"));
        return Success;
    }
    if (problems.size() == 1 && problems.front().rule == ValidationError::Rule::NotJson) {
        printError(problems.front().message);
        return Unusable;
    }
    for (const ValidationError &problem : std::as_const(problems))
        printLine(describe(problem));
    return Rejected;
}

} // namespace FeedbackKit::Cli
