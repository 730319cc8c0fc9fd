#include "headlessrun.h"
#include "backend.h"
#include "dashboardsource.h"
#include "deliverypanel.h"
#include "mainwindow.h"
#include "scriptplayer.h"
#include "statedump.h"

#include <FeedbackKit/Client>

#include <QFile>
#include <QJsonDocument>
#include <QPixmap>

namespace FeedbackKitDemo {

namespace {
// Delivery to a local collector takes milliseconds; this bounds a run that cannot deliver
// (an unreachable --collector), so it fails instead of hanging.
constexpr qint64 kDeliveryTimeoutMs = 20000;
constexpr std::chrono::milliseconds kSettleTime(150);
} // namespace

HeadlessRun::HeadlessRun(Backend *backend, MainWindow *window, const DemoOptions &options,
                         QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_window(window)
    , m_options(options)
    , m_player(new ScriptPlayer(window, this))
{
    m_poll.setInterval(std::chrono::milliseconds(50));
    connect(&m_poll, &QTimer::timeout, this, &HeadlessRun::checkDelivered);
    connect(m_player, &ScriptPlayer::finished, this, &HeadlessRun::waitForDelivery);
    connect(m_player, &ScriptPlayer::failed, this, &HeadlessRun::fail);
}

void HeadlessRun::start(const Script &script)
{
    m_player->play(script);
}

void HeadlessRun::waitForDelivery()
{
    m_waiting.start();
    m_poll.start();
}

void HeadlessRun::checkDelivered()
{
    if (m_backend->client()->pendingCount() == 0) {
        m_poll.stop();
        refreshDashboard();
    } else if (m_waiting.elapsed() > kDeliveryTimeoutMs) {
        m_poll.stop();
        fail(QStringLiteral("feedback still pending after %1 ms (%2 items)")
                 .arg(kDeliveryTimeoutMs)
                 .arg(m_backend->client()->pendingCount()));
    }
}

void HeadlessRun::refreshDashboard()
{
    DashboardSource *source = m_window->dashboardSource();
    connect(source, &DashboardSource::updated, this, &HeadlessRun::saveAndFinish,
            Qt::SingleShotConnection);
    connect(source, &DashboardSource::refreshFailed, this, &HeadlessRun::fail,
            Qt::SingleShotConnection);
    m_window->showTab(m_options.tab);
    source->refresh();
}

void HeadlessRun::saveAndFinish()
{
    disconnect(m_window->dashboardSource(), nullptr, this, nullptr);
    // Charts lay out their titles and axis labels in posted layout requests: let those run
    // before the window is painted into the file.
    QTimer::singleShot(kSettleTime, this, &HeadlessRun::grabWindow);
}

void HeadlessRun::grabWindow()
{
    const QPixmap shot = m_window->grab();
    if (!shot.save(m_options.screenshotPath, "PNG")) {
        fail(QStringLiteral("cannot write %1").arg(m_options.screenshotPath));
        return;
    }
    if (!m_options.dumpStatePath.isEmpty() && !writeStateDump())
        return;
    Q_EMIT done(0);
}

bool HeadlessRun::writeStateDump()
{
    QJsonObject state = dumpState(m_backend, m_window->conversation());
    state.insert(QStringLiteral("delivered"), m_window->deliveryPanel()->deliveredCount());
    state.insert(QStringLiteral("dashboard"), m_window->dashboardSource()->figures().toJson());
    QFile file(m_options.dumpStatePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(state).toJson()) < 0) {
        fail(QStringLiteral("cannot write %1").arg(m_options.dumpStatePath));
        return false;
    }
    return true;
}

void HeadlessRun::fail(const QString &error)
{
    qCritical("feedbackkit-demo: %s", qPrintable(error));
    Q_EMIT done(1);
}

} // namespace FeedbackKitDemo
