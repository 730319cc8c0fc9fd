#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QQmlApplicationEngine;
class QQuickWindow;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

class ChatController;
class LanguageSwitcher;

/*!
 * Loads the Qt Quick demo's window (Main.qml) into \a engine for \a chat, with the Language menu
 * switching \a languages: the engine retranslates on every switch, and the chat announces its
 * backend's words again. Returns the window, or null when it cannot be loaded.
 */
QQuickWindow *loadQuickDemoWindow(QQmlApplicationEngine &engine, ChatController *chat,
                                  LanguageSwitcher *languages);

} // namespace FeedbackKitDemo
