#pragma once

// Private: the one shape of every check that reads a request or a file and explains a refusal.

#include <QString>

namespace FeedbackKit {

/*! Puts \a message in \a error (when the caller asked for it) and returns false. */
inline bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace FeedbackKit
