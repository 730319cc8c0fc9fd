#pragma once

// Private: compact JSON text of a document, byte for byte what nlohmann's dump() writes with no
// indentation, at a fraction of its cost. Every capture is serialised on the writer thread and
// every delivery on the client's thread; dump()'s output adapter, per-character escaping state
// machine and std::string round trip were most of the cost.

#include <QByteArray>

#include <nlohmann/json_fwd.hpp>

namespace FeedbackKit {

/*!
 * Appends the compact JSON text of \a value to \a out. Returns false, leaving \a out as it
 * was, for what only dump() handles the same way: strings that are not valid UTF-8 (which
 * dump() repairs) and binary values. Callers fall back to dump() then.
 */
bool appendCompactJson(const nlohmann::json &value, QByteArray &out);

} // namespace FeedbackKit
