#include "client.h"

#include "client_p.h"
#include "clientlog_p.h"
#include "eventtiming_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

namespace FeedbackKit {

// Debug output is opt-in (QT_LOGGING_RULES="feedbackkit.*.debug=true"): command-line tools stay
// quiet.
Q_LOGGING_CATEGORY(lcClient, "feedbackkit.client", QtInfoMsg)

Client::Client(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ClientPrivate>(this, config))
{
    d->outbox.open();
    if (auto *app = QCoreApplication::instance()) {
        // A clean quit gets a bounded chance to deliver; the rest stays durable for next time.
        connect(app, &QCoreApplication::aboutToQuit, this, [this] {
            flush(d->config.quitFlushTimeout);
            d->sender.abortInFlight();
        });
    }
}

// The private part goes first, as members do, before QObject deletes the children it uses.
Client::~Client() = default;

ClientConfig Client::config() const
{
    return d->config;
}

void Client::setConfig(const ClientConfig &config)
{
    d->applyConfig(config);
}

void Client::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    d->transports.setNetworkAccessManager(manager);
}

bool Client::enrich(const Target &target, const Feedback &patch, Channel channel, QString *error)
{
    return d->intake.capture(target, patch, channel, error);
}

bool Client::enrichSession(const Feedback &patch, Channel channel, QString *error)
{
    const Session session = Session::current();
    if (!session.isValid()) {
        if (error)
            *error = tr("no current session (Session::setCurrent)");
        return false;
    }
    return enrich(session.target(), patch, channel, error);
}

bool Client::enrichEvent(const QString &eventId, const Feedback &patch, Channel channel,
                         QString *error)
{
    QString idError;
    const Target target = Session::current().eventTarget(eventId, &idError);
    if (!target.isValid()) {
        if (error)
            *error = idError;
        return false;
    }
    return enrich(target, patch, channel, error);
}

Feedback Client::state(const Target &target, Channel channel) const
{
    return d->states.state(target, channel);
}

bool Client::startSession(const Session &session, QString *error)
{
    if (!session.isValid()) {
        if (error)
            *error = tr("invalid session");
        return false;
    }
    // HoneyHive files every session and event under a project (its SDKs' request models
    // require one): without it the server could only refuse the item, later.
    if (session.project().isEmpty() && d->config.project.isEmpty()) {
        if (error)
            *error = tr("a session needs a project: set HH_PROJECT, ClientConfig::project or "
                        "the session's own");
        return false;
    }
    const ItemKey key { session.id(), ItemKind::StartSession };
    return d->intake.queueCreation(key, session.target(), d->backend->startSessionBody(session),
                                   error);
}

bool Client::logEvent(const QString &eventId, const QString &sessionId, const QJsonObject &fields,
                      QString *error)
{
    const Target target = Target::event(eventId, sessionId, error);
    if (!target.isValid() || sessionId.isEmpty()) {
        if (error && sessionId.isEmpty())
            *error = tr("an event needs its session ID");
        return false;
    }
    if (!fields.value(QLatin1String("project")).isString() && d->config.project.isEmpty()) {
        if (error)
            *error = tr("an event needs a project: set HH_PROJECT, ClientConfig::project or "
                        "the event's own");
        return false;
    }
    if (const QString problem = eventTimingProblem(fields); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const QByteArray body = d->backend->createEventBody(eventId, sessionId, fields,
                                                        QDateTime::currentMSecsSinceEpoch());
    if (body.size() > Limits::maxDocumentBytes) {
        if (error)
            *error = tr("event is larger than %1 bytes").arg(Limits::maxDocumentBytes);
        return false;
    }
    return d->intake.queueCreation({ eventId, ItemKind::LogEvent }, target, body, error);
}

bool Client::flush(std::chrono::milliseconds timeout)
{
    if (d->items.pendingCount() == 0 || d->sender.isPaused())
        return d->items.pendingCount() == 0;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    auto done = [&loop](int count) {
        if (count == 0)
            loop.quit();
    };
    connect(this, &Client::pendingCountChanged, &loop, done);
    connect(this, &Client::pausedChanged, &loop, &QEventLoop::quit);
    timer.start(timeout);
    loop.exec();
    return d->items.pendingCount() == 0;
}

quint64 Client::durableVersion(const Target &target, Channel channel) const
{
    return d->items.durableVersion({ target.eventId(), itemKindFor(channel) });
}

int Client::pendingCount() const
{
    return d->items.pendingCount();
}

int Client::quarantinedCount() const
{
    return d->items.quarantinedCount();
}

bool Client::isPaused() const
{
    return d->sender.isPaused();
}

QString Client::pauseReason() const
{
    return d->sender.pauseReason();
}

bool Client::isOutboxFull() const
{
    return d->outbox.isFull();
}

QString Client::outboxPath() const
{
    return d->outbox.path();
}

void Client::retryQuarantined()
{
    d->intake.retryQuarantined();
}

ClientStatistics Client::statistics() const
{
    return d->stats;
}

bool Client::isPending(const Target &target, Channel channel) const
{
    return d->items.isPending({ target.eventId(), itemKindFor(channel) });
}

bool Client::isQuarantined(const Target &target, Channel channel) const
{
    return d->items.isQuarantined({ target.eventId(), itemKindFor(channel) });
}

quint64 Client::stateVersion(const Target &target, Channel channel) const
{
    return d->states.version(target, channel);
}

} // namespace FeedbackKit
