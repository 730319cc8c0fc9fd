#pragma once

#include <FeedbackKit/HookRegistry>

#include <QJSValue>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace FeedbackKit {

/*!
 * \internal
 * \brief A hook filter written in JavaScript: \c {function(patch, target)} returning the patch
 * to record (as is or changed), or \c null to drop it.
 *
 * Privacy fails closed: a filter that throws, returns something else than an object, or whose
 * engine is gone drops the signal.
 */
class QuickJsFilter
{
public:
    /*! A HookFilter calling \a function in the engine of \a owner; empty unless callable. */
    static HookFilter make(QObject *owner, const QJSValue &function);
    /*! Whether \a value may be set as a filter: a function, or null/undefined for none. */
    static bool isAcceptable(const QJSValue &value);
};

} // namespace FeedbackKit
