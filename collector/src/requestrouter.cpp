// How a request reaches an endpoint: the API key, the size cap, the path and the method.

#include "requestrouter_p.h"

#include <QHttpServerRequest>

namespace FeedbackKit {

using Method = QHttpServerRequest::Method;

namespace {

// Other paths of HoneyHive's SDKs under /v1/events/ and /events/: none of them an ID.
bool isUnservedHoneyHivePath(const QString &path)
{
    static const QStringList unserved { QStringLiteral("/v1/events/search"),
                                        QStringLiteral("/v1/events/schema"),
                                        QStringLiteral("/events/model"),
                                        QStringLiteral("/events/model/batch") };
    return unserved.contains(path);
}

} // namespace

RequestRouter::RequestRouter(const CollectorOptions &options)
    : m_apiKey(options.apiKey)
    , m_maxBodyBytes(options.maxBodyBytes)
{ }

std::optional<HttpReply> RequestRouter::refusal(const QHttpServerRequest &request) const
{
    if (!authorized(request))
        return HttpReply::error(401,
                                QStringLiteral("missing or wrong API key "
                                               "(expected Authorization: Bearer <key>)"));
    if (request.body().size() > m_maxBodyBytes) {
        HttpReply tooLarge = HttpReply::error(
            413, QStringLiteral("the body is larger than %1 bytes").arg(m_maxBodyBytes));
        tooLarge.closeConnection = true;
        return tooLarge;
    }
    return std::nullopt;
}

bool RequestRouter::authorized(const QHttpServerRequest &request) const
{
    if (m_apiKey.isEmpty())
        return true;
    const QByteArray expected = "Bearer " + m_apiKey.toUtf8();
    const QByteArray given = request.value("authorization");
    // Compares every byte whatever the first mismatch, so timing does not reveal the key.
    unsigned char difference = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= expected[i] ^ (i < given.size() ? given[i] : 0);
    return difference == 0;
}

Route RequestRouter::resolve(const QHttpServerRequest &request) const
{
    using Kind = Route::Kind;
    const QString path = request.url().path();
    const Method method = request.method();
    auto allow = [&](std::initializer_list<std::pair<Method, Kind>> choices, QByteArray allowed) {
        for (const auto &[accepted, kind] : choices) {
            if (method == accepted)
                return Route { kind, {}, {} };
        }
        Route refused { Kind::Refused,
                        {},
                        HttpReply::error(405,
                                         QStringLiteral("method not allowed on %1").arg(path)) };
        refused.refusal.headers.append({ QByteArrayLiteral("Allow"), allowed });
        return refused;
    };
    // The fixed paths come first, so their last segments (start, batch, export, chart) are
    // never read as IDs. The TypeScript SDK sends /events/batch and /events/export, the Python
    // SDK's v1 client /v1/events/batch and /v1/events/export.
    if (path == QLatin1String("/session/start"))
        return allow({ { Method::Post, Kind::StartSession } }, "POST");
    if (path == QLatin1String("/events"))
        return allow({ { Method::Post, Kind::CreateEvent }, { Method::Put, Kind::UpdateEvent } },
                     "POST, PUT");
    if (path == QLatin1String("/events/batch") || path == QLatin1String("/v1/events/batch"))
        return allow({ { Method::Post, Kind::CreateBatch } }, "POST");
    if (path == QLatin1String("/events/export") || path == QLatin1String("/v1/events/export"))
        return allow({ { Method::Post, Kind::Export } }, "POST");
    if (path == QLatin1String("/v1/events/chart"))
        return allow({ { Method::Get, Kind::Chart } }, "GET");
    if (isUnservedHoneyHivePath(path))
        return { Kind::Refused,
                 {},
                 HttpReply::error(404,
                                  QStringLiteral("no such endpoint: %1 (a HoneyHive endpoint "
                                                 "this collector does not serve)")
                                      .arg(path)) };
    for (const auto &[prefix, kind] :
         { std::pair { QLatin1String("/v1/events/"), Kind::GetEvent },
           std::pair { QLatin1String("/v1/sessions/"), Kind::GetSession },
           std::pair { QLatin1String("/session/"), Kind::GetSessionEvent } }) {
        const QString id = path.mid(prefix.size());
        if (path.startsWith(prefix) && !id.isEmpty() && !id.contains(u'/')) {
            Route route = allow({ { Method::Get, kind } }, "GET");
            route.id = id;
            return route;
        }
    }
    return { Kind::Refused,
             {},
             HttpReply::error(404, QStringLiteral("no such endpoint: %1").arg(path)) };
}

} // namespace FeedbackKit
