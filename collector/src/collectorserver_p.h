#pragma once

// Private: the server proper. Lives in the Collector's worker thread.

#include "collectortypes.h"
#include "faultinjector_p.h"
#include "httpreply_p.h"
#include "requestrouter_p.h"

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
class HttpFront;
struct WriteResult;
class GuardedTcpServer;
class StatsRecorder;

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
    WriteResult run(const Route &route, const QHttpServerRequest &request);
    void respond(QTcpSocket *socket, HttpReply reply, const FaultDecision &fault, int writes);
    void flush();
    void deliver(QTcpSocket *socket, const HttpReply &reply, std::chrono::milliseconds delay);
    void write(QTcpSocket *socket, const HttpReply &reply);

    const CollectorOptions m_options;
    EventStore &m_store;
    FaultInjector &m_faults;
    StatsRecorder &m_stats;
    const RequestRouter m_router;
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
