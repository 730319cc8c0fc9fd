#include "scriptplayer.h"
#include "chatmodel.h"
#include "chatpage.h"
#include "conversation.h"
#include "editanswerdialog.h"
#include "mainwindow.h"
#include "messageactions.h"
#include "messagebar.h"

#include <FeedbackKit/CommentBox>
#include <FeedbackKit/FeedbackBar>
#include <FeedbackKit/StarRating>
#include <FeedbackKit/ThumbsWidget>

#include <QAbstractButton>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QTimer>
#include <QToolButton>

namespace FeedbackKitDemo {

namespace {
// A short pause between steps lets each one settle (the copy hook pairs a click with the
// clipboard change that follows) and keeps the order of events that of a quick user.
constexpr std::chrono::milliseconds kStepPause(20);
} // namespace

ScriptPlayer::ScriptPlayer(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    connect(m_window->conversation(), &Conversation::answerFinished, this, [this] {
        if (!m_waitingForAnswer)
            return;
        m_waitingForAnswer = false;
        QTimer::singleShot(kStepPause, this, &ScriptPlayer::playNext);
    });
}

void ScriptPlayer::play(const Script &script)
{
    m_script = script;
    m_next = 0;
    QTimer::singleShot(kStepPause, this, &ScriptPlayer::playNext);
}

int ScriptPlayer::latestAnswerRow() const
{
    const ChatModel *model = m_window->model();
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (model->message(row).author == ChatMessage::Author::Assistant)
            return row;
    }
    return -1;
}

void ScriptPlayer::playNext()
{
    if (m_next >= m_script.steps.size()) {
        Q_EMIT finished();
        return;
    }
    const ScriptStep &step = m_script.steps.at(m_next++);
    MessageBar *bar = nullptr;
    if (step.kind != ScriptStep::Kind::Say) {
        const int row = latestAnswerRow();
        bar = row >= 0 ? m_window->chatPage()->revealBar(row) : nullptr;
        if (!bar) {
            Q_EMIT failed(QStringLiteral("step %1: no answer to act on").arg(m_next));
            return;
        }
    }
    m_waitingForAnswer = run(step, bar);
    if (!m_waitingForAnswer)
        QTimer::singleShot(kStepPause, this, &ScriptPlayer::playNext);
}

bool ScriptPlayer::run(const ScriptStep &step, MessageBar *bar)
{
    switch (step.kind) {
    case ScriptStep::Kind::Say:
        m_window->chatPage()->sendText(step.text);
        return true;
    case ScriptStep::Kind::Regenerate:
        bar->regenerateButton()->click();
        return true;
    case ScriptStep::Kind::Thumbs:
    case ScriptStep::Kind::Stars:
        rate(bar, step);
        return false;
    case ScriptStep::Kind::Reasons:
    case ScriptStep::Kind::Comment:
        comment(bar, step);
        return false;
    case ScriptStep::Kind::Copy:
        bar->copyButton()->click();
        return false;
    case ScriptStep::Kind::Edit:
        edit(step.text);
        return false;
    }
    return false;
}

void ScriptPlayer::rate(MessageBar *bar, const ScriptStep &step)
{
    FeedbackKit::FeedbackBar *feedback = bar->feedbackBar();
    if (step.kind == ScriptStep::Kind::Thumbs) {
        // The thumbs are the widget's two buttons, up first.
        const auto buttons = feedback->thumbs()->findChildren<QAbstractButton *>();
        if (buttons.size() >= 2)
            buttons.at(step.up ? 0 : 1)->click();
        return;
    }
    // A digit key sets that many stars, as it does for a keyboard user.
    const auto key = Qt::Key(Qt::Key_0 + step.stars);
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString::number(step.stars));
    QCoreApplication::sendEvent(feedback->stars(), &press);
}

void ScriptPlayer::comment(MessageBar *bar, const ScriptStep &step)
{
    FeedbackKit::FeedbackBar *feedback = bar->feedbackBar();
    feedback->setCommentOpen(true);
    FeedbackKit::CommentBox *box = feedback->commentBox();
    if (step.kind == ScriptStep::Kind::Reasons)
        box->setSelectedReasons(step.reasons);
    else
        box->setText(step.text);
    box->submitComment();
}

void ScriptPlayer::edit(const QString &text)
{
    const QString eventId = m_window->model()->message(latestAnswerRow()).eventId;
    EditAnswerDialog *dialog = m_window->chatPage()->actions()->edit(eventId);
    dialog->setText(text);
    dialog->accept();
}

} // namespace FeedbackKitDemo
