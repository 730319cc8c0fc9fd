// Dot-path access: "step1.retry", "edits.0.value".

#include "feedback_p.h"
#include "jsonconvert_p.h"

#include <charconv>

namespace FeedbackKit {

using nlohmann::json;

QStringList splitDotPath(QStringView dotPath)
{
    QStringList segments;
    if (dotPath.isEmpty())
        return segments;
    for (QStringView segment : dotPath.split(u'.'))
        segments.append(segment.toString());
    return segments;
}

PathSegments toPathSegments(const QStringList &segments)
{
    PathSegments result;
    result.reserve(size_t(segments.size()));
    for (const QString &segment : segments)
        result.push_back(toStdString(segment));
    return result;
}

// Only plain decimal indexes: "+1", " 1" and "01" are keys, not positions.
std::optional<size_t> arrayIndex(std::string_view segment)
{
    if (segment.empty() || (segment.size() > 1 && segment.front() == '0'))
        return std::nullopt;
    size_t index = 0;
    const char *end = segment.data() + segment.size();
    const auto [stop, error] = std::from_chars(segment.data(), end, index);
    if (error != std::errc() || stop != end)
        return std::nullopt;
    return index;
}

const json *childAt(const json &node, const std::string &segment)
{
    if (node.is_object()) {
        const auto it = node.find(segment);
        return it == node.end() ? nullptr : &*it;
    }
    if (node.is_array()) {
        const auto index = arrayIndex(segment);
        return index && *index < node.size() ? &node[*index] : nullptr;
    }
    return nullptr;
}

const json *findAtPath(const json &root, const PathSegments &segments)
{
    const json *node = &root;
    for (const std::string &segment : segments) {
        node = childAt(*node, segment);
        if (!node)
            return nullptr;
    }
    return node;
}

const json *findAtPath(const json &root, const QStringList &segments)
{
    return findAtPath(root, toPathSegments(segments));
}

} // namespace FeedbackKit
