#pragma once

// Private: how a request reaches an endpoint. Lives in the Collector's worker thread.

#include "collectortypes.h"
#include "httpreply_p.h"

#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace FeedbackKit {

/*!
 * Where a request goes: one of the endpoints, or a refusal (404, 405) ready to send. Export is a
 * POST that only reads, so it is no write (for the fault injector and the commit).
 */
struct Route
{
    enum class Kind {
        Refused,
        StartSession,
        CreateEvent,
        CreateBatch,
        UpdateEvent,
        GetEvent,
        GetSession,
        GetSessionEvent,
        Chart,
        Export
    };
    Kind kind = Kind::Refused;
    QString id;
    HttpReply refusal;
    bool isWrite() const { return kind >= Kind::StartSession && kind <= Kind::UpdateEvent; }
};

/*!
 * \brief Checks a request (the API key, the size cap) and finds its endpoint from the path and
 * the method.
 */
class RequestRouter
{
public:
    explicit RequestRouter(const CollectorOptions &options);

    /*! The 401 or 413 to answer \a request with, or nothing when it may go on. */
    std::optional<HttpReply> refusal(const QHttpServerRequest &request) const;
    /*! The endpoint of \a request, or the 404 or 405 to answer it with. */
    Route resolve(const QHttpServerRequest &request) const;

private:
    bool authorized(const QHttpServerRequest &request) const;

    const QString m_apiKey;
    const qint64 m_maxBodyBytes;
};

} // namespace FeedbackKit
