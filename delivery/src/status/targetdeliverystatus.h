#pragma once

#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QObject>
#include <QString>

#include <memory>

namespace FeedbackKit {

class Client;
class TargetDeliveryStatusPrivate;

/*!
 * \brief Where the delivery of one target's feedback stands, for any front end to show.
 *
 * Bind it to a Client and a Target (bind(), or the client and target properties from QML);
 * it starts from what the client holds of the target (stateOf()) and follows the client's
 * accepted, durable, delivered, failed and quarantined signals for that target alone. All the
 * statuses of one client share one connection to each signal, which finds the statuses of the
 * signal's target by a hash lookup: a signal costs the same with ten or ten thousand statuses
 * bound.
 *
 * text() says the state in words, translated, with the reason of a failure; after the
 * application's language changes (a translator installed or removed), textChanged() announces
 * the new words.
 *
 * \sa Client, FeedbackBar
 */
class FEEDBACKKIT_DELIVERY_EXPORT TargetDeliveryStatus : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("FeedbackKit/Client")
    Q_PROPERTY(FeedbackKit::Client *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(FeedbackKit::Target target READ target WRITE setTarget NOTIFY targetChanged)
    Q_PROPERTY(FeedbackKit::Channel channel READ channel WRITE setChannel NOTIFY channelChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString reason READ reason NOTIFY reasonChanged)
    Q_PROPERTY(quint64 version READ version NOTIFY versionChanged)
    Q_PROPERTY(QString text READ text NOTIFY textChanged)

public:
    /*!
     * \value Idle         nothing captured for the target (or not bound)
     * \value Sending      accepted and queued, not yet on disk
     * \value Saved        on disk (survives a crash), not yet confirmed by the server
     * \value Delivered    the server confirmed the newest state
     * \value Failed       not stored or not accepted; reason() says why
     * \value Quarantined  the server refused the state; reason() is its answer
     */
    enum class State { Idle, Sending, Saved, Delivered, Failed, Quarantined };
    Q_ENUM(State)

    explicit TargetDeliveryStatus(QObject *parent = nullptr);
    ~TargetDeliveryStatus() override;

    /*! Not owned; the status goes back to Idle when the client is destroyed. */
    Client *client() const;
    void setClient(Client *client);
    Target target() const;
    void setTarget(const Target &target);
    /*! The channel whose stored state the status starts from (default EndUser). */
    Channel channel() const;
    void setChannel(Channel channel);
    /*! Sets all three, then starts from what \a client holds of \a target. */
    void bind(Client *client, const Target &target, Channel channel = Channel::EndUser);

    State state() const;
    /*! Why the last delivery failed (the client's reason or the server's answer). */
    QString reason() const;
    /*! The newest version of the target's state accepted by the client; 0 when none. */
    quint64 version() const;
    /*! The state in words, e.g. "Feedback delivered"; empty when Idle. */
    QString text() const;

    /*!
     * A capture for the target was refused before anything was queued (Client::enrich()
     * returned false): shows Failed with \a error until the client's next news.
     */
    Q_INVOKABLE void reportRefused(const QString &error);

    /*! What \a client holds of \a target on \a channel, as a state (Idle without a client). */
    static State stateOf(const Client *client, const Target &target,
                         Channel channel = Channel::EndUser);
    /*! The words for \a state with \a reason, translated; what text() says. */
    static QString textFor(State state, const QString &reason);

Q_SIGNALS:
    void clientChanged(FeedbackKit::Client *client);
    void targetChanged(const FeedbackKit::Target &target);
    void channelChanged(FeedbackKit::Channel channel);
    void stateChanged(FeedbackKit::TargetDeliveryStatus::State state);
    void reasonChanged(const QString &reason);
    void versionChanged(quint64 version);
    void textChanged(const QString &text);

private:
    friend class TargetStatusDispatcher; // delivers the client's news for the target
    void onClientDestroyed();
    void restart();
    void onAccepted(quint64 version);
    void onDurable(quint64 version);
    void onDelivered(quint64 version);
    void onFailed(const QString &reason);
    void onQuarantined(const QString &answer);
    void setVersion(quint64 version);
    void announceText();
    void show(State state, const QString &reason = {});

    std::unique_ptr<TargetDeliveryStatusPrivate> const d;
};

} // namespace FeedbackKit
