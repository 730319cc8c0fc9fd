#pragma once

#include <QString>
#include <QStringView>

QT_BEGIN_NAMESPACE
class QAction;
class QKeyEvent;
class QObject;
class QWidget;
QT_END_NAMESPACE

namespace FeedbackKit::TextSource {

/*!
 * \internal
 * Uniform access to the text widgets the hooks watch: QTextEdit (and QTextBrowser),
 * QPlainTextEdit, QLineEdit and QLabel. Every function looks at the object's real type at the
 * time of the call, so a widget being destroyed (no longer its subclass) reads as "not text".
 */

/*! Whether \a object is one of the supported text widgets. */
bool isTextWidget(const QObject *object);
/*! Whether the user can change the text (an editable text widget). */
bool isEditable(const QObject *object);
/*! The scroll area's viewport, which receives mouse and context-menu events; else nullptr. */
QWidget *viewportOf(const QObject *object);
/*! The whole text as plain text, in the form a copy would put on the clipboard. */
QString plainText(const QObject *object);
/*! Whether some text is selected; cheap, unlike selectedText(). */
bool hasSelection(const QObject *object);
/*! The selected text as a copy would put it on the clipboard; empty without a selection. */
QString selectedText(const QObject *object);
/*! Whether \a object (or a widget inside it) has the keyboard focus. */
bool hasFocus(const QObject *object);

/*! Whether \a event is the copy shortcut: QKeySequence::Copy or Ctrl+Insert. */
bool isCopyKey(const QKeyEvent *event);
/*! Whether \a action is the Copy entry of a standard (or application) context menu. */
bool isCopyAction(const QAction *action);

} // namespace FeedbackKit::TextSource
