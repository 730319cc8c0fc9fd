#include "quickclient.h"

#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>

#include <QPointer>

namespace FeedbackKit {

class QuickClientPrivate
{
public:
    ClientConfig config = ClientConfig::fromEnvironment();
    std::unique_ptr<Client> owned; ///< The declared client, made at completion.
    QPointer<Client> client; ///< The one in use (owned or handed over).
    bool completed = false;
};

QuickClient::QuickClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<QuickClientPrivate>())
{ }

QuickClient::~QuickClient() = default;

void QuickClient::classBegin() { }

void QuickClient::componentComplete()
{
    d->completed = true;
    if (d->client)
        return; // Handed over before completion.
    d->owned = std::make_unique<Client>(d->config);
    setClient(d->owned.get());
}

namespace {
// Applies one configuration change: kept until completion, then given to the Client.
template<typename Value>
bool changeConfig(QuickClientPrivate &d, Value ClientConfig::*field, const Value &value)
{
    if (d.config.*field == value)
        return false;
    d.config.*field = value;
    if (d.owned)
        d.owned->setConfig(d.config);
    return true;
}
} // namespace

QUrl QuickClient::apiUrl() const
{
    return d->config.apiUrl;
}
void QuickClient::setApiUrl(const QUrl &url)
{
    if (changeConfig(*d, &ClientConfig::apiUrl, url))
        Q_EMIT configChanged();
}
QString QuickClient::apiKey() const
{
    return d->config.apiKey;
}
void QuickClient::setApiKey(const QString &key)
{
    if (changeConfig(*d, &ClientConfig::apiKey, key))
        Q_EMIT configChanged();
}
QString QuickClient::project() const
{
    return d->config.project;
}
void QuickClient::setProject(const QString &project)
{
    if (changeConfig(*d, &ClientConfig::project, project))
        Q_EMIT configChanged();
}
QString QuickClient::source() const
{
    return d->config.source;
}
void QuickClient::setSource(const QString &source)
{
    if (changeConfig(*d, &ClientConfig::source, source))
        Q_EMIT configChanged();
}
QString QuickClient::outboxPath() const
{
    return d->config.outboxPath;
}
void QuickClient::setOutboxPath(const QString &path)
{
    // The outbox is opened once: a path given after completion is for the next start.
    if (changeConfig(*d, &ClientConfig::outboxPath, path))
        Q_EMIT configChanged();
}
bool QuickClient::allowInsecureHttp() const
{
    return d->config.allowInsecureHttp;
}
void QuickClient::setAllowInsecureHttp(bool allow)
{
    if (changeConfig(*d, &ClientConfig::allowInsecureHttp, allow))
        Q_EMIT configChanged();
}

Client *QuickClient::client() const
{
    return d->client;
}

void QuickClient::setClient(Client *client)
{
    if (d->client == client)
        return;
    if (d->client)
        d->client->disconnect(this);
    if (d->owned && d->owned.get() != client)
        d->owned.reset();
    d->client = client;
    if (client) {
        connect(client, &Client::pendingCountChanged, this, &QuickClient::pendingCountChanged);
        connect(client, &Client::quarantinedCountChanged, this,
                &QuickClient::quarantinedCountChanged);
        connect(client, &Client::pausedChanged, this, &QuickClient::pausedChanged);
        connect(client, &Client::outboxFullChanged, this, &QuickClient::outboxFullChanged);
    }
    Q_EMIT clientChanged();
    Q_EMIT pendingCountChanged();
    Q_EMIT quarantinedCountChanged();
    Q_EMIT pausedChanged();
    Q_EMIT outboxFullChanged();
}

int QuickClient::pendingCount() const
{
    return d->client ? d->client->pendingCount() : 0;
}
int QuickClient::quarantinedCount() const
{
    return d->client ? d->client->quarantinedCount() : 0;
}
bool QuickClient::isPaused() const
{
    return d->client && d->client->isPaused();
}
QString QuickClient::pauseReason() const
{
    return d->client ? d->client->pauseReason() : QString();
}
bool QuickClient::isOutboxFull() const
{
    return d->client && d->client->isOutboxFull();
}

QString QuickClient::enrichEvent(const QString &sessionId, const QString &eventId,
                                 const QVariantMap &patch, bool expert)
{
    if (!d->client)
        return tr("The feedback client is not ready yet.");
    QString error;
    const Target target = Target::event(eventId, sessionId, &error);
    if (!target.isValid())
        return error;
    const Channel channel = expert ? Channel::Expert : Channel::EndUser;
    if (!d->client->enrich(target, Feedback(patch), channel, &error))
        return error;
    return {};
}

QVariantMap QuickClient::eventState(const QString &sessionId, const QString &eventId,
                                    bool expert) const
{
    const Target target = Target::event(eventId, sessionId);
    if (!d->client || !target.isValid())
        return {};
    return d->client->state(target, expert ? Channel::Expert : Channel::EndUser).toVariantMap();
}

} // namespace FeedbackKit
