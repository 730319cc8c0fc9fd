#pragma once

// Private: what a server or the network stack says, made safe for signals and logs.

#include <QString>

namespace FeedbackKit {

/*!
 * \a text with every occurrence of the API key replaced, and cut to a bounded length: what a
 * server or the network stack says goes to signals and logs, and must never carry the key.
 */
QString scrubbed(const QString &text, const QString &apiKey);

} // namespace FeedbackKit
