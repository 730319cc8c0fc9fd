#pragma once

#include "demooptions.h"
#include "script.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace FeedbackKitDemo {

class Backend;
class MainWindow;
class ScriptPlayer;

/*!
 * \brief --screenshot: plays the script, waits until the feedback is delivered and the
 * dashboard shows it, saves the window as PNG (and the state as JSON), then ends with an
 * exit code: 0 on success.
 */
class HeadlessRun : public QObject
{
    Q_OBJECT

public:
    HeadlessRun(Backend *backend, MainWindow *window, const DemoOptions &options,
                QObject *parent = nullptr);

    void start(const Script &script);

Q_SIGNALS:
    void done(int exitCode);

private:
    void waitForDelivery();
    void checkDelivered();
    void refreshDashboard();
    void saveAndFinish();
    void grabWindow();
    /*! Writes --dump-state's file; false (and done(1)) when it cannot. */
    bool writeStateDump();
    void fail(const QString &error);

    Backend *m_backend;
    MainWindow *m_window;
    DemoOptions m_options;
    ScriptPlayer *m_player;
    QTimer m_poll;
    QElapsedTimer m_waiting;
};

} // namespace FeedbackKitDemo
