#pragma once

#include <FeedbackKit/Target>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QPlainTextEdit;
QT_END_NAMESPACE

namespace FeedbackKit {
class Client;
class EditHook;
} // namespace FeedbackKit

namespace FeedbackKitDemo {

/*!
 * \brief Lets the user correct an answer. The library's EditHook watches the editor, so the
 * correction is recorded as feedback (edits, edit distance) when it is saved.
 */
class EditAnswerDialog : public QDialog
{
    Q_OBJECT

public:
    EditAnswerDialog(const QString &answer, const FeedbackKit::Target &target,
                     FeedbackKit::Client *client, QWidget *parent = nullptr);

    QString text() const;
    /*! Replaces the editor's text, as typing would. */
    void setText(const QString &text);

    void accept() override;
    void reject() override;

Q_SIGNALS:
    /*! The user saved \a text. */
    void saved(const QString &text);

private:
    QPlainTextEdit *m_editor;
    FeedbackKit::EditHook *m_hook;
};

} // namespace FeedbackKitDemo
