#include "feedback.h"

#include "compactjson_p.h"
#include "feedback_p.h"
#include "feedbackjson.h"
#include "jsonconvert_p.h"

#include <QJsonArray>

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

namespace {
// A patch value landing where there was nothing to merge into: as merged into an empty
// object, objects lose their null members at every level (arrays are taken as they are).
json withoutNulls(const json &value)
{
    if (!value.is_object())
        return value;
    json result = json::object();
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!it->is_null())
            result.emplace(it.key(), withoutNulls(*it));
    }
    return result;
}
} // namespace

void MergeUndo::record(json &object, const std::string &key, std::optional<json> old)
{
    m_changes.push_back({ &object, key, std::move(old) });
}

void MergeUndo::rollBack()
{
    // Newest first: a change inside an object is undone before anything around it.
    for (auto change = m_changes.rbegin(); change != m_changes.rend(); ++change) {
        if (change->old)
            (*change->object)[change->key] = std::move(*change->old);
        else
            change->object->erase(change->key);
    }
    m_changes.clear();
}

// Only objects already in the target are recursed into, and each key occurs once per patch
// object, so the objects recorded in \a undo are never replaced or erased by this merge.
void mergeObjects(json &target, const json &patch, MergeUndo *undo)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const json &value = it.value();
        const auto existing = target.find(it.key());
        const bool present = existing != target.end();
        if (present && value.is_object() && existing->is_object()) {
            mergeObjects(*existing, value, undo);
            continue;
        }
        if (!present && value.is_null())
            continue;
        if (undo)
            undo->record(target, it.key(),
                         present ? std::optional<json>(std::move(*existing)) : std::nullopt);
        if (value.is_null())
            target.erase(existing);
        else if (present)
            *existing = withoutNulls(value);
        else
            target.emplace(it.key(), withoutNulls(value));
    }
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
