#include "qnamtransport_p.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include <climits>

namespace FeedbackKit {

namespace {
/*!
 * A request to \a path under the configured API URL, with the key in the Authorization header
 * only, a timeout, and redirects limited to the same origin (so the header never follows one
 * to another host).
 */
QNetworkRequest makeRequest(const ClientConfig &config, const QString &path)
{
    QUrl url = config.apiUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + config.apiKey.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(int(qMin<qint64>(config.requestTimeout.count(), INT_MAX)));
    return request;
}
} // namespace

QnamTransport::~QnamTransport()
{
    abortAll();
}

void QnamTransport::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         Done done)
{
    QNetworkReply *reply = m_manager->sendCustomRequest(makeRequest(m_config, path), method, body);
    m_inFlight.insert(reply, std::move(done));
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] { onFinished(reply); });
    // A manager deleted by the application takes its replies with it, without finished().
    QObject::connect(reply, &QObject::destroyed, reply, [this, reply] {
        if (Done done = m_inFlight.take(reply)) {
            HttpAnswer answer;
            answer.error = QStringLiteral("the network access manager was destroyed");
            done(answer);
        }
    });
}

void QnamTransport::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const Done done = m_inFlight.take(reply);
    if (!done)
        return;
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.status == 0) {
        answer.error = reply->errorString();
        answer.refusedRedirect = reply->error() == QNetworkReply::InsecureRedirectError
            || reply->error() == QNetworkReply::TooManyRedirectsError;
    }
    answer.body = reply->read(maxAnswerBodyBytes);
    answer.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    done(answer);
}

void QnamTransport::abortAll()
{
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        QObject::disconnect(reply, nullptr, nullptr, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace FeedbackKit
