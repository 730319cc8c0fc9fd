// feedbackkit-collector: a local HoneyHive-compatible server. See collector/README section in
// the top-level README for the endpoints; --help for the options.

#include "collector.h"
#include "collectorprogram.h"

#include <QCoreApplication>

#include <cstdio>

using namespace FeedbackKit;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FeedbackKit"));
    QCoreApplication::setApplicationName(QStringLiteral("feedbackkit-collector"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QString error, helpText;
    const std::optional<ProgramOptions> options
        = parseCommandLine(app.arguments(), &error, &helpText);
    if (!options) {
        std::fputs(qPrintable((error.isEmpty() ? helpText : error) + u'\n'),
                   error.isEmpty() ? stdout : stderr);
        return error.isEmpty() ? 0 : 2;
    }
    Collector collector(options->collector);
    if (!collector.setFaults(options->faults, &error)
        || !installSignalHandlers([&] { collector.restart(options->restartDowntime); }, &error)
        || !collector.start(&error)) {
        std::fprintf(stderr, "feedbackkit-collector: %s\n", qPrintable(error));
        return 1;
    }
    // The first line is the contract with whoever started us (tests, scripts): where to connect.
    std::fprintf(stdout, "%s\n", qPrintable(collector.baseUrl().toString()));
    std::fflush(stdout);
    const int status = app.exec();
    collector.stop();
    return status;
}
