#pragma once

#include "quickdemooptions.h"
#include "script.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QQuickWindow;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

class Backend;
class ChatController;
class QuickScriptPlayer;

/*!
 * \brief --screenshot: plays the script, waits until the feedback is delivered, saves the
 * window as PNG, prints the state dump (the widgets demo's, plus the style) as JSON
 * on stdout, then ends with an exit code: 0 on success.
 */
class QuickHeadlessRun : public QObject
{
    Q_OBJECT

public:
    QuickHeadlessRun(Backend *backend, ChatController *chat, QQuickWindow *window,
                     const QuickDemoOptions &options, QObject *parent = nullptr);

    void start(const Script &script);

Q_SIGNALS:
    void done(int exitCode);

private:
    void waitForDelivery();
    void checkDelivered();
    void grabWindow();
    void printState();
    void fail(const QString &error);

    Backend *m_backend;
    ChatController *m_chat;
    QQuickWindow *m_window;
    QuickDemoOptions m_options;
    QuickScriptPlayer *m_player;
    QTimer m_poll;
    QTimer m_deadline;
    QElapsedTimer m_waiting;
};

} // namespace FeedbackKitDemo
