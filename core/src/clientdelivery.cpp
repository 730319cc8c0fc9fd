// The delivery path: a bounded number of requests in flight, one per item at most, always
// carrying the item's newest state; retries on backoff timers, never by polling.

#include "client_p.h"
#include "clientlog_p.h"
#include "wire_p.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace FeedbackKit {

namespace {
// Enough of an error answer to tell what the server objected to.
constexpr qint64 maxAnswerBytes = 4096;
} // namespace

QNetworkAccessManager *ClientPrivate::network()
{
    if (injectedNetwork)
        return injectedNetwork.data();
    if (!ownNetwork)
        ownNetwork = std::make_unique<QNetworkAccessManager>();
    return ownNetwork.get();
}

void ClientPrivate::requestSend()
{
    // Sending happens from the event loop, never inside a capture call.
    if (sendRequested || paused || shuttingDown)
        return;
    sendRequested = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            sendRequested = false;
            sendReady();
        },
        Qt::QueuedConnection);
}

void ClientPrivate::sendReady()
{
    if (holdingOffline())
        return; // the offline timer calls again
    // While the link seems down, one probe at a time; any HTTP answer lifts that.
    const int limit = offlineAttempts > 0 ? 1 : config.maxInFlight;
    while (!paused && !shuttingDown && inFlight.size() < limit && !ready.empty()) {
        const ItemKey key = ready.front();
        ready.pop_front();
        auto it = pending.find(key);
        if (it == pending.end())
            continue;
        it->scheduled = false;
        if (!blockedByCreation(key, *it))
            send(key, *it);
    }
}

bool ClientPrivate::blockedByCreation(const ItemKey &key, PendingItem &item)
{
    // Feedback on an event (or session) this client creates waits for the creation; an event
    // waits for its session's start.
    QString creation;
    if (isFeedbackKind(key.kind)
        && (pending.contains({ key.eventId, ItemKind::LogEvent })
            || pending.contains({ key.eventId, ItemKind::StartSession })))
        creation = key.eventId;
    else if (key.kind == ItemKind::LogEvent
             && pending.contains({ item.target.sessionId(), ItemKind::StartSession }))
        creation = item.target.sessionId();
    if (creation.isEmpty())
        return false;
    item.scheduled = true;
    blocked[creation].append(key);
    return true;
}

void ClientPrivate::releaseBlocked(const QString &eventId)
{
    const QList<ItemKey> keys = blocked.take(eventId);
    for (const ItemKey &key : keys) {
        auto it = pending.find(key);
        if (it == pending.end())
            continue;
        it->scheduled = false;
        schedule(key, *it);
    }
}

void ClientPrivate::send(const ItemKey &key, PendingItem &item)
{
    const QNetworkRequest request = makeRequest(config, pathOf(item.kind));
    const QByteArray body = isFeedbackKind(item.kind)
        ? updateEventBody(key.eventId, channelOf(item.kind), item.state.toJson())
        : item.payload;
    QNetworkReply *reply = isFeedbackKind(item.kind) ? network()->put(request, body)
                                                     : network()->post(request, body);
    const quint64 version = item.version;
    item.sentVersion = version;
    ++stats.requests;
    if (item.attempts > 0)
        ++stats.resends;
    inFlight.insert(reply, key);
    QObject::connect(reply, &QNetworkReply::finished, q,
                     [this, reply, key, version] { onFinished(reply, key, version); });
}

void ClientPrivate::onFinished(QNetworkReply *reply, const ItemKey &key, quint64 version)
{
    reply->deleteLater();
    inFlight.remove(reply);
    if (shuttingDown)
        return;
    auto it = pending.find(key);
    if (it == pending.end())
        return sendReady();
    it->sentVersion = 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0)
        offlineAttempts = 0; // the server answered: the link works
    const Outcome outcome = classifyAnswer(status, reply->error());
    if (outcome == Outcome::Retry && status == 0) {
        onNoAnswer(key, *it, reply);
        return sendReady();
    }
    switch (outcome) {
    case Outcome::Delivered:
        onDelivered(key, *it, version);
        break;
    case Outcome::Retry:
        onRetryable(key, *it, reply);
        break;
    case Outcome::Pause:
        // Not the item's fault: it goes back to the head of the queue, nothing is dropped.
        it->scheduled = true;
        ready.push_front(key);
        setPaused(true, QStringLiteral("the server refused the API key (HTTP %1)").arg(status));
        break;
    case Outcome::Quarantine: {
        const QString answer = status ? QStringLiteral("HTTP %1: %2")
                                            .arg(status)
                                            .arg(QString::fromUtf8(reply->read(maxAnswerBytes)))
                                      : reply->errorString();
        onQuarantined(key, *it, version, scrubbed(answer, config.apiKey));
        break;
    }
    }
    sendReady();
}

void ClientPrivate::onDelivered(const ItemKey &key, PendingItem &item, quint64 version)
{
    ++stats.delivered;
    if (writer)
        writer->enqueue({ WriteOp::Type::Delivered, key, item.target, {}, {}, version, {} });
    const Target target = item.target;
    item.attempts = 0;
    if (item.version > version)
        schedule(key, item); // a newer state was captured meanwhile
    else
        removePending(key);
    if (!isFeedbackKind(key.kind))
        releaseBlocked(key.eventId);
    else
        Q_EMIT q->delivered(target, version);
}

void ClientPrivate::onRetryable(const ItemKey &key, PendingItem &item, QNetworkReply *reply)
{
    ++stats.retryableFailures;
    ++item.attempts;
    std::chrono::milliseconds delay = retry.backoff(item.attempts);
    const QByteArray retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    if (const auto asked = retry.retryAfter(retryAfter, QDateTime::currentDateTimeUtc()))
        delay = *asked;
    qCDebug(lcClient) << "retrying" << item.target.toString() << "in" << delay.count()
                      << "ms:" << scrubbed(reply->errorString(), config.apiKey);
    item.scheduled = true;
    retryLater(key, delay);
}

void ClientPrivate::onQuarantined(const ItemKey &key, PendingItem &item, quint64 version,
                                  const QString &answer)
{
    ++stats.quarantined;
    qCWarning(lcClient) << "quarantined" << item.target.toString() << "version" << version
                        << answer;
    if (writer)
        writer->enqueue({ WriteOp::Type::Quarantine, key, item.target, {}, {}, version, answer });
    const Target target = item.target;
    if (item.version > version) {
        schedule(key, item); // the newer state may well be acceptable
    } else {
        quarantined.insert(key, item);
        removePending(key);
        Q_EMIT q->quarantinedCountChanged(int(quarantined.size()));
    }
    if (!isFeedbackKind(key.kind))
        releaseBlocked(key.eventId);
    Q_EMIT q->quarantined(target, answer);
    Q_EMIT q->failed(target, QStringLiteral("quarantined: %1").arg(answer));
}
} // namespace FeedbackKit
