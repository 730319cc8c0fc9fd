#include "session.h"

#include <QMutex>

namespace FeedbackKit {

namespace {
struct CurrentSession
{
    QMutex mutex;
    Session session;
};
CurrentSession &currentSession()
{
    static CurrentSession instance;
    return instance;
}
} // namespace

Session Session::create(const QString &project, const QString &source)
{
    Session session;
    session.m_id = generateId();
    session.m_project = project;
    session.m_source = source;
    session.m_local = true;
    return session;
}

Session Session::adopt(const QString &sessionId, const QString &project, const QString &source,
                       QString *error)
{
    Session session;
    if (!isValidId(sessionId, error))
        return session;
    session.m_id = sessionId;
    session.m_project = project;
    session.m_source = source;
    return session;
}

Target Session::target() const
{
    return Target::session(m_id);
}

Target Session::eventTarget(const QString &eventId, QString *error) const
{
    return Target::event(eventId, m_id, error);
}

Session Session::current()
{
    QMutexLocker lock(&currentSession().mutex);
    return currentSession().session;
}

void Session::setCurrent(const Session &session)
{
    QMutexLocker lock(&currentSession().mutex);
    currentSession().session = session;
}

void Session::clearCurrent()
{
    setCurrent(Session());
}

} // namespace FeedbackKit
