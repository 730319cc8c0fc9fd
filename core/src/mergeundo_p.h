#pragma once

// Private: merging one JSON object into another in place, and taking the merge back.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace FeedbackKit {

/*!
 * What a merge replaced, so that a merge whose result is refused can be rolled back without
 * copying the whole state beforehand (the capture path merges in place, then validates).
 */
class MergeUndo
{
public:
    void record(nlohmann::json &object, const std::string &key, std::optional<nlohmann::json> old);
    /*! Puts back everything recorded, newest first; the recorded objects must still exist. */
    void rollBack();

private:
    struct Change
    {
        nlohmann::json *object;
        std::string key;
        std::optional<nlohmann::json> old; // nullopt: the key was absent
    };
    std::vector<Change> m_changes;
};

/*!
 * RFC 7386 merge of the object \a patch into the object \a target, in place: objects merge
 * recursively, anything else replaces, null removes. With \a undo, records what it replaced.
 */
void mergeObjects(nlohmann::json &target, const nlohmann::json &patch, MergeUndo *undo = nullptr);

} // namespace FeedbackKit
