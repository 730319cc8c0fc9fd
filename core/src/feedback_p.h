#pragma once

// Private: the representation behind Feedback. nlohmann::json is fast to merge and walk, and
// keeping it here (not in the public header) lets the representation change freely.

#include "feedback.h"

#include <QSharedData>

#include <nlohmann/json.hpp>

namespace FeedbackKit {

class FeedbackData : public QSharedData
{
public:
    FeedbackData()
        : json(nlohmann::json::object())
    { }
    explicit FeedbackData(nlohmann::json value)
        : json(std::move(value))
    { }

    static const nlohmann::json &of(const Feedback &feedback) { return feedback.d->json; }
    static nlohmann::json &mutableOf(Feedback &feedback)
    {
        // An acquire load, not detach()'s relaxed one. Another thread (the outbox writer) may
        // have just read this document and dropped its reference; seeing the count at 1 must
        // also mean its reads happened before the writes that follow here. The copy is made
        // here, not by detach(): detach() loads the count once more, relaxed, and seeing the
        // writer's release there would skip the copy with nothing ordering its reads before
        // these writes (ThreadSanitizer caught that window).
        if (feedback.d->ref.loadAcquire() != 1)
            feedback.d.reset(new FeedbackData(*feedback.d));
        return feedback.d->json;
    }
    /*! A Feedback holding \a value, without passing through the shared empty document. */
    static Feedback wrap(nlohmann::json value)
    {
        Feedback feedback;
        feedback.d.reset(new FeedbackData(std::move(value)));
        return feedback;
    }
    /*!
     * The one empty document every default-constructed Feedback shares: creating an empty
     * Feedback (a fresh patch, a default state entry) then allocates nothing. The static
     * reference keeps it shared, so the first write always detaches.
     */
    static FeedbackData *sharedEmpty();

    nlohmann::json json;
};

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

/*! The validation rules applied to any JSON value standing for a feedback document. */
ValidationErrors validateJson(const nlohmann::json &root);

/*!
 * Strict parse of untrusted text: refuses duplicate keys and nesting deeper than
 * Limits::maxParseDepth before building anything; nullopt (and \a errors) on failure.
 */
std::optional<nlohmann::json> parseJsonStrict(QByteArrayView text, ValidationErrors *errors);

/*! Dot-path segments as UTF-8, converted once to walk many documents without converting. */
using PathSegments = std::vector<std::string>;
PathSegments toPathSegments(const QStringList &segments);

/*! Walks \a segments from \a root; nullptr when the path leads nowhere. */
const nlohmann::json *findAtPath(const nlohmann::json &root, const QStringList &segments);
const nlohmann::json *findAtPath(const nlohmann::json &root, const PathSegments &segments);

} // namespace FeedbackKit
