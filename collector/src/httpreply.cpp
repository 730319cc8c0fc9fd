#include "httpreply_p.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace FeedbackKit {

HttpReply HttpReply::json(int status, QByteArray json)
{
    HttpReply reply;
    reply.status = status;
    reply.body = std::move(json);
    return reply;
}

HttpReply HttpReply::error(int status, const QString &message)
{
    const QJsonObject object { { QStringLiteral("error"), message } };
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray HttpReply::serialize() const
{
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

} // namespace FeedbackKit
