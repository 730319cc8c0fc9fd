#pragma once

#include <FeedbackKit/Client>
#include <FeedbackKit/feedbackkit_quick_export.h>

#include <QObject>
#include <QQmlParserStatus>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqml.h>

#include <memory>

namespace FeedbackKit {

class QuickClientPrivate;

/*!
 * \brief The delivery client, declared in QML: \c {FeedbackClient { project: "chat" }}.
 *
 * The Client is made when the declaration is complete, from the properties given there and
 * the environment for those left out (HH_API_KEY, HH_PROJECT, HH_API_URL), so one declared
 * object never opens an outbox with half its configuration. Properties set later apply as
 * Client::setConfig() does. An application that makes its Client in C++ hands it over instead
 * (setClient()); the declared properties are then not used.
 */
class FEEDBACKKIT_QUICK_EXPORT QuickClient : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_NAMED_ELEMENT(FeedbackClient)
    Q_PROPERTY(QUrl apiUrl READ apiUrl WRITE setApiUrl NOTIFY configChanged)
    Q_PROPERTY(QString apiKey READ apiKey WRITE setApiKey NOTIFY configChanged)
    Q_PROPERTY(QString project READ project WRITE setProject NOTIFY configChanged)
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY configChanged)
    Q_PROPERTY(QString outboxPath READ outboxPath WRITE setOutboxPath NOTIFY configChanged)
    Q_PROPERTY(bool allowInsecureHttp READ allowInsecureHttp WRITE setAllowInsecureHttp NOTIFY
                   configChanged)
    Q_PROPERTY(FeedbackKit::Client *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(int quarantinedCount READ quarantinedCount NOTIFY quarantinedCountChanged)
    Q_PROPERTY(bool paused READ isPaused NOTIFY pausedChanged)
    Q_PROPERTY(QString pauseReason READ pauseReason NOTIFY pausedChanged)
    Q_PROPERTY(bool outboxFull READ isOutboxFull NOTIFY outboxFullChanged)

public:
    explicit QuickClient(QObject *parent = nullptr);
    ~QuickClient() override;

    QUrl apiUrl() const;
    void setApiUrl(const QUrl &url);
    QString apiKey() const;
    void setApiKey(const QString &key);
    QString project() const;
    void setProject(const QString &project);
    QString source() const;
    void setSource(const QString &source);
    QString outboxPath() const;
    void setOutboxPath(const QString &path);
    bool allowInsecureHttp() const;
    void setAllowInsecureHttp(bool allow);

    /*! The Client in use: made at completion, or handed over; nullptr before either. */
    Client *client() const;
    /*! Uses \a client (owned by the caller) instead of a declared one. */
    void setClient(Client *client);

    int pendingCount() const;
    int quarantinedCount() const;
    bool isPaused() const;
    QString pauseReason() const;
    bool isOutboxFull() const;

    /*!
     * Merges \a patch (a JavaScript object) into event \a eventId's state, as Client::enrich;
     * \a expert writes the expert channel (\c metrics). Returns the refusal's reason, or an
     * empty string when the patch was accepted.
     */
    Q_INVOKABLE QString enrichEvent(const QString &sessionId, const QString &eventId,
                                    const QVariantMap &patch, bool expert = false);
    /*! The current state of event \a eventId, as a JavaScript object. */
    Q_INVOKABLE QVariantMap eventState(const QString &sessionId, const QString &eventId,
                                       bool expert = false) const;

    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void configChanged();
    void clientChanged();
    void pendingCountChanged();
    void quarantinedCountChanged();
    void pausedChanged();
    void outboxFullChanged();

private:
    std::unique_ptr<QuickClientPrivate> const d;
};

} // namespace FeedbackKit
