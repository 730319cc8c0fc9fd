#pragma once

// The feedbackkit-collector program's command line and signal handling, apart from main() so
// each piece stays small.

#include "collectortypes.h"

#include <QStringList>

#include <chrono>
#include <optional>

namespace FeedbackKit {

struct ProgramOptions
{
    CollectorOptions collector;
    FaultProfile faults;
    /*! How long the server stays down when SIGHUP asks for a restart. */
    std::chrono::milliseconds restartDowntime { 1000 };
};

/*!
 * Reads the command line (arguments[0] is the program). Returns nullopt with \a error set on
 * a bad option; with \a helpText set (and no error) when --help or --version was asked.
 */
std::optional<ProgramOptions> parseCommandLine(const QStringList &arguments, QString *error,
                                               QString *helpText);

/*!
 * Routes SIGINT and SIGTERM to QCoreApplication::quit() and SIGHUP to \a onHangup, through a
 * self-pipe so that the handlers only write one byte (async-signal-safe).
 */
bool installSignalHandlers(std::function<void()> onHangup, QString *error);

} // namespace FeedbackKit
