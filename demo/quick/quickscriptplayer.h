#pragma once

#include "script.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QQuickItem;
class QQuickWindow;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

class ChatController;

/*!
 * \brief Plays a Script through the Qt Quick demo's real controls: it types into the message
 * field, clicks Send, and clicks the feedback controls under the latest answer, so QML, the
 * client and the collector do exactly what they do for a person.
 *
 * The controls are found by object name: \c messageField, \c sendButton, \c conversationView
 * and, under the latest answer (AnswerFeedback.qml), \c thumbUp, \c thumbDown, \c stars, the
 * \c feedbackBar's comment box, and \c copyButton, \c regenerateButton and \c editButton
 * (AnswerActions.qml), whose edit dialog is corrected and saved. Every step of the widgets
 * demo's scripts is played.
 */
class QuickScriptPlayer : public QObject
{
    Q_OBJECT

public:
    QuickScriptPlayer(ChatController *chat, QQuickWindow *window, QObject *parent = nullptr);

    void play(const Script &script);

Q_SIGNALS:
    void finished();
    void failed(const QString &error);

private:
    void playNext();
    /*! Runs \a step; returns whether the next step must wait for an answer to finish. */
    bool run(const ScriptStep &step);
    bool say(const QString &text);
    void chooseStars(int stars);
    void comment(const ScriptStep &step);
    void rate(bool up);
    /*! Clicks the item named \a objectName under the latest answer; fails the step if none. */
    bool clickUnderLatestAnswer(const char *objectName);
    void edit(const QString &text);
    QQuickItem *latestAnswerItem() const;
    QQuickItem *control(const char *objectName) const;
    void fail(const QString &what);

    ChatController *m_chat;
    QQuickWindow *m_window;
    Script m_script;
    int m_next = 0;
    bool m_waitingForAnswer = false;
    bool m_failed = false;
};

} // namespace FeedbackKitDemo
