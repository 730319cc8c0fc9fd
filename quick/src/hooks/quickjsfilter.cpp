#include "quickjsfilter_p.h"

#include "quickhookslogging_p.h"

#include <QJSEngine>
#include <QPointer>

namespace FeedbackKit {

namespace {
std::optional<Feedback> callFilter(const QObject *owner, QJSValue function, const Target &target,
                                   const Feedback &patch)
{
    QJSEngine *engine = owner ? qjsEngine(owner) : nullptr;
    if (!engine)
        return std::nullopt; // no engine to run the application's privacy rule: record nothing
    const QJSValue result = function.call(
        { engine->toScriptValue(patch.toVariantMap()), engine->toScriptValue(target) });
    if (result.isError()) {
        qCWarning(lcQuickHooks) << "A hook filter failed; the signal is dropped:"
                                << result.toString();
        return std::nullopt;
    }
    if (!result.isObject())
        return std::nullopt; // null or undefined: dropped
    return Feedback(result.toVariant().toMap());
}
} // namespace

HookFilter QuickJsFilter::make(QObject *owner, const QJSValue &function)
{
    if (!function.isCallable())
        return {};
    return
        [owner = QPointer<QObject>(owner), function](const Target &target, const Feedback &patch) {
            return callFilter(owner, function, target, patch);
        };
}

bool QuickJsFilter::isAcceptable(const QJSValue &value)
{
    return value.isCallable() || value.isNull() || value.isUndefined();
}

} // namespace FeedbackKit
