#pragma once

#include "script.h"

#include <QObject>

namespace FeedbackKitDemo {

class MainWindow;
class MessageBar;

/*!
 * \brief Plays a Script through the real user interface: it types into the input line,
 * clicks the thumbs, presses star keys, fills the comment box and clicks Copy, Regenerate and
 * the editor's Save, so the widgets, hooks and client do exactly what they do for a person.
 */
class ScriptPlayer : public QObject
{
    Q_OBJECT

public:
    explicit ScriptPlayer(MainWindow *window, QObject *parent = nullptr);

    void play(const Script &script);

Q_SIGNALS:
    void finished();
    void failed(const QString &error);

private:
    void playNext();
    /*! Runs \a step; returns whether the next step must wait for an answer to finish. */
    bool run(const ScriptStep &step, MessageBar *bar);
    void rate(MessageBar *bar, const ScriptStep &step);
    void comment(MessageBar *bar, const ScriptStep &step);
    void edit(const QString &text);
    int latestAnswerRow() const;

    MainWindow *m_window;
    Script m_script;
    int m_next = 0;
    bool m_waitingForAnswer = false;
};

} // namespace FeedbackKitDemo
