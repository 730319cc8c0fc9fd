#pragma once

// Private to Core: the removal skeletons of removals_p.h, worked on as nlohmann::json inside
// Core (the state store records them as it merges patches).

#include "removals_p.h"

#include <nlohmann/json_fwd.hpp>

namespace FeedbackKit::Removals {

/*!
 * Adds to the skeleton \a removed (null or an object) the keys that merging the object
 * \a patch into the object \a state takes away: a key set to null, and an object replaced by
 * something that is not an object.
 */
void record(const nlohmann::json &state, const nlohmann::json &patch, nlohmann::json &removed);

/*! Unites the skeleton \a from into \a into (an object holding the children wins a null). */
void unite(nlohmann::json &into, const nlohmann::json &from);

} // namespace FeedbackKit::Removals
