#pragma once

#include <FeedbackKit/Client>
#include <FeedbackKit/Feedback>
#include <FeedbackKit/HookRegistry>
#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_widgets_export.h>

#include <QObject>
#include <QObjectList>

#include <memory>

namespace FeedbackKit {

class AbstractHookPrivate;

/*!
 * \brief The base of the implicit-signal hooks: watches widgets and actions the application
 * already has, and turns what the user does with a response into feedback on its target.
 *
 * Binding works as for the feedback widgets (AbstractFeedbackWidget): a hook is either bound
 * to a Client and a Target, and writes every patch through the durable path
 * (Client::enrich(), which never blocks the UI), or unbound and only emits its patches as
 * feedbackRecorded(). It always emits feedbackRecorded() for what it records.
 *
 * Before anything is recorded the patch goes through the hook's filter, then the
 * HookRegistry's; either may drop, rename or redact it. While the hook or the registry is
 * paused nothing is observed, recorded or counted.
 *
 * Sources (the watched widgets and actions) are not owned. A source destroyed while hooked is
 * simply forgotten; the one-line attach() helpers of the subclasses make the hook a child of
 * its source, so both go away together.
 *
 * \sa CopyHook, RegenerateHook, EditHook, HookRegistry
 */
class FEEDBACKKIT_WIDGETS_EXPORT AbstractHook : public QObject
{
    Q_OBJECT
    Q_PROPERTY(FeedbackKit::Client *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(FeedbackKit::Target target READ target WRITE setTarget NOTIFY targetChanged)
    Q_PROPERTY(FeedbackKit::Channel channel READ channel WRITE setChannel NOTIFY channelChanged)
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(bool hasFilter READ hasFilter NOTIFY filterChanged)

public:
    ~AbstractHook() override;

    /*! The client patches go to; nullptr when the hook only emits them. Not owned. */
    Client *client() const;
    void setClient(Client *client);
    /*! The target of the response the hook watches. An invalid target is refused. */
    Target target() const;
    void setTarget(const Target &target);
    /*! End-user feedback (default) or expert metrics. */
    Channel channel() const;
    void setChannel(Channel channel);
    /*! Sets client, target and channel at once. */
    void bind(Client *client, const Target &target, Channel channel = Channel::EndUser);
    /*! Whether patches are written to a client: a client and a valid target are set. */
    bool isBound() const;

    /*! Whether this hook is paused (the registry may pause every hook as well). */
    bool isPaused() const;
    void setPaused(bool paused);
    /*! Whether the hook observes and records now: neither it nor the registry is paused. */
    bool isActive() const;

    /*! Installs \a filter for this hook only; it runs before the registry's filter. */
    void setFilter(HookFilter filter);
    bool hasFilter() const;

    /*!
     * Starts watching \a source. Returns false, with a warning, for nullptr or a kind of
     * object this hook cannot watch. Adding a source twice is harmless.
     */
    bool addSource(QObject *source);
    /*! Stops watching \a source. */
    void removeSource(QObject *source);
    /*! The sources still alive and watched. */
    QObjectList sources() const;

Q_SIGNALS:
    /*! \a patch (after the filters) was recorded for \a target. */
    void feedbackRecorded(const FeedbackKit::Target &target, const FeedbackKit::Feedback &patch);
    /*! The bound client refused a patch for \a target; \a error says why. */
    void submitFailed(const FeedbackKit::Target &target, const QString &error);
    void clientChanged(FeedbackKit::Client *client);
    void targetChanged(const FeedbackKit::Target &target);
    void channelChanged(FeedbackKit::Channel channel);
    void pausedChanged(bool paused);
    void filterChanged();

protected:
    explicit AbstractHook(QObject *parent = nullptr);

    /*! Whether \a source is something this hook knows how to watch. */
    virtual bool canWatch(QObject *source) const = 0;
    /*! Connects to \a source (called once per source); undone by unwatch(). */
    virtual void watch(QObject *source) = 0;
    /*! Disconnects from \a source; the default removes connections and this event filter. */
    virtual void unwatch(QObject *source);

    /*!
     * Filters \a patch, then emits it and, when bound, enriches the target with it. Returns
     * the patch recorded, or std::nullopt when a filter dropped it or the client refused it.
     */
    std::optional<Feedback> record(const Feedback &patch);
    /*!
     * The next value of the running count \c actions.<action> for the current target: one more
     * than the larger of the count this process kept and the one in the client's stored state.
     */
    int nextCount(const QString &action) const;
    /*! Remembers \a count as the current value of \c actions.<action> for the target. */
    void storeCount(const QString &action, int count);
    /*! The target's stored state when bound; an empty document otherwise. */
    Feedback storedState() const;

private:
    std::unique_ptr<AbstractHookPrivate> const d_hook;
};

} // namespace FeedbackKit
