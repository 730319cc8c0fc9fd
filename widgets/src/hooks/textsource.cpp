#include "textsource_p.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace FeedbackKit::TextSource {

bool isTextWidget(const QObject *object)
{
    return qobject_cast<const QTextEdit *>(object) || qobject_cast<const QPlainTextEdit *>(object)
        || qobject_cast<const QLineEdit *>(object) || qobject_cast<const QLabel *>(object);
}

bool isEditable(const QObject *object)
{
    if (auto *edit = qobject_cast<const QTextEdit *>(object))
        return !edit->isReadOnly();
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(object))
        return !plain->isReadOnly();
    if (auto *line = qobject_cast<const QLineEdit *>(object))
        return !line->isReadOnly();
    return false;
}

QWidget *viewportOf(const QObject *object)
{
    if (auto *area = qobject_cast<const QAbstractScrollArea *>(object))
        return area->viewport();
    return nullptr;
}

static QString labelPlainText(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    return rich ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text();
}

QString plainText(const QObject *object)
{
    if (auto *edit = qobject_cast<const QTextEdit *>(object))
        return edit->toPlainText();
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(object))
        return plain->toPlainText();
    if (auto *line = qobject_cast<const QLineEdit *>(object))
        return line->text();
    if (auto *label = qobject_cast<const QLabel *>(object))
        return labelPlainText(label);
    return {};
}

bool hasSelection(const QObject *object)
{
    if (auto *edit = qobject_cast<const QTextEdit *>(object))
        return edit->textCursor().hasSelection();
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(object))
        return plain->textCursor().hasSelection();
    if (auto *line = qobject_cast<const QLineEdit *>(object))
        return line->hasSelectedText();
    if (auto *label = qobject_cast<const QLabel *>(object))
        return label->hasSelectedText();
    return false;
}

QString selectedText(const QObject *object)
{
    if (auto *edit = qobject_cast<const QTextEdit *>(object))
        return edit->textCursor().selection().toPlainText();
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(object))
        return plain->textCursor().selection().toPlainText();
    if (auto *line = qobject_cast<const QLineEdit *>(object))
        return line->selectedText();
    if (auto *label = qobject_cast<const QLabel *>(object))
        return label->selectedText();
    return {};
}

bool hasFocus(const QObject *object)
{
    auto *widget = qobject_cast<const QWidget *>(object);
    if (!widget)
        return false;
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == widget || widget->isAncestorOf(focus));
}

bool isCopyKey(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        return true;
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    return event->key() == Qt::Key_Insert && modifiers == Qt::ControlModifier;
}

bool isCopyAction(const QAction *action)
{
    if (!action)
        return false;
    // Qt names the entry of QTextEdit's, QPlainTextEdit's and QLabel's menus; QLineEdit's
    // entries have no name, but every standard entry ends with its untranslated shortcut.
    if (action->objectName() == QLatin1String("edit-copy"))
        return true;
    if (action->shortcut().matches(QKeySequence(QKeySequence::Copy)) == QKeySequence::ExactMatch)
        return true;
    const QString copyKey = QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText);
    return !copyKey.isEmpty() && action->text().endsWith(QLatin1Char('\t') + copyKey);
}

} // namespace FeedbackKit::TextSource
