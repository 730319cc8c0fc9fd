#include "quickscriptplayer.h"
#include "chatcontroller.h"
#include "chatmodel.h"
#include "conversation.h"
#include "quickitems.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

namespace FeedbackKitDemo {

namespace {
// A short pause between steps lets each one settle (bindings, delegates made for new rows)
// and keeps the order of events that of a quick user.
constexpr std::chrono::milliseconds kStepPause(20);
// ListView.Contain: scroll only as far as needed for the whole delegate to be in view.
constexpr int kPositionContain = 4;

int latestAnswerRow(const ChatModel *model)
{
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (model->message(row).author == ChatMessage::Author::Assistant)
            return row;
    }
    return -1;
}
} // namespace

QuickScriptPlayer::QuickScriptPlayer(ChatController *chat, QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_window(window)
{
    connect(chat->conversation(), &Conversation::answerFinished, this, [this] {
        if (!m_waitingForAnswer)
            return;
        m_waitingForAnswer = false;
        QTimer::singleShot(kStepPause, this, &QuickScriptPlayer::playNext);
    });
}

void QuickScriptPlayer::play(const Script &script)
{
    m_script = script;
    m_next = 0;
    m_failed = false;
    QTimer::singleShot(kStepPause, this, &QuickScriptPlayer::playNext);
}

void QuickScriptPlayer::playNext()
{
    if (m_failed)
        return;
    if (m_next >= m_script.steps.size()) {
        Q_EMIT finished();
        return;
    }
    const ScriptStep &step = m_script.steps.at(m_next++);
    m_waitingForAnswer = run(step);
    if (!m_waitingForAnswer && !m_failed)
        QTimer::singleShot(kStepPause, this, &QuickScriptPlayer::playNext);
}

bool QuickScriptPlayer::run(const ScriptStep &step)
{
    switch (step.kind) {
    case ScriptStep::Kind::Say:
        return say(step.text);
    case ScriptStep::Kind::Thumbs:
        rate(step.up);
        return false;
    case ScriptStep::Kind::Stars:
        chooseStars(step.stars);
        return false;
    case ScriptStep::Kind::Reasons:
    case ScriptStep::Kind::Comment:
        comment(step);
        return false;
    case ScriptStep::Kind::Copy:
        clickUnderLatestAnswer("copyButton");
        return false;
    case ScriptStep::Kind::Regenerate:
        // The new answer streams in a row of its own: the next step waits for it.
        return clickUnderLatestAnswer("regenerateButton");
    case ScriptStep::Kind::Edit:
        edit(step.text);
        return false;
    }
    return false;
}

bool QuickScriptPlayer::clickUnderLatestAnswer(const char *objectName)
{
    const QString name = QString::fromLatin1(objectName);
    if (clickItem(findItem(latestAnswerItem(), name)))
        return true;
    fail(QStringLiteral("no %1 to click under the latest answer").arg(name));
    return false;
}

// As a user would: Edit clicked, the text corrected in the dialog, then Save.
void QuickScriptPlayer::edit(const QString &text)
{
    QQuickItem *answer = latestAnswerItem();
    if (!clickUnderLatestAnswer("editButton"))
        return;
    QQuickItem *actions = findItem(answer, QStringLiteral("answerActions"));
    auto *dialog = actions ? actions->property("editDialog").value<QObject *>() : nullptr;
    auto *editor = dialog ? dialog->property("editor").value<QQuickItem *>() : nullptr;
    QQuickItem *save = nullptr;
    if (dialog)
        QMetaObject::invokeMethod(dialog, "saveButton", Q_RETURN_ARG(QQuickItem *, save));
    if (!editor) {
        fail(QStringLiteral("no edit dialog opened"));
        return;
    }
    editor->setProperty("text", text);
    if (!clickItem(save))
        fail(QStringLiteral("the edit dialog's Save button cannot be clicked"));
}

bool QuickScriptPlayer::say(const QString &text)
{
    QQuickItem *field = control("messageField");
    if (!field) {
        fail(QStringLiteral("no message field"));
        return false;
    }
    field->setProperty("text", text);
    if (!clickItem(control("sendButton"))) {
        fail(QStringLiteral("the Send button cannot be clicked"));
        return false;
    }
    return true;
}

void QuickScriptPlayer::rate(bool up)
{
    QQuickItem *answer = latestAnswerItem();
    const QString name = up ? QStringLiteral("thumbUp") : QStringLiteral("thumbDown");
    if (!clickItem(findItem(answer, name)))
        fail(QStringLiteral("no %1 to click under the latest answer").arg(name));
}

// A digit key sets that many stars, as it does for a keyboard user.
void QuickScriptPlayer::chooseStars(int stars)
{
    QQuickItem *item = findItem(latestAnswerItem(), QStringLiteral("stars"));
    if (!item) {
        fail(QStringLiteral("no stars to choose under the latest answer"));
        return;
    }
    item->forceActiveFocus();
    QKeyEvent press(QEvent::KeyPress, Qt::Key_0 + stars, Qt::NoModifier, QString::number(stars));
    QCoreApplication::sendEvent(m_window, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_0 + stars, Qt::NoModifier,
                      QString::number(stars));
    QCoreApplication::sendEvent(m_window, &release);
}

// As a user would: the comment box opened, reasons chosen or text typed, then Send.
void QuickScriptPlayer::comment(const ScriptStep &step)
{
    QQuickItem *bar = findItem(latestAnswerItem(), QStringLiteral("feedbackBar"));
    if (bar)
        bar->setProperty("commentOpen", true); // the box is made when opened
    auto *box = bar ? bar->property("commentBox").value<QObject *>() : nullptr;
    auto *rules = box ? box->property("comment").value<QObject *>() : nullptr;
    if (!rules) {
        fail(QStringLiteral("no comment box under the latest answer"));
        return;
    }
    if (step.kind == ScriptStep::Kind::Reasons)
        rules->setProperty("selectedReasons", step.reasons);
    else
        rules->setProperty("text", step.text);
    QMetaObject::invokeMethod(rules, "submit");
}

QQuickItem *QuickScriptPlayer::latestAnswerItem() const
{
    const int row = latestAnswerRow(m_chat->conversation()->model());
    QQuickItem *view = control("conversationView");
    if (row < 0 || !view)
        return nullptr;
    // As a user would scroll to it: a delegate out of view may not exist at all.
    QMetaObject::invokeMethod(view, "positionViewAtIndex", Q_ARG(int, row),
                              Q_ARG(int, kPositionContain));
    QMetaObject::invokeMethod(view, "forceLayout");
    QQuickItem *item = nullptr;
    QMetaObject::invokeMethod(view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item),
                              Q_ARG(int, row));
    return item;
}

QQuickItem *QuickScriptPlayer::control(const char *objectName) const
{
    return findItem(m_window->contentItem(), QString::fromLatin1(objectName));
}

void QuickScriptPlayer::fail(const QString &what)
{
    m_failed = true;
    Q_EMIT failed(QStringLiteral("step %1: %2").arg(m_next).arg(what));
}

} // namespace FeedbackKitDemo
