#pragma once

#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_quick_export.h>

#include <QObject>
#include <QtQml/qqml.h>

namespace FeedbackKit {

/*!
 * \brief What feedback attaches to, made in QML: \c {Targets.event(sessionId, eventId)}.
 *
 * A target is a value; the controllers' \c target properties take one. A malformed ID gives
 * an invalid target, and a controller bound to it stays idle (the reason is in \c check()).
 */
class FEEDBACKKIT_QUICK_EXPORT QuickTargets : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Targets)
    QML_SINGLETON

public:
    using QObject::QObject;

    /*! Event \a eventId of session \a sessionId (which may be empty when not known). */
    Q_INVOKABLE static FeedbackKit::Target event(const QString &sessionId, const QString &eventId);
    /*! Session \a sessionId itself. */
    Q_INVOKABLE static FeedbackKit::Target session(const QString &sessionId);
    /*! The invalid target: nothing to attach to yet. */
    Q_INVOKABLE static FeedbackKit::Target none();
    /*! A new lowercase UUID, for a session or an event. */
    Q_INVOKABLE static QString newId();
    /*! Why \a id is not a valid ID; empty when it is. */
    Q_INVOKABLE static QString check(const QString &id);
};

} // namespace FeedbackKit
