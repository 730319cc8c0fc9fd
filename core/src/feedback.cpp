#include "feedback.h"

#include "compactjson_p.h"
#include "feedback_p.h"
#include "feedbackjson.h"
#include "jsonconvert_p.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace FeedbackKit {

using nlohmann::json;

FeedbackData *FeedbackData::sharedEmpty()
{
    static const QExplicitlySharedDataPointer<FeedbackData> empty(new FeedbackData);
    return empty.data();
}

Feedback::Feedback()
    : d(FeedbackData::sharedEmpty())
{ }

Feedback::Feedback(const QJsonObject &object)
    : d(new FeedbackData(toNlohmann(object)))
{ }

// Not through QJsonObject::fromVariantMap(), which turns NaN into null (see variantToNlohmann).
Feedback::Feedback(const QVariantMap &map)
    : d(new FeedbackData(variantToNlohmann(map)))
{ }

Feedback::Feedback(const Feedback &other) = default;
Feedback::Feedback(Feedback &&other) noexcept = default;
Feedback &Feedback::operator=(const Feedback &other) = default;
Feedback &Feedback::operator=(Feedback &&other) noexcept = default;
Feedback::~Feedback() = default;

std::optional<Feedback> Feedback::parse(QByteArrayView text, ValidationErrors *errors)
{
    std::optional<json> parsed = parseFeedbackJson(text, errors);
    if (!parsed)
        return std::nullopt;
    return FeedbackData::wrap(std::move(*parsed));
}

ValidationErrors Feedback::validate() const
{
    return validateJson(d->json);
}

Feedback feedbackFromJson(const json &object)
{
    return FeedbackData::wrap(limitedCopy(object));
}

Feedback feedbackFromJson(json &&object)
{
    limitNesting(object);
    return FeedbackData::wrap(std::move(object));
}

json feedbackToJson(const Feedback &feedback)
{
    return FeedbackData::of(feedback);
}

bool Feedback::isEmpty() const
{
    return d->json.empty();
}

QStringList Feedback::keys() const
{
    QStringList result;
    if (d->json.is_object()) {
        for (auto it = d->json.begin(); it != d->json.end(); ++it)
            result.append(toQString(it.key()));
    }
    return result;
}

QJsonObject Feedback::toJsonObject() const
{
    return toQJson(d->json).toObject();
}

QVariantMap Feedback::toVariantMap() const
{
    return toJsonObject().toVariantMap();
}

QByteArray Feedback::toJson() const
{
    QByteArray compact;
    if (appendCompactJson(d->json, compact))
        return compact;
    // Replace rather than throw on invalid UTF-8: serialising must never fail, and validate()
    // is what reports such a document.
    const std::string text = d->json.dump(-1, ' ', false, json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

// Typed access to the keys HoneyHive and FeedbackKit give a meaning to.

namespace {
const json *member(const json &root, const char *key)
{
    if (!root.is_object())
        return nullptr;
    const auto it = root.find(key);
    return it == root.end() ? nullptr : &*it;
}

void setOrErase(Feedback &feedback, const char *key, std::optional<json> value)
{
    json &root = FeedbackData::mutableOf(feedback);
    if (!root.is_object())
        root = json::object();
    if (value)
        root[key] = std::move(*value);
    else
        root.erase(key);
}
} // namespace

std::optional<bool> Feedback::rating() const
{
    const json *value = member(d->json, "rating");
    return value && value->is_boolean() ? std::optional<bool>(value->get<bool>()) : std::nullopt;
}

void Feedback::setRating(std::optional<bool> thumbsUp)
{
    setOrErase(*this, "rating", thumbsUp ? std::optional<json>(*thumbsUp) : std::nullopt);
}

std::optional<double> Feedback::score() const
{
    const json *value = member(d->json, "score");
    return value && value->is_number() ? std::optional<double>(value->get<double>()) : std::nullopt;
}

void Feedback::setScore(std::optional<double> score)
{
    setOrErase(*this, "score", score ? std::optional<json>(toNlohmann(*score)) : std::nullopt);
}

std::optional<QString> Feedback::comment() const
{
    const json *value = member(d->json, "comment");
    if (!value || !value->is_string())
        return std::nullopt;
    return toQString(value->get_ref<const std::string &>());
}

void Feedback::setComment(std::optional<QString> comment)
{
    setOrErase(*this, "comment",
               comment ? std::optional<json>(toStdString(*comment)) : std::nullopt);
}

QJsonValue Feedback::groundTruth() const
{
    const json *value = member(d->json, "ground_truth");
    return value ? toQJson(*value) : QJsonValue(QJsonValue::Undefined);
}

void Feedback::setGroundTruth(const QJsonValue &value)
{
    const bool clear = value.isNull() || value.isUndefined();
    setOrErase(*this, "ground_truth",
               clear ? std::nullopt : std::optional<json>(toNlohmann(value, 1)));
}

QStringList Feedback::reasons() const
{
    QStringList result;
    if (const json *value = member(d->json, "reasons"); value && value->is_array()) {
        for (const json &reason : *value) {
            if (reason.is_string())
                result.append(toQString(reason.get_ref<const std::string &>()));
        }
    }
    return result;
}

void Feedback::setReasons(const QStringList &reasons)
{
    json array = json::array();
    for (const QString &reason : reasons)
        array.push_back(toStdString(reason));
    setOrErase(*this, "reasons", std::move(array));
}

QJsonObject Feedback::actions() const
{
    const json *value = member(d->json, "actions");
    return value && value->is_object() ? toQJson(*value).toObject() : QJsonObject();
}

void Feedback::setAction(const QString &name, const QJsonValue &value)
{
    json &root = FeedbackData::mutableOf(*this);
    if (!root.is_object())
        root = json::object();
    json &actions = root["actions"];
    if (!actions.is_object())
        actions = json::object();
    if (value.isNull() || value.isUndefined())
        actions.erase(toStdString(name));
    else
        actions[toStdString(name)] = toNlohmann(value, 2);
}

QStringList Feedback::edits() const
{
    QStringList result;
    if (const json *value = member(d->json, "edits"); value && value->is_array()) {
        for (const json &edit : *value) {
            if (const json *text = member(edit, "value"); text && text->is_string())
                result.append(toQString(text->get_ref<const std::string &>()));
        }
    }
    return result;
}

void Feedback::setEdits(const QStringList &values)
{
    json array = json::array();
    for (const QString &value : values)
        array.push_back(json { { "value", toStdString(value) } });
    setOrErase(*this, "edits", std::move(array));
}

// Dot-path access: "step1.retry", "edits.0.value".

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

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
    if (!parent || !childAt(*parent, last))
        return false;
    // The path exists, so after detaching it still leads to the same (now private) parent.
    json &mutableParent = *const_cast<json *>(findAtPath(FeedbackData::mutableOf(*this), segments));
    if (mutableParent.is_object())
        mutableParent.erase(last);
    else
        mutableParent.erase(*arrayIndex(last));
    return true;
}

void Feedback::merge(const Feedback &patch)
{
    // Holding the patch keeps it shared, so merging a document into itself detaches first.
    const Feedback keep = patch;
    const json &source = FeedbackData::of(keep);
    if (source.empty())
        return;
    json &target = FeedbackData::mutableOf(*this);
    // RFC 7386 merge patch is exactly HoneyHive's rule: objects merge recursively, anything
    // else replaces, null removes.
    if (source.is_object() && target.is_object())
        mergeObjects(target, source);
    else
        target.merge_patch(source);
}

Feedback Feedback::merged(const Feedback &patch) const
{
    Feedback result = *this;
    result.merge(patch);
    return result;
}

bool Feedback::operator==(const Feedback &other) const
{
    return d == other.d || d->json == other.d->json;
}

} // namespace FeedbackKit
