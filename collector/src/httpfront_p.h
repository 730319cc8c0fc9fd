#pragma once

// Private: the collector's HTTP front, in the Collector's worker thread.

#include <QAbstractHttpServer>

#include <functional>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QTcpSocket;
QT_END_NAMESPACE

namespace FeedbackKit {

/*!
 * \brief QAbstractHttpServer reduced to one callback: the collector routes requests itself
 * (a handful of fixed paths do not need QHttpServer's regular-expression router).
 */
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit HttpFront(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace FeedbackKit
