#pragma once

// One chat response as the user sees it, every part bound to one Client and target: the
// answer (copied from), an editable copy of it (edited), a Regenerate button and a
// FeedbackBar with stars and reason chips. perform() does what a user does, with the mouse
// and the keyboard only; it never calls the setter a click would call. It reports failures as
// text rather than through QTest, so a child process that is no test can use it too.
//
// Steps (one user action each):
//   up, down          click that thumb
//   star:N            click the N-th star
//   starkey:Delete    press Delete on the stars (also Backspace, Right, Left ...)
//   reason:NAME       tick or untick the chip NAME (opening the comment box if needed)
//   send              click Send in the comment box
//   comment:TEXT      click into the comment, select all, type TEXT (empty: delete), Ctrl+Enter
//   undo              click the bar's Undo
//   copy:N, copy:all  select the first N characters (Shift+Right) or all (Ctrl+A), Ctrl+C
//   regenerate        click Regenerate
//   edit:TEXT         click into the editable response, select all, type TEXT, Tab away

#include <FeedbackKit/CommentBox>
#include <FeedbackKit/CopyHook>
#include <FeedbackKit/EditHook>
#include <FeedbackKit/FeedbackBar>
#include <FeedbackKit/RegenerateHook>
#include <FeedbackKit/StarRating>

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace ActionTest {

inline const QString answerText = QStringLiteral("Paris is the capital of France.");
inline const QString editableText = QStringLiteral("The answer is 42");

class ResponseScene
{
public:
    ResponseScene(FeedbackKit::Client *client, const FeedbackKit::Target &target)
    {
        auto *layout = new QVBoxLayout(&m_window);
        m_answer->setPlainText(answerText);
        m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_editor->setPlainText(editableText);
        m_editor->setTabChangesFocus(true);
        m_bar->setStarsVisible(true);
        m_bar->commentBox()->setNegativeReasons(
            { QStringLiteral("Wrong"), QStringLiteral("Slow") });
        m_bar->commentBox()->setPositiveReasons({ QStringLiteral("Helpful") });
        for (QWidget *part :
             { static_cast<QWidget *>(m_answer), static_cast<QWidget *>(m_editor),
               static_cast<QWidget *>(m_regenerate), static_cast<QWidget *>(m_bar) })
            layout->addWidget(part);
        using namespace FeedbackKit;
        CopyHook::attach(m_answer, target, client);
        RegenerateHook::attach(m_regenerate, target, client);
        EditHook::attach(m_editor, target, client)->setRecordGroundTruth(true);
        m_bar->bind(client, target);
    }

    /*! Shows the window and makes it active, so that focus moves as it does for a user. */
    bool show()
    {
        m_window.show();
        QApplication::setActiveWindow(&m_window);
        return QTest::qWaitForWindowActive(&m_window);
    }

    /*! Performs \a step; returns why it could not be done, or an empty string. */
    QString perform(const QString &step)
    {
        const QString verb = step.section(QLatin1Char(':'), 0, 0);
        const QString argument = step.section(QLatin1Char(':'), 1);
        if (verb == QLatin1String("up") || verb == QLatin1String("down"))
            return click(tool(verb == QLatin1String("up") ? "thumbUp" : "thumbDown"), step);
        if (verb == QLatin1String("star"))
            return clickStar(argument.toInt());
        if (verb == QLatin1String("starkey"))
            return pressOnStars(argument);
        if (verb == QLatin1String("reason"))
            return toggleReason(argument);
        if (verb == QLatin1String("send"))
            return click(
                m_bar->commentBox()->findChild<QPushButton *>(QStringLiteral("sendButton")), step);
        if (verb == QLatin1String("comment"))
            return writeComment(argument);
        if (verb == QLatin1String("undo"))
            return clickUndo();
        if (verb == QLatin1String("copy"))
            return copy(argument);
        if (verb == QLatin1String("regenerate"))
            return click(m_regenerate, step);
        if (verb == QLatin1String("edit"))
            return edit(argument);
        return QStringLiteral("unknown step \"%1\"").arg(step);
    }

private:
    QToolButton *tool(const char *name) const
    {
        return m_bar->findChild<QToolButton *>(QLatin1String(name));
    }

    static QString click(QWidget *widget, const QString &step)
    {
        if (!widget || !widget->isVisible())
            return QStringLiteral("%1: nothing visible to click").arg(step);
        QTest::mouseClick(widget, Qt::LeftButton);
        return {};
    }

    QString clickStar(int star) const
    {
        // Default geometry: a 3 px focus margin, 20 px stars 2 px apart, left to right.
        FeedbackKit::StarRating *stars = m_bar->stars();
        if (star < 1 || star > stars->maximum() || !stars->isVisible())
            return QStringLiteral("star %1: no such star visible").arg(star);
        QTest::mouseClick(stars, Qt::LeftButton, {},
                          QPoint(3 + (star - 1) * 22 + 10, stars->height() / 2));
        return {};
    }

    QString pressOnStars(const QString &keyName) const
    {
        const QKeySequence key = QKeySequence::fromString(keyName);
        if (key.isEmpty())
            return QStringLiteral("starkey: unknown key \"%1\"").arg(keyName);
        QTest::keyClick(m_bar->stars(), key[0].key());
        return {};
    }

    QString openComment() const
    {
        if (m_bar->commentBox()->isVisible())
            return {};
        return click(tool("commentButton"), QStringLiteral("open the comment box"));
    }

    QString toggleReason(const QString &reason) const
    {
        if (const QString error = openComment(); !error.isEmpty())
            return error;
        const auto chips
            = m_bar->commentBox()->findChildren<QToolButton *>(QStringLiteral("reasonChip"));
        for (QToolButton *chip : chips) {
            if (chip->text() == reason)
                return click(chip, QStringLiteral("reason:") + reason);
        }
        return QStringLiteral("reason:%1: no such chip offered").arg(reason);
    }

    QString writeComment(const QString &text) const
    {
        if (const QString error = openComment(); !error.isEmpty())
            return error;
        auto *editor
            = m_bar->commentBox()->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"));
        QTest::mouseClick(editor->viewport(), Qt::LeftButton);
        QTest::keySequence(editor, QKeySequence::SelectAll);
        if (text.isEmpty())
            QTest::keyClick(editor, Qt::Key_Delete);
        else
            QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        return {};
    }

    QString clickUndo() const
    {
        if (!m_bar->isUndoAvailable())
            return QStringLiteral("undo: not offered");
        return click(tool("undoButton"), QStringLiteral("undo"));
    }

    QString copy(const QString &what) const
    {
        QTest::mouseClick(m_answer->viewport(), Qt::LeftButton);
        if (what == QLatin1String("all")) {
            QTest::keySequence(m_answer, QKeySequence::SelectAll);
        } else {
            QTest::keySequence(m_answer, QKeySequence::MoveToStartOfDocument);
            for (int i = 0; i < what.toInt(); ++i)
                QTest::keySequence(m_answer, QKeySequence::SelectNextChar);
        }
        if (!m_answer->textCursor().hasSelection())
            return QStringLiteral("copy:%1: nothing selected").arg(what);
        QTest::keySequence(m_answer, QKeySequence::Copy);
        return {};
    }

    QString edit(const QString &text) const
    {
        QTest::mouseClick(m_editor->viewport(), Qt::LeftButton);
        if (!m_editor->hasFocus())
            return QStringLiteral("edit: the editor did not take the focus");
        QTest::keySequence(m_editor, QKeySequence::SelectAll);
        QTest::keyClicks(m_editor, text);
        QTest::keyClick(m_editor, Qt::Key_Tab); // leaving the editor ends the edit
        if (m_editor->hasFocus())
            return QStringLiteral("edit: Tab did not move the focus away");
        return {};
    }

    QWidget m_window;
    QTextBrowser *m_answer = new QTextBrowser;
    QTextEdit *m_editor = new QTextEdit;
    QPushButton *m_regenerate = new QPushButton(QStringLiteral("Regenerate"));
    FeedbackKit::FeedbackBar *m_bar = new FeedbackKit::FeedbackBar;
};

} // namespace ActionTest
