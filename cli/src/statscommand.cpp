// feedbackkit stats --path DOTPATH [--group-by DOTPATH] [--filter DOTPATH=VALUE]... [FILE|-]

#include "commands.h"
#include "input.h"

#include <FeedbackKit/Measurements>

#include <QCommandLineParser>
#include <QJsonDocument>

namespace FeedbackKit::Cli {

namespace {
struct StatsOptions
{
    MeasurementQuery query;
    QString input;
};

std::optional<StatsOptions> parseOptions(const QStringList &args, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption path(QStringLiteral("path"), QString(), QStringLiteral("DOTPATH"));
    const QCommandLineOption groupBy(QStringLiteral("group-by"), QString(),
                                     QStringLiteral("DOTPATH"));
    const QCommandLineOption filter(QStringLiteral("filter"), QString(),
                                    QStringLiteral("DOTPATH=VALUE"));
    parser.addOptions({ path, groupBy, filter });
    parser.addPositionalArgument(QStringLiteral("file"), QString());
    if (!parser.parse(QStringList { QStringLiteral("stats") } + args)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.isSet(path) || parser.value(path).isEmpty()
        || parser.positionalArguments().size() > 1) {
        *error = QStringLiteral("usage: feedbackkit stats --path DOTPATH [--group-by DOTPATH] "
                                "[--filter DOTPATH=VALUE]... [FILE|-]");
        return std::nullopt;
    }
    StatsOptions options;
    options.query.path = parser.value(path);
    options.query.groupBy = parser.value(groupBy);
    for (const QString &text : parser.values(filter)) {
        const auto parsed = MeasurementQuery::parseFilter(text, error);
        if (!parsed)
            return std::nullopt;
        options.query.filters.append(*parsed);
    }
    options.input = parser.positionalArguments().value(0);
    return options;
}

QString firstProblem(const ValidationErrors &problems)
{
    const ValidationError &problem = problems.front();
    return problem.path.isEmpty() ? problem.message
                                  : problem.path + QStringLiteral(": ") + problem.message;
}
} // namespace

int runStats(const QStringList &args)
{
    QString error;
    const auto options = parseOptions(args, &error);
    if (!options) {
        printError(error);
        return Unusable;
    }
    const auto input = openInput(options->input, &error);
    if (!input) {
        printError(error);
        return Unusable;
    }
    MeasurementAccumulator accumulator(options->query);
    qint64 lineNumber = 0;
    qint64 malformed = 0;
    for (;;) {
        // A line longer than a document may be is refused by parse(); reading it whole first
        // is bounded by the file, which the user chose. Only end of input reads as empty:
        // every line read holds at least its newline.
        const QByteArray raw = input->readLine();
        if (raw.isEmpty())
            break;
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        ValidationErrors problems;
        if (const auto document = Feedback::parse(line, &problems)) {
            accumulator.add(*document);
            continue;
        }
        ++malformed;
        printError(QStringLiteral("line %1: %2").arg(lineNumber).arg(firstProblem(problems)));
    }
    QJsonObject summary = accumulator.result().toJson();
    summary.insert(QStringLiteral("lines"), lineNumber);
    summary.insert(QStringLiteral("malformed_lines"), malformed);
    printLine(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    return Success;
}

} // namespace FeedbackKit::Cli
