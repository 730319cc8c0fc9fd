#include "collector.h"
#include "collectorlogging_p.h"
#include "collectorserver_p.h"
#include "eventstore_p.h"
#include "faultinjector_p.h"
#include "statsrecorder_p.h"
#include "tsanhandoff_p.h"

#include <QJsonDocument>
#include <QThread>
#include <QTimer>

#include <condition_variable>
#include <mutex>

namespace FeedbackKit {

Q_LOGGING_CATEGORY(lcCollector, "feedbackkit.collector")
Q_LOGGING_CATEGORY(lcStore, "feedbackkit.collector.store")
Q_LOGGING_CATEGORY(lcConnections, "feedbackkit.collector.connections")

class CollectorPrivate
{
public:
    explicit CollectorPrivate(const CollectorOptions &options)
        : options(options)
    { }

    // Runs \a work in the worker thread and waits for it. Not a BlockingQueuedConnection: that
    // wakes the caller inside QtCore, out of ThreadSanitizer's sight, and Qt then still reads
    // the caller's stack in the worker; the wait on our own condition variable is seen.
    template<typename Work> void inWorker(Work &&work)
    {
        std::unique_lock lock(handoffMutex);
        bool done = false;
        {
            const TsanHandoff::IgnoreAccesses qtPostsTheClosure;
            QMetaObject::invokeMethod(
                context,
                [this, &work, &done] {
                    const std::lock_guard workerLock(handoffMutex);
                    work();
                    done = true;
                    handoffDone.notify_all();
                },
                Qt::QueuedConnection);
        }
        handoffDone.wait(lock, [&done] { return done; });
    }
    void setRunning(Collector *q, bool value);

    const CollectorOptions options;
    EventStore store;
    FaultInjector faults;
    StatsRecorder stats;
    QThread thread;
    QObject *context = nullptr; // lives in thread; parent of the server
    std::mutex handoffMutex; // held by the worker while it runs inWorker()'s work
    std::condition_variable handoffDone;
    CollectorServer *server = nullptr;
    quint16 port = 0;
    bool running = false;
    QUrl baseUrl;
};

void CollectorPrivate::setRunning(Collector *q, bool value)
{
    if (running == value)
        return;
    running = value;
    Q_EMIT q->runningChanged(running);
}

Collector::Collector(const CollectorOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<CollectorPrivate>(options))
{
    d->thread.setObjectName(QStringLiteral("feedbackkit-collector"));
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    d->faults.setProfile({});
}

Collector::~Collector()
{
    stop();
    delete d->context; // the thread is not running any more
}

CollectorOptions Collector::options() const
{
    return d->options;
}

bool Collector::start(QString *error)
{
    if (d->running)
        return true;
    if (const QString problem = d->options.problem(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!d->thread.isRunning())
        d->thread.start();
    QString failure;
    bool started = false;
    d->inWorker([&] {
        if (!d->server) {
            if (!d->store.open(d->options.databasePath, d->options.durability, &failure))
                return;
            d->server = new CollectorServer(d->options, d->store, d->faults, d->stats, d->context);
        }
        started = d->server->listen(d->port ? d->port : d->options.port, &failure);
        if (started)
            d->port = d->server->port();
    });
    if (!started) {
        stop();
        if (error)
            *error = failure;
        qCWarning(lcCollector) << "cannot start:" << failure;
        return false;
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress &address = d->options.address;
    const bool anyAddress = address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6;
    url.setHost(anyAddress ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(d->port);
    if (url != d->baseUrl) {
        d->baseUrl = url;
        Q_EMIT baseUrlChanged(url);
    }
    d->setRunning(this, true);
    return true;
}

void Collector::stop()
{
    if (d->thread.isRunning()) {
        d->inWorker([&] {
            delete d->server;
            d->server = nullptr;
            d->store.close();
        });
        d->thread.quit();
        d->thread.wait();
    }
    d->setRunning(this, false);
}

void Collector::restart(std::chrono::milliseconds downtime)
{
    if (!d->running)
        return;
    QPointer<Collector> self = this;
    d->inWorker([&] {
        d->server->restart(downtime, [self](bool listening) {
            // Told in the worker thread; the running state belongs to the Collector's thread.
            QMetaObject::invokeMethod(
                self, [self, listening] { self->d->setRunning(self, listening); },
                Qt::QueuedConnection);
        });
    });
    d->setRunning(this, false);
}

bool Collector::isRunning() const
{
    return d->running;
}

QUrl Collector::baseUrl() const
{
    return d->baseUrl;
}

bool Collector::setFaults(const FaultProfile &faults, QString *error)
{
    const QString problem = faults.problem();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        qCWarning(lcCollector) << "fault profile refused:" << problem;
        return false;
    }
    d->faults.setProfile(faults);
    return true;
}

FaultProfile Collector::faults() const
{
    return d->faults.profile();
}

CollectorStats Collector::stats() const
{
    return d->stats.snapshot();
}

void Collector::resetStats()
{
    d->stats.reset();
}

QJsonObject Collector::event(const QString &eventId) const
{
    const std::optional<nlohmann::json> event = d->store.get(eventId);
    if (!event)
        return {};
    const std::string text = event->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

int Collector::eventCount() const
{
    return d->store.count();
}

} // namespace FeedbackKit
