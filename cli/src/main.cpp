// feedbackkit: validate feedback, compute measurements, capture feedback durably and deliver
// it, and inspect the delivery outbox.

#include "commands.h"
#include "enrichcommand.h"
#include "input.h"
#include "outboxcommand.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace {
using Verb = std::function<int(const QStringList &)>;

const std::map<QString, Verb> &verbs()
{
    using namespace FeedbackKit::Cli;
    static const std::map<QString, Verb> table {
        { QStringLiteral("validate"), runValidate },
        { QStringLiteral("stats"), runStats },
        { QStringLiteral("enrich"), ::runEnrich },
        { QStringLiteral("outbox"), ::runOutbox },
    };
    return table;
}

void printUsage()
{
    FeedbackKit::Cli::printLine(QStringLiteral(
        "usage: feedbackkit <verb> [options]\n"
        "  validate [FILE|-]            check a feedback document; prints ok or PATH: message\n"
        "  stats --path DOTPATH [--group-by DOTPATH] [--filter DOTPATH=VALUE]... [FILE|-]\n"
        "                               measurements over JSON Lines of feedback\n"
        "  enrich --session ID [--event ID] (--feedback JSON | --metrics JSON) [--outbox PATH] "
        "[--wait S]\n"
        "  enrich --batch FILE|- [--outbox PATH] [--wait S]\n"
        "                               capture feedback durably and deliver it (HH_API_KEY, "
        "HH_API_URL)\n"
        "  outbox [--outbox PATH] list|stats|retry|purge --yes [--all]\n"
        "                               inspect and maintain the delivery outbox\n"
        "exit codes: 0 success, 1 rejected input (or not delivered in time), 2 unusable input;\n"
        "enrich also exits 3 when some batch lines were skipped"));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("feedbackkit"));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h")) {
        printUsage();
        return args.isEmpty() ? FeedbackKit::Cli::Unusable : FeedbackKit::Cli::Success;
    }
    const QString verb = args.takeFirst();
    const auto it = verbs().find(verb);
    if (it == verbs().end()) {
        FeedbackKit::Cli::printError(QStringLiteral("unknown verb \"%1\" (try --help)").arg(verb));
        return FeedbackKit::Cli::Unusable;
    }
    return it->second(args);
}
