#pragma once

// Private: requests through a QNetworkAccessManager the application injected (for its proxy
// settings, its cache of TLS sessions, or a test double). Same answers as the default transport.

#include "httptransport_p.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace FeedbackKit {

class QnamTransport final : public HttpTransport
{
public:
    ~QnamTransport() override;

    /*! Requests from now on go through \a manager; those in flight finish where they are. */
    void setManager(QNetworkAccessManager *manager) { m_manager = manager; }
    bool hasManager() const { return !m_manager.isNull(); }

    void setConfig(const ClientConfig &config) override { m_config = config; }
    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              Done done) override;
    void abortAll() override;

private:
    void onFinished(QNetworkReply *reply);

    QPointer<QNetworkAccessManager> m_manager;
    ClientConfig m_config;
    QHash<QNetworkReply *, Done> m_inFlight;
};

} // namespace FeedbackKit
