#pragma once

#include <FeedbackKit/feedbackkit_core_export.h>

#include <QList>
#include <QString>

namespace FeedbackKit {

/*!
 * \brief One rule a feedback document breaks, and where.
 *
 * \c path is the dot path of the offending value (empty for the document itself), so that
 * "edits.0.value: string is longer than 65536 bytes" tells the caller exactly what to fix.
 */
struct FEEDBACKKIT_CORE_EXPORT ValidationError
{
    enum class Rule {
        NotJson, ///< The text is not JSON at all.
        NotAnObject, ///< The feedback root (or a patch) must be an object.
        ObjectNesting, ///< More than 5 levels of nested objects below the root.
        ArrayNesting, ///< More than 2 levels of nested arrays below the root.
        EmptyKey, ///< A key is the empty string.
        DottedKey, ///< A key contains '.', which dot paths could not address.
        KeyTooLong, ///< A key is longer than Limits::maxKeyBytes.
        NonFiniteNumber, ///< NaN or an infinity.
        InvalidUtf8, ///< A string or key is not valid UTF-8.
        StringTooLong, ///< A string is longer than Limits::maxStringBytes.
        DocumentTooLarge, ///< The serialized document is larger than Limits::maxDocumentBytes.
        TooManyMembers, ///< An object or array holds more than Limits::maxMembers entries.
        DuplicateKey, ///< The same key twice in one object of the source text.
        GroundTruthType, ///< \c ground_truth is neither a string nor an object (null clears it).
        InvalidTarget, ///< The target the feedback is for is not valid (a malformed ID).
    };

    QString path;
    Rule rule = Rule::NotJson;
    QString message;

    /*! "path: message", or just the message for the document root. */
    QString toString() const;
    bool operator==(const ValidationError &) const = default;
};

using ValidationErrors = QList<ValidationError>;

/*!
 * \brief The size and shape caps every feedback document is held to.
 *
 * The nesting limits are HoneyHive's; the size caps are FeedbackKit's own, chosen so that
 * a document always fits comfortably in one request and one outbox row.
 */
namespace Limits {
inline constexpr int maxObjectNesting = 5;
inline constexpr int maxArrayNesting = 2;
inline constexpr qsizetype maxKeyBytes = 256;
inline constexpr qsizetype maxStringBytes = 64 * 1024;
inline constexpr qsizetype maxMembers = 1000;
inline constexpr qsizetype maxDocumentBytes = 1024 * 1024;
/*! Parsing stops here: deeper text is refused before any value is built. */
inline constexpr int maxParseDepth = 64;
} // namespace Limits

} // namespace FeedbackKit
