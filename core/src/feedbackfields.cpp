// Typed access to the keys HoneyHive and FeedbackKit give a meaning to.

#include "feedback.h"

#include "feedback_p.h"
#include "jsonconvert_p.h"

#include <QJsonArray>

namespace FeedbackKit {

using nlohmann::json;

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

} // namespace FeedbackKit
