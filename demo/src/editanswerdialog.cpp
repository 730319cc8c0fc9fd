#include "editanswerdialog.h"

#include <FeedbackKit/EditHook>

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace FeedbackKitDemo {

EditAnswerDialog::EditAnswerDialog(const QString &answer, const FeedbackKit::Target &target,
                                   FeedbackKit::Client *client, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(answer, this))
{
    setWindowTitle(tr("Edit the answer", "@title:window"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setAccessibleName(tr("Answer", "@label:textbox"));
    m_hook = FeedbackKit::EditHook::attach(m_editor, target, client);
    m_hook->setOriginalText(answer);
    m_hook->setRecordGroundTruth(true);

    auto *hint
        = new QLabel(tr("Your correction is sent as feedback on this answer.", "@info"), this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(480, 240);
}

QString EditAnswerDialog::text() const
{
    return m_editor->toPlainText();
}

void EditAnswerDialog::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

void EditAnswerDialog::accept()
{
    // Saving is the commit point the hook is told about.
    m_hook->commit();
    Q_EMIT saved(text());
    QDialog::accept();
}

void EditAnswerDialog::reject()
{
    // The hook also commits when its editor loses the focus; a cancelled edit must not count.
    m_hook->setPaused(true);
    QDialog::reject();
}

} // namespace FeedbackKitDemo
