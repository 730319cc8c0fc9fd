#include "messageactions.h"
#include "chatmodel.h"
#include "conversation.h"
#include "editanswerdialog.h"
#include "messagebar.h"

#include <FeedbackKit/CopyHook>
#include <FeedbackKit/RegenerateHook>

#include <QClipboard>
#include <QGuiApplication>
#include <QToolButton>

namespace FeedbackKitDemo {

MessageActions::MessageActions(ChatModel *model, Conversation *conversation, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_model(model)
    , m_conversation(conversation)
    , m_dialogParent(dialogParent)
{ }

void MessageActions::setClient(FeedbackKit::Client *client)
{
    m_client = client;
}

FeedbackKit::Target MessageActions::targetOf(const QString &eventId) const
{
    return FeedbackKit::Target::event(eventId, m_conversation->session().id());
}

void MessageActions::connectBar(MessageBar *bar, const QString &eventId)
{
    const FeedbackKit::Target target = targetOf(eventId);
    // The hooks are children of the buttons: they come and go with the bar, and seed their
    // counts from the client's stored state when they are created again.
    auto *copyHook = FeedbackKit::CopyHook::attach(bar->copyButton(), target, m_client);
    const int row = m_model->rowOfEvent(eventId);
    if (copyHook && row >= 0)
        copyHook->setResponseText(m_model->message(row).text);
    connect(bar->copyButton(), &QToolButton::clicked, this, [this, eventId] { copy(eventId); });

    auto *regenerateHook
        = FeedbackKit::RegenerateHook::attach(bar->regenerateButton(), target, m_client);
    if (regenerateHook) {
        connect(regenerateHook, &FeedbackKit::RegenerateHook::regenerated, this,
                [this, eventId](const FeedbackKit::Target &, const FeedbackKit::Target &next) {
                    regenerate(eventId, next.eventId());
                });
    }
    connect(bar->editButton(), &QToolButton::clicked, this, [this, eventId] { edit(eventId); });
}

void MessageActions::copy(const QString &eventId)
{
    const int row = m_model->rowOfEvent(eventId);
    if (row >= 0)
        QGuiApplication::clipboard()->setText(m_model->message(row).text);
}

void MessageActions::regenerate(const QString &eventId, const QString &newEventId)
{
    const int row = m_model->rowOfEvent(eventId);
    if (row >= 0)
        m_conversation->regenerate(row, newEventId);
}

EditAnswerDialog *MessageActions::edit(const QString &eventId)
{
    const int row = m_model->rowOfEvent(eventId);
    if (row < 0)
        return nullptr;
    auto *dialog = new EditAnswerDialog(m_model->message(row).text, targetOf(eventId), m_client,
                                        m_dialogParent);
    connect(dialog, &EditAnswerDialog::saved, this, [this, eventId](const QString &text) {
        const int row = m_model->rowOfEvent(eventId);
        if (row >= 0)
            m_conversation->correct(row, text);
    });
    dialog->open();
    return dialog;
}

} // namespace FeedbackKitDemo
