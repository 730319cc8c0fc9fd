#pragma once

// Private: the representation behind Feedback. nlohmann::json is fast to merge and walk, and
// keeping it here (not in the public header) lets the representation change freely.

#include "feedback.h"
#include "mergeundo_p.h"

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

/*! The validation rules applied to any JSON value standing for a feedback document. */
ValidationErrors validateJson(const nlohmann::json &root);

/*!
 * Strict parse of untrusted text: refuses duplicate keys and nesting deeper than
 * Limits::maxParseDepth before building anything; nullopt (and \a errors) on failure.
 */
std::optional<nlohmann::json> parseJsonStrict(QByteArrayView text, ValidationErrors *errors);

/*!
 * What Feedback::parse() reads: at most Limits::maxDocumentBytes of text, parsed strictly and
 * validated; nullopt on failure, with every problem in \a errors (emptied on success).
 */
std::optional<nlohmann::json> parseFeedbackJson(QByteArrayView text, ValidationErrors *errors);

/*! Dot-path segments as UTF-8, converted once to walk many documents without converting. */
using PathSegments = std::vector<std::string>;
PathSegments toPathSegments(const QStringList &segments);

/*! Walks \a segments from \a root; nullptr when the path leads nowhere. */
const nlohmann::json *findAtPath(const nlohmann::json &root, const QStringList &segments);
const nlohmann::json *findAtPath(const nlohmann::json &root, const PathSegments &segments);
/*! The position a segment names in an array: plain decimal only ("01", "+1" are keys). */
std::optional<size_t> arrayIndex(std::string_view segment);
/*! The member or element \a segment names in \a node; nullptr when there is none. */
const nlohmann::json *childAt(const nlohmann::json &node, const std::string &segment);

} // namespace FeedbackKit
