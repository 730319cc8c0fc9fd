#include "quickheadlessrun.h"
#include "backend.h"
#include "chatcontroller.h"
#include "quickscriptplayer.h"
#include "statedump.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QQuickWindow>

#include <cstdio>

namespace FeedbackKitDemo {

namespace {
// Delivery to a local collector takes milliseconds; this bounds a run that cannot deliver
// (an unreachable --collector), so it fails instead of hanging.
constexpr qint64 kDeliveryTimeoutMs = 20000;
// The whole run, script included: a control that never answers a click ends the run too.
constexpr std::chrono::seconds kRunTimeout(60);
// Lets the last bindings and the delivery indicators' state changes reach the scene.
constexpr std::chrono::milliseconds kSettleTime(150);
} // namespace

QuickHeadlessRun::QuickHeadlessRun(Backend *backend, ChatController *chat, QQuickWindow *window,
                                   const QuickDemoOptions &options, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_chat(chat)
    , m_window(window)
    , m_options(options)
    , m_player(new QuickScriptPlayer(chat, window, this))
{
    m_poll.setInterval(std::chrono::milliseconds(50));
    connect(&m_poll, &QTimer::timeout, this, &QuickHeadlessRun::checkDelivered);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kRunTimeout);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(QStringLiteral("the script did not finish in time")); });
    connect(m_player, &QuickScriptPlayer::finished, this, &QuickHeadlessRun::waitForDelivery);
    connect(m_player, &QuickScriptPlayer::failed, this, &QuickHeadlessRun::fail);
}

void QuickHeadlessRun::start(const Script &script)
{
    m_deadline.start();
    m_player->play(script);
}

void QuickHeadlessRun::waitForDelivery()
{
    m_waiting.start();
    m_poll.start();
}

void QuickHeadlessRun::checkDelivered()
{
    const int pending = m_backend->client()->pendingCount();
    if (pending == 0) {
        m_poll.stop();
        QTimer::singleShot(kSettleTime, this, &QuickHeadlessRun::grabWindow);
    } else if (m_waiting.elapsed() > kDeliveryTimeoutMs) {
        m_poll.stop();
        fail(QStringLiteral("feedback still pending after %1 ms (%2 items)")
                 .arg(kDeliveryTimeoutMs)
                 .arg(pending));
    }
}

void QuickHeadlessRun::grabWindow()
{
    m_deadline.stop();
    const QImage shot = m_window->grabWindow();
    if (shot.isNull() || !shot.save(m_options.screenshotPath, "PNG")) {
        fail(QStringLiteral("cannot write %1").arg(m_options.screenshotPath));
        return;
    }
    printState();
    Q_EMIT done(0);
}

void QuickHeadlessRun::printState()
{
    QJsonObject state = dumpState(m_backend, m_chat->conversation());
    state.insert(QStringLiteral("style"), m_options.style);
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly))
        out.write(QJsonDocument(state).toJson());
}

void QuickHeadlessRun::fail(const QString &error)
{
    m_deadline.stop();
    m_poll.stop();
    qCritical("feedbackkit-quick-demo: %s", qPrintable(error));
    Q_EMIT done(1);
}

} // namespace FeedbackKitDemo
