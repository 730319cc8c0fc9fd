#pragma once

#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_core_export.h>

#include <QVariantMap>

namespace FeedbackKit {

/*!
 * \brief A HoneyHive session: the trace that a conversation's events belong to.
 *
 * Either created here (create(), a fresh UUIDv4 the app then starts with POST /session/start)
 * or adopted from another service that started the trace (adopt(): distributed linking, the ID
 * arrived in a response header or body).
 *
 * The application's current session (setCurrent()) is what the client's enrich calls use when
 * they are not given an explicit target. It is process-wide and thread-safe.
 */
class FEEDBACKKIT_CORE_EXPORT Session
{
public:
    Session() = default;

    static Session create(const QString &project = {}, const QString &source = {});
    /*! A session started elsewhere; invalid (with \a error set) if \a sessionId is malformed. */
    static Session adopt(const QString &sessionId, const QString &project = {},
                         const QString &source = {}, QString *error = nullptr);

    bool isValid() const { return !m_id.isEmpty(); }
    QString id() const { return m_id; }
    /*! True for a session this process generated (and so should start on the server). */
    bool isLocal() const { return m_local; }
    QString project() const { return m_project; }
    void setProject(const QString &project) { m_project = project; }
    /*! The environment or source label (HoneyHive's \c source), e.g. "production". */
    QString source() const { return m_source; }
    void setSource(const QString &source) { m_source = source; }
    QVariantMap userProperties() const { return m_userProperties; }
    void setUserProperties(const QVariantMap &properties) { m_userProperties = properties; }
    QString sessionName() const { return m_name; }
    void setSessionName(const QString &name) { m_name = name; }

    /*! The target for feedback on the whole session. */
    Target target() const;
    /*! The target for feedback on event \a eventId of this session. */
    Target eventTarget(const QString &eventId, QString *error = nullptr) const;

    static Session current();
    static void setCurrent(const Session &session);
    static void clearCurrent();

    bool operator==(const Session &) const = default;

private:
    QString m_id;
    QString m_project;
    QString m_source;
    QString m_name;
    QVariantMap m_userProperties;
    bool m_local = false;
};

} // namespace FeedbackKit
