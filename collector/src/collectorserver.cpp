#include "collectorlogging_p.h"
#include "collectorserver_p.h"
#include "connectionguard_p.h"
#include "eventsapi_p.h"
#include "eventstore_p.h"
#include "httpfront_p.h"
#include "statsrecorder_p.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QUrlQuery>

namespace FeedbackKit {

CollectorServer::CollectorServer(const CollectorOptions &options, EventStore &store,
                                 FaultInjector &faults, StatsRecorder &stats, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(store)
    , m_faults(faults)
    , m_stats(stats)
    , m_router(options)
    , m_api(std::make_unique<EventsApi>(store, options))
{
    // Zero interval: fires once the event loop has taken every socket that is ready now, so one
    // commit covers all the writes read in this turn.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &CollectorServer::flush);
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, [this] {
        QString error;
        const bool listening = listen(m_port, &error);
        if (!listening)
            qCWarning(lcCollector) << "restart failed:" << error;
        if (m_onBack)
            m_onBack(listening);
    });
}

CollectorServer::~CollectorServer()
{
    closeListener();
}

bool CollectorServer::listen(quint16 port, QString *error)
{
    m_restartTimer.stop();
    closeListener();
    auto *tcpServer = new GuardedTcpServer(m_options, m_stats);
    if (!tcpServer->listen(m_options.address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_options.address.toString())
                     .arg(port)
                     .arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    m_front = new HttpFront(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { handle(request, socket); },
        this);
    m_front->bind(tcpServer); // the front now owns the TCP server and its sockets
    tcpServer->setHttpServer(m_front);
    m_tcpServer = tcpServer;
    m_port = tcpServer->serverPort();
    qCInfo(lcCollector) << "listening on port" << m_port;
    return true;
}

void CollectorServer::closeListener()
{
    if (!m_front)
        return;
    m_tcpServer->close();
    m_tcpServer->abortAll();
    flush();
    delete m_front;
    m_front = nullptr;
}

void CollectorServer::restart(std::chrono::milliseconds downtime, std::function<void(bool)> onBack)
{
    closeListener();
    m_onBack = std::move(onBack);
    m_restartTimer.start(downtime);
}

void CollectorServer::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_tcpServer->requestStarted(socket);
    m_stats.recordRequest();
    if (std::optional<HttpReply> refused = m_router.refusal(request)) {
        respond(socket, *refused, {}, 0);
        return;
    }
    const Route route = m_router.resolve(request);
    if (route.kind == Route::Kind::Refused) {
        respond(socket, route.refusal, {}, 0);
        return;
    }
    const FaultDecision fault = m_faults.decide(route.isWrite());
    if (fault.kind == FaultDecision::Kind::DropBeforeApply) {
        m_stats.recordDroppedBeforeApply();
        socket->abort();
        return;
    }
    if (fault.kind == FaultDecision::Kind::Status) {
        respond(socket, fault.reply, fault, 0);
        return;
    }
    WriteResult result = run(route, request);
    result.reply.closeConnection
        = request.value("connection").compare("close", Qt::CaseInsensitive) == 0;
    respond(socket, std::move(result.reply), fault, result.writes);
}

WriteResult CollectorServer::run(const Route &route, const QHttpServerRequest &request)
{
    switch (route.kind) {
    case Route::Kind::StartSession:
        return m_api->startSession(request.body());
    case Route::Kind::CreateEvent:
        return m_api->createEvent(request.body());
    case Route::Kind::CreateBatch:
        return m_api->createBatch(request.body());
    case Route::Kind::UpdateEvent:
        return m_api->updateEvent(request.body());
    case Route::Kind::GetEvent:
        return { getEvent(m_store, route.id), 0 };
    case Route::Kind::GetSession:
        return { getSession(m_store, route.id), 0 };
    case Route::Kind::GetSessionEvent:
        return { getSessionEvent(m_store, route.id), 0 };
    case Route::Kind::Chart:
        return { getChart(m_store, QUrlQuery(request.url())), 0 };
    case Route::Kind::Export:
        return { exportEvents(m_store, request.body()), 0 };
    case Route::Kind::Refused:
        break;
    }
    return { route.refusal, 0 };
}

void CollectorServer::respond(QTcpSocket *socket, HttpReply reply, const FaultDecision &fault,
                              int writes)
{
    // Replies to one connection go out in the order of its requests (HTTP/1.1 pipelining), so
    // a reply behind a write that waits for the commit waits too.
    const bool behindPending
        = std::any_of(m_pending.cbegin(), m_pending.cend(),
                      [socket](const PendingReply &p) { return p.socket == socket; });
    if (writes == 0 && !behindPending) {
        deliver(socket, reply, fault.delay);
        return;
    }
    // Writes are answered after the commit: an acknowledged write is a durable one.
    m_pending.append({ socket, std::move(reply), fault, writes });
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void CollectorServer::flush()
{
    QString error;
    const bool committed = m_store.commit(&error);
    if (!committed)
        qCWarning(lcStore) << "commit failed, answering 500:" << error;
    const QList<PendingReply> pending = std::exchange(m_pending, {});
    for (const PendingReply &entry : pending) {
        if (entry.writes > 0 && !committed) {
            deliver(entry.socket,
                    HttpReply::error(500, QStringLiteral("storing failed: %1").arg(error)),
                    entry.fault.delay);
            continue;
        }
        m_stats.recordApplied(entry.writes);
        if (entry.fault.kind == FaultDecision::Kind::DropAfterApply && entry.writes > 0) {
            m_stats.recordDroppedAfterApply();
            if (entry.socket)
                entry.socket->abort();
            continue;
        }
        deliver(entry.socket, entry.reply, entry.fault.delay);
    }
}

void CollectorServer::deliver(QTcpSocket *socket, const HttpReply &reply,
                              std::chrono::milliseconds delay)
{
    if (delay.count() <= 0) {
        write(socket, reply);
        return;
    }
    // The socket is the timer's context: a connection closed meanwhile cancels the reply.
    QPointer<QTcpSocket> target = socket;
    if (target)
        QTimer::singleShot(delay, target, [this, target, reply] { write(target, reply); });
}

void CollectorServer::write(QTcpSocket *socket, const HttpReply &reply)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(reply.serialize());
    m_stats.recordReply(reply.status);
    if (m_tcpServer)
        m_tcpServer->replyFinished(socket);
    if (reply.closeConnection)
        socket->disconnectFromHost();
}

} // namespace FeedbackKit
