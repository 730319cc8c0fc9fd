#pragma once

// The widgets a CopyHook watches, built the way a chat application shows a response.

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QTextEdit>

namespace HookTest {

enum class Kind { TextEdit, TextBrowser, PlainTextEdit, LineEdit, Label };

inline QWidget *makeResponse(Kind kind, const QString &text, QWidget *parent = nullptr)
{
    switch (kind) {
    case Kind::TextEdit: {
        auto *edit = new QTextEdit(parent);
        edit->setPlainText(text);
        edit->setReadOnly(true);
        return edit;
    }
    case Kind::TextBrowser: {
        auto *browser = new QTextBrowser(parent);
        browser->setPlainText(text);
        return browser;
    }
    case Kind::PlainTextEdit: {
        auto *plain = new QPlainTextEdit(parent);
        plain->setPlainText(text);
        plain->setReadOnly(true);
        return plain;
    }
    case Kind::LineEdit: {
        auto *line = new QLineEdit(parent);
        line->setMaxLength(std::numeric_limits<int>::max());
        line->setText(text);
        line->setReadOnly(true);
        return line;
    }
    case Kind::Label: {
        auto *label = new QLabel(text, parent);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return label;
    }
    }
    return nullptr;
}

/*! Selects \a length characters from \a start in \a widget (-1: to the end). */
inline void select(QWidget *widget, int start, int length)
{
    if (auto *edit = qobject_cast<QTextEdit *>(widget)) {
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(start);
        cursor.movePosition(length < 0 ? QTextCursor::End : QTextCursor::NextCharacter,
                            QTextCursor::KeepAnchor, std::max(length, 1));
        edit->setTextCursor(cursor);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        QTextCursor cursor = plain->textCursor();
        cursor.setPosition(start);
        cursor.movePosition(length < 0 ? QTextCursor::End : QTextCursor::NextCharacter,
                            QTextCursor::KeepAnchor, std::max(length, 1));
        plain->setTextCursor(cursor);
    } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->setSelection(start, length < 0 ? int(line->text().size()) - start : length);
    } else if (auto *label = qobject_cast<QLabel *>(widget)) {
        label->setSelection(start, length < 0 ? int(label->text().size()) - start : length);
    }
}

/*! Where a context-menu event for \a widget is delivered: a scroll area's viewport. */
inline QWidget *menuReceiver(QWidget *widget)
{
    if (auto *area = qobject_cast<QAbstractScrollArea *>(widget))
        return area->viewport();
    return widget;
}

} // namespace HookTest

Q_DECLARE_METATYPE(HookTest::Kind)
