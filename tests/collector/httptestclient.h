#pragma once

// A synchronous HTTP helper for the collector tests: real requests over 127.0.0.1 with
// QNetworkAccessManager, waited for in a local event loop.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

struct HttpResult
{
    int status = 0; // 0: no HTTP reply (connection refused, closed, timed out)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const;
};

class HttpTestClient
{
public:
    explicit HttpTestClient(QUrl baseUrl)
        : m_baseUrl(std::move(baseUrl))
    { }

    void setBearer(const QByteArray &key) { m_bearer = key; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

    HttpResult send(const QByteArray &verb, const QString &pathAndQuery,
                    const QByteArray &body = {}, int timeoutMs = 5000);
    HttpResult get(const QString &path) { return send("GET", path); }
    HttpResult post(const QString &path, const QByteArray &body)
    {
        return send("POST", path, body);
    }
    HttpResult put(const QByteArray &body) { return send("PUT", QStringLiteral("/events"), body); }

private:
    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    QByteArray m_bearer;
};

/*! A lowercase UUID without braces, as FeedbackKit IDs are. */
QString newTestId();
