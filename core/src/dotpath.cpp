// Dot-path access: "step1.retry", "edits.0.value".

#include "feedback.h"

#include "feedback_p.h"
#include "jsonconvert_p.h"

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

namespace {
std::optional<size_t> arrayIndex(const QString &segment)
{
    bool ok = false;
    const qulonglong index = segment.toULongLong(&ok);
    // Only plain decimal indexes: "+1", " 1" and "01" are keys, not positions.
    if (!ok || segment.isEmpty() || !segment.front().isDigit() || (segment.size() > 1 && segment.front() == u'0'))
        return std::nullopt;
    return size_t(index);
}

const json *child(const json &node, const QString &segment)
{
    if (node.is_object()) {
        const auto it = node.find(toStdString(segment));
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

const json *findAtPath(const json &root, const QStringList &segments)
{
    const json *node = &root;
    for (const QString &segment : segments) {
        node = child(*node, segment);
        if (!node)
            return nullptr;
    }
    return node;
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
    const QStringList segments = splitDotPath(dotPath);
    if (segments.isEmpty() || segments.contains(QString()))
        return fail(error, QStringLiteral("%1: a dot path needs non-empty segments").arg(dotPath));
    json root = d->json;
    json *node = &root;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments[i];
        const auto index = arrayIndex(segment);
        if (node->is_null())
            *node = index ? json::array() : json::object();
        if (node->is_object()) {
            node = &(*node)[toStdString(segment)];
        } else if (node->is_array()) {
            if (!index || *index > node->size())
                return fail(error, QStringLiteral("%1: index %2 is out of range").arg(dotPath, segment));
            if (*index == node->size())
                node->push_back(nullptr);
            node = &(*node)[*index];
        } else {
            const QString parent = QStringList(segments.mid(0, i)).join(u'.');
            return fail(error, QStringLiteral("%1: %2 holds a value, not an object or array").arg(dotPath, parent));
        }
    }
    *node = toNlohmann(value);
    FeedbackData::mutableOf(*this) = std::move(root);
    return true;
}

bool Feedback::remove(QStringView dotPath)
{
    QStringList segments = splitDotPath(dotPath);
    if (segments.isEmpty())
        return false;
    const QString last = segments.takeLast();
    const json *parent = findAtPath(d->json, segments);
    if (!parent || !child(*parent, last))
        return false;
    json &mutableParent = *const_cast<json *>(findAtPath(FeedbackData::mutableOf(*this), segments));
    if (mutableParent.is_object())
        mutableParent.erase(toStdString(last));
    else
        mutableParent.erase(*arrayIndex(last));
    return true;
}

} // namespace FeedbackKit
