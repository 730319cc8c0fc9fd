// Dot-path access: "step1.retry", "edits.0.value".

#include "feedback.h"

#include "feedback_p.h"
#include "jsonconvert_p.h"

#include <QCoreApplication>
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

namespace {
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

const json *child(const json &node, const std::string &segment)
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

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

const json *findAtPath(const json &root, const PathSegments &segments)
{
    const json *node = &root;
    for (const std::string &segment : segments) {
        node = child(*node, segment);
        if (!node)
            return nullptr;
    }
    return node;
}

const json *findAtPath(const json &root, const QStringList &segments)
{
    return findAtPath(root, toPathSegments(segments));
}

QJsonValue Feedback::value(QStringView dotPath) const
{
    const QStringList segments = splitDotPath(dotPath);
    if (segments.isEmpty())
        return QJsonValue::Undefined;
    const json *node = findAtPath(d->json, segments);
    return node ? toQJson(*node) : QJsonValue(QJsonValue::Undefined);
}

bool Feedback::contains(QStringView dotPath) const
{
    const QStringList segments = splitDotPath(dotPath);
    return !segments.isEmpty() && findAtPath(d->json, segments) != nullptr;
}

// Works on a copy so that a path that fails half-way changes nothing.
bool Feedback::setValue(QStringView dotPath, const QJsonValue &value, QString *error)
{
    const PathSegments segments = toPathSegments(splitDotPath(dotPath));
    if (segments.empty()
        || std::find(segments.begin(), segments.end(), std::string()) != segments.end())
        return fail(error,
                    QCoreApplication::translate("FeedbackKit::DotPath",
                                                "%1: a dot path needs non-empty segments")
                        .arg(dotPath));
    if (segments.size() > size_t(Limits::maxParseDepth))
        return fail(error,
                    QCoreApplication::translate("FeedbackKit::DotPath",
                                                "%1: a dot path has at most %2 segments")
                        .arg(dotPath.left(64))
                        .arg(Limits::maxParseDepth));
    json root = d->json;
    json *node = &root;
    for (size_t i = 0; i < segments.size(); ++i) {
        const std::string &segment = segments[i];
        const auto index = arrayIndex(segment);
        if (node->is_null())
            *node = index ? json::array() : json::object();
        if (node->is_object()) {
            node = &(*node)[segment];
        } else if (node->is_array()) {
            if (!index || *index > node->size())
                return fail(error,
                            QCoreApplication::translate("FeedbackKit::DotPath",
                                                        "%1: index %2 is out of range")
                                .arg(dotPath, toQString(segment)));
            if (*index == node->size())
                node->push_back(nullptr);
            node = &(*node)[*index];
        } else {
            const QString parent = splitDotPath(dotPath).mid(0, qsizetype(i)).join(u'.');
            return fail(error,
                        QCoreApplication::translate("FeedbackKit::DotPath",
                                                    "%1: %2 holds a value, not an object or array")
                            .arg(dotPath, parent));
        }
    }
    *node = toNlohmann(value, int(segments.size()));
    FeedbackData::mutableOf(*this) = std::move(root);
    return true;
}

bool Feedback::remove(QStringView dotPath)
{
    PathSegments segments = toPathSegments(splitDotPath(dotPath));
    if (segments.empty())
        return false;
    const std::string last = std::move(segments.back());
    segments.pop_back();
    const json *parent = findAtPath(d->json, segments);
    if (!parent || !child(*parent, last))
        return false;
    // The path exists, so after detaching it still leads to the same (now private) parent.
    json &mutableParent = *const_cast<json *>(findAtPath(FeedbackData::mutableOf(*this), segments));
    if (mutableParent.is_object())
        mutableParent.erase(last);
    else
        mutableParent.erase(*arrayIndex(last));
    return true;
}

} // namespace FeedbackKit
