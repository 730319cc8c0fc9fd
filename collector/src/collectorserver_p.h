#pragma once

// Private: the server proper. Lives in the Collector's worker thread.

#include "collectortypes.h"
#include "faultinjector_p.h"
#include "httpreply_p.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTimer>

#include <functional>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QTcpSocket;
QT_END_NAMESPACE

namespace FeedbackKit {

class EventStore;
class EventsApi;
struct WriteResult;
class GuardedTcpServer;
class StatsRecorder;

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
 * \brief Listens, checks each request (API key, size), injects faults, routes it to the
 * endpoints, and answers writes only after their batch is committed.
 */
class CollectorServer : public QObject
{
    Q_OBJECT

public:
    CollectorServer(const CollectorOptions &options, EventStore &store, FaultInjector &faults,
                    StatsRecorder &stats, QObject *parent = nullptr);
    ~CollectorServer() override;

    /*! Listens on options.address and \a port (0: any free port). */
    bool listen(quint16 port, QString *error);
    /*! Stops listening, aborts every connection, commits what is pending. */
    void closeListener();
    /*!
     * closeListener() now and listen() on the same port after \a downtime; \a onBack is told
     * whether listening resumed. A listen() meanwhile cancels the pending restart.
     */
    void restart(std::chrono::milliseconds downtime, std::function<void(bool)> onBack);
    quint16 port() const { return m_port; }

private:
    struct PendingReply
    {
        QPointer<QTcpSocket> socket;
        HttpReply reply;
        FaultDecision fault;
        int writes = 0;
    };

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    std::optional<HttpReply> refusal(const QHttpServerRequest &request) const;
    bool authorized(const QHttpServerRequest &request) const;
    Route resolve(const QHttpServerRequest &request) const;
    WriteResult run(const Route &route, const QHttpServerRequest &request);
    void respond(QTcpSocket *socket, HttpReply reply, const FaultDecision &fault, int writes);
    void flush();
    void deliver(QTcpSocket *socket, const HttpReply &reply, std::chrono::milliseconds delay);
    void write(QTcpSocket *socket, const HttpReply &reply);

    const CollectorOptions m_options;
    EventStore &m_store;
    FaultInjector &m_faults;
    StatsRecorder &m_stats;
    std::unique_ptr<EventsApi> m_api;
    HttpFront *m_front = nullptr;
    QPointer<GuardedTcpServer> m_tcpServer;
    quint16 m_port = 0;
    QList<PendingReply> m_pending;
    QTimer m_flushTimer;
    QTimer m_restartTimer;
    std::function<void(bool)> m_onBack;
};

} // namespace FeedbackKit
