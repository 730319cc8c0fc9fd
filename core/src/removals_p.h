#pragma once

// Private: what the server may still hold for a target that the target's current state no
// longer has. A state is sent whole, but a server may merge it into what it stored (keys at
// the top, or at any depth); a key taken out of the state would then stay on the server. So
// every key a patch takes away is remembered, as a skeleton, and sent as an explicit null
// until a state sent after the removal is confirmed.
//
// A skeleton is a JSON object of the removed keys: each maps to null (it held a value) or to
// the skeleton of the object it held, so that an object put back later under the same key
// still clears, on a deep-merging server, the members it no longer has.
//
// This is Core's private API for Delivery (exported, never installed); the skeletons' JSON-level
// work, inside Core, is in removalskeleton_p.h.

#include <FeedbackKit/Feedback>
#include <FeedbackKit/feedbackkit_core_export.h>

namespace FeedbackKit::Removals {

/*! Unites the skeleton \a from into \a into (an object holding the children wins a null). */
FEEDBACKKIT_CORE_EXPORT void unite(Feedback &into, const Feedback &from);

/*!
 * The skeleton stored as \a text (an outbox file: untrusted). Null when it is not a JSON
 * object; a value in it that is not an object counts as a removed key.
 */
FEEDBACKKIT_CORE_EXPORT Feedback parse(QByteArrayView text);

/*!
 * \a state as compact JSON, with a null for every key of \a removals that it does not hold, at
 * the depth where it went missing.
 */
FEEDBACKKIT_CORE_EXPORT QByteArray withRemovals(const Feedback &state, const Feedback &removals);

} // namespace FeedbackKit::Removals
