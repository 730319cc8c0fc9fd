#pragma once

#include <FeedbackKit/ValidationError>
#include <FeedbackKit/feedbackkit_core_export.h>

#include <QExplicitlySharedDataPointer>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace FeedbackKit {

class FeedbackData;

/*!
 * \brief A feedback document: any JSON object, with typed access to the keys HoneyHive knows.
 *
 * Feedback is an implicitly shared value. It is both the state of a target (what is sent) and
 * a patch (what a widget or hook records): merge() applies a patch with HoneyHive's rule —
 * objects deep-merged, arrays and scalars replaced, \c null removes the key.
 *
 * Values are addressed by dot paths (\c "step1.retry", \c "edits.0.value"); a numeric segment
 * indexes an array.
 *
 * Construction never refuses; validate() tells whether a document may be sent, and every
 * entry point that queues or stores feedback calls it. Containers nested deeper than
 * Limits::maxParseDepth are emptied on construction: such a document breaks the nesting rule
 * anyway, and the cut keeps every later copy, merge and serialisation on a bounded stack. parse()
 * validates as it reads, so it also catches what only the text shows (duplicate keys, invalid
 * UTF-8, absurd nesting).
 *
 * To exchange documents with nlohmann::json, include <FeedbackKit/FeedbackJson>.
 */
class FEEDBACKKIT_CORE_EXPORT Feedback
{
public:
    Feedback();
    explicit Feedback(const QJsonObject &object);
    explicit Feedback(const QVariantMap &map);
    Feedback(const Feedback &other);
    Feedback(Feedback &&other) noexcept;
    Feedback &operator=(const Feedback &other);
    Feedback &operator=(Feedback &&other) noexcept;
    ~Feedback();

    /*!
     * Parses and validates UTF-8 JSON text. On any problem returns std::nullopt and, if
     * \a errors is given, fills it with every rule broken.
     */
    static std::optional<Feedback> parse(QByteArrayView json, ValidationErrors *errors = nullptr);

    /*! Every rule this document breaks; empty when it may be sent. */
    ValidationErrors validate() const;
    bool isValid() const { return validate().isEmpty(); }

    bool isEmpty() const;
    QStringList keys() const;

    QJsonObject toJsonObject() const;
    QVariantMap toVariantMap() const;
    /*! Compact UTF-8 JSON. */
    QByteArray toJson() const;

    // Typed helpers for the keys HoneyHive and FeedbackKit give a meaning to. A getter returns
    // nullopt (or an empty value) when the key is absent or of another type.
    std::optional<bool> rating() const;
    void setRating(std::optional<bool> thumbsUp);
    std::optional<double> score() const;
    void setScore(std::optional<double> score);
    std::optional<QString> comment() const;
    void setComment(std::optional<QString> comment);
    /*! The reserved expected-output field: a string or an object. */
    QJsonValue groundTruth() const;
    void setGroundTruth(const QJsonValue &value);
    QStringList reasons() const;
    void setReasons(const QStringList &reasons);
    QJsonObject actions() const;
    /*! Sets \c actions.<name>; \a value null removes it. */
    void setAction(const QString &name, const QJsonValue &value);
    /*! The \c value of each entry of \c edits. */
    QStringList edits() const;
    void setEdits(const QStringList &values);

    /*! The value at \a dotPath, or QJsonValue::Undefined when there is none. */
    QJsonValue value(QStringView dotPath) const;
    bool contains(QStringView dotPath) const;
    /*!
     * Sets the value at \a dotPath, creating objects (or, for a numeric segment under a
     * missing parent, arrays) on the way. An index may be at most the array's size (which
     * appends). Returns false, changing nothing, when the path cannot be set (empty segment,
     * index out of range, a scalar in the way); \a error then says why.
     */
    bool setValue(QStringView dotPath, const QJsonValue &value, QString *error = nullptr);
    /*! Removes the value at \a dotPath; returns whether there was one. */
    bool remove(QStringView dotPath);

    /*! Applies \a patch: objects deep-merged, arrays and scalars replaced, null removes. */
    void merge(const Feedback &patch);
    /*! This document with \a patch applied. */
    Feedback merged(const Feedback &patch) const;

    bool operator==(const Feedback &other) const;
    bool operator!=(const Feedback &other) const { return !(*this == other); }

private:
    friend class FeedbackData;
    QExplicitlySharedDataPointer<FeedbackData> d;
};

/*! Splits a dot path into its segments; an empty path has none. */
FEEDBACKKIT_CORE_EXPORT QStringList splitDotPath(QStringView dotPath);

} // namespace FeedbackKit

Q_DECLARE_METATYPE(FeedbackKit::Feedback)
