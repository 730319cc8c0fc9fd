#pragma once

#include <QStringList>

// Each verb of the feedbackkit tool takes the arguments after the verb and returns the
// process exit code. Exit codes shared by all verbs:
//   0 success, 1 the input was read but is not acceptable (invalid feedback, timeout),
//   2 the input could not be used (bad flags, unreadable file, not JSON).

namespace FeedbackKit::Cli {

enum ExitCode { Success = 0, Rejected = 1, Unusable = 2 };

int runValidate(const QStringList &args);
int runStats(const QStringList &args);

} // namespace FeedbackKit::Cli
