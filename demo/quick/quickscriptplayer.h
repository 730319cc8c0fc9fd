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
 * and, in an answer's feedback (AnswerFeedback.qml), \c thumbUp and \c thumbDown. A step with
 * no control in the demo yet (stars, reasons, comment, copy, regenerate, edit) is skipped and
 * counted.
 */
class QuickScriptPlayer : public QObject
{
    Q_OBJECT

public:
    QuickScriptPlayer(ChatController *chat, QQuickWindow *window, QObject *parent = nullptr);

    void play(const Script &script);
    /*! The steps skipped so far, each as its kind's name ("stars", "comment" …). */
    QStringList skippedSteps() const { return m_skipped; }

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
    QQuickItem *latestAnswerItem() const;
    QQuickItem *control(const char *objectName) const;
    void fail(const QString &what);

    ChatController *m_chat;
    QQuickWindow *m_window;
    Script m_script;
    QStringList m_skipped;
    int m_next = 0;
    bool m_waitingForAnswer = false;
    bool m_failed = false;
};

} // namespace FeedbackKitDemo
