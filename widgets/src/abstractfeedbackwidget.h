#pragma once

#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_widgets_export.h>

#include <QWidget>

#include <memory>

namespace FeedbackKit {

class AbstractFeedbackWidgetPrivate;
class Client;

/*!
 * \brief The base of the feedback widgets: either bound to a target and a Client, or alone.
 *
 * Every change the user makes becomes a patch (for example {"rating": true}). The widget
 * always emits it as feedbackEdited(); when bound (bind()), it also writes it through the
 * durable delivery path, Client::enrich(target, patch, channel), which never blocks the UI.
 * Binding shows the target's stored state (Client::state()), so a widget recreated for a
 * message shows what the user chose before.
 *
 * \sa ThumbsWidget, StarRating, CommentBox, FeedbackBar
 */
class FEEDBACKKIT_WIDGETS_EXPORT AbstractFeedbackWidget : public QWidget
{
    Q_OBJECT
    Q_MOC_INCLUDE("FeedbackKit/Client")
    Q_PROPERTY(FeedbackKit::Client *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(FeedbackKit::Target target READ target WRITE setTarget NOTIFY targetChanged)
    Q_PROPERTY(FeedbackKit::Channel channel READ channel WRITE setChannel NOTIFY channelChanged)

public:
    ~AbstractFeedbackWidget() override;

    /*! The client patches go to; nullptr when the widget only emits them. Not owned. */
    Client *client() const;
    void setClient(Client *client);
    /*! The target patches apply to. An invalid target is refused with a warning. */
    Target target() const;
    void setTarget(const Target &target);
    /*! End-user feedback (default) or expert metrics. */
    Channel channel() const;
    void setChannel(Channel channel);
    /*! Sets client, target and channel at once, then shows the target's stored state. */
    void bind(Client *client, const Target &target, Channel channel = Channel::EndUser);
    /*! Whether patches are written to a client: a client and a valid target are set. */
    bool isBound() const;

    /*! What the widget shows, as a feedback document (only the keys it edits). */
    virtual Feedback feedbackState() const = 0;
    /*! Shows \a state (keys the widget does not edit are ignored); emits no patch. */
    virtual void setFeedbackState(const Feedback &state) = 0;

Q_SIGNALS:
    /*! The user changed something; \a patch is what changed, null values clear keys. */
    void feedbackEdited(const FeedbackKit::Feedback &patch);
    /*! The bound client refused a patch; \a error says why (nothing was queued). */
    void submitFailed(const QString &error);
    void clientChanged(FeedbackKit::Client *client);
    void targetChanged(const FeedbackKit::Target &target);
    void channelChanged(FeedbackKit::Channel channel);

protected:
    explicit AbstractFeedbackWidget(QWidget *parent = nullptr);
    /*! Emits \a patch and, when bound, hands it to the client. Returns false if refused. */
    bool submit(const Feedback &patch);

private:
    void loadStoredState();
    std::unique_ptr<AbstractFeedbackWidgetPrivate> const d_binding;
};

} // namespace FeedbackKit
