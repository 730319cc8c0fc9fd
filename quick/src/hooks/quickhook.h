#pragma once

#include <FeedbackKit/Client>
#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_quick_export.h>

#include <QJSValue>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqml.h>

#include <memory>
#include <optional>

namespace FeedbackKit {

class QuickHookPrivate;

/*!
 * \brief The base of the QML implicit-signal hooks (CopyHook, RegenerateHook, EditHook): the
 * binding to a client and a target, the pause and the filter.
 *
 * What a signal records goes through the same HookRecorder as the widgets' hooks: this hook's
 * \c filter, then the HookRegistry's; nothing is observed, recorded or counted while this hook
 * or the registry is paused. Bound (a \c client and a valid \c target), each patch is written
 * with Client::enrich(); either way it is announced by feedbackRecorded().
 *
 * \c filter is a JavaScript function \c {function(patch, target)} that returns the patch to
 * record (as is, or changed) or \c null to drop it. A filter that throws drops the signal.
 */
class FEEDBACKKIT_QUICK_EXPORT QuickHook : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(AbstractHook)
    QML_UNCREATABLE("Declare a CopyHook, a RegenerateHook or an EditHook.")
    Q_PROPERTY(FeedbackKit::Client *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(FeedbackKit::Target target READ target WRITE setTarget NOTIFY targetChanged)
    Q_PROPERTY(bool expert READ isExpert WRITE setExpert NOTIFY expertChanged)
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(QJSValue filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    ~QuickHook() override;

    /*! The client patches go to; null when the hook only announces them. Not owned. */
    Client *client() const;
    void setClient(Client *client);
    /*! The target of the response the hook watches; an invalid one is refused. */
    Target target() const;
    void setTarget(const Target &target);
    /*! Whether patches go to the expert channel (\c metrics) instead of end-user feedback. */
    bool isExpert() const;
    void setExpert(bool expert);
    Channel channel() const;

    bool isPaused() const;
    void setPaused(bool paused);
    /*! Neither this hook nor the HookRegistry is paused. */
    bool isActive() const;

    QJSValue filter() const;
    void setFilter(const QJSValue &filter);

Q_SIGNALS:
    /*! \a patch (after the filters) was recorded for the hook's target. */
    void feedbackRecorded(const QVariantMap &patch);
    /*! The bound client refused a patch; \a error says why. */
    void submitFailed(const QString &error);
    void clientChanged(FeedbackKit::Client *client);
    void targetChanged(const FeedbackKit::Target &target);
    void channelChanged(FeedbackKit::Channel channel);
    void expertChanged();
    void pausedChanged(bool paused);
    void filterChanged();

protected:
    explicit QuickHook(QObject *parent = nullptr);

    /*! Filters \a patch, writes it when bound and announces it; std::nullopt when dropped. */
    std::optional<Feedback> record(const Feedback &patch);
    /*! The next value of \c actions.<action> for the target (see ActionCounters). */
    int nextCount(const QString &action) const;
    void storeCount(const QString &action, int count);
    /*! The target's stored state when bound; an empty document otherwise. */
    Feedback storedState() const;

private:
    std::unique_ptr<QuickHookPrivate> const d_hook;
};

} // namespace FeedbackKit
