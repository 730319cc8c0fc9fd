#pragma once

#include <FeedbackKit/feedbackkit_core_export.h>

#include <QHashFunctions>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace FeedbackKit {

/*!
 * \brief Where feedback goes in HoneyHive's event model.
 *
 * \value EndUser  ratings and comments from the application's users: the event's \c feedback.
 * \value Expert   judgements from domain experts or reviewers: the event's \c metrics.
 */
enum class Channel { EndUser, Expert };

/*! The event field a channel writes: "feedback" or "metrics". */
FEEDBACKKIT_CORE_EXPORT QString channelField(Channel channel);

/*!
 * \brief What feedback attaches to: a whole session, or one event (span) in it.
 *
 * A session's own event has \c event_id equal to its \c session_id, so both kinds are enriched
 * through the same \c PUT /events call with eventId(). IDs are lowercase UUIDs without braces;
 * the factories refuse anything else, so a Target that isValid() always has well-formed IDs.
 */
class FEEDBACKKIT_CORE_EXPORT Target
{
    // A value with properties, so that QML (and any meta-object code) can read a target.
    Q_GADGET
    Q_PROPERTY(bool valid READ isValid CONSTANT)
    Q_PROPERTY(Kind kind READ kind CONSTANT)
    Q_PROPERTY(QString eventId READ eventId CONSTANT)
    Q_PROPERTY(QString sessionId READ sessionId CONSTANT)

public:
    enum class Kind { Invalid, Session, Event };
    Q_ENUM(Kind)

    Target() = default;

    /*! The session \a sessionId; invalid (with \a error set) if the ID is malformed. */
    static Target session(const QString &sessionId, QString *error = nullptr);
    /*!
     * The event \a eventId. \a sessionId, when given, records the session it belongs to; it
     * must be well-formed too.
     */
    static Target event(const QString &eventId, const QString &sessionId = {},
                        QString *error = nullptr);

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    /*! The ID \c PUT /events addresses: the session ID for a session target. */
    QString eventId() const { return m_eventId; }
    /*! The session, when known (always for a session target). */
    QString sessionId() const { return m_sessionId; }

    /*! "session:<id>" or "event:<id>". */
    QString toString() const;

    bool operator==(const Target &) const = default;

private:
    Kind m_kind = Kind::Invalid;
    QString m_eventId;
    QString m_sessionId;
};

/*! Whether \a id is a lowercase, brace-less UUID; \a error says what is wrong otherwise. */
FEEDBACKKIT_CORE_EXPORT bool isValidId(QStringView id, QString *error = nullptr);
/*! A new random (version 4) ID in the canonical form. */
FEEDBACKKIT_CORE_EXPORT QString generateId();

inline size_t qHash(const Target &target, size_t seed = 0) noexcept
{
    return qHashMulti(seed, int(target.kind()), target.eventId());
}

} // namespace FeedbackKit

Q_DECLARE_METATYPE(FeedbackKit::Target)
