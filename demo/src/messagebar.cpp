#include "messagebar.h"

#include <FeedbackKit/CommentBox>
#include <FeedbackKit/FeedbackBar>

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QToolButton>
#include <QVBoxLayout>

namespace FeedbackKitDemo {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_feedback(new FeedbackKit::FeedbackBar(this))
{
    m_feedback->setStarsVisible(true);
    m_feedback->setFollowUp(FeedbackKit::FeedbackBar::FollowUp::AfterThumbsDown);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    m_copy = addButton("edit-copy");
    m_regenerate = addButton("view-refresh");
    m_edit = addButton("document-edit");
    for (QToolButton *button : { m_copy, m_regenerate, m_edit })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_feedback);
    layout->addLayout(buttons);
    retranslate();
}

QToolButton *MessageBar::addButton(const char *iconName)
{
    auto *button = new QToolButton(this);
    button->setIcon(QIcon::fromTheme(QString::fromLatin1(iconName)));
    // Without an icon theme (offscreen, minimal desktops) the text still says what it does.
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

void MessageBar::bind(FeedbackKit::Client *client, const FeedbackKit::Target &target)
{
    m_feedback->bind(client, target);
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MessageBar::retranslate()
{
    m_feedback->commentBox()->setNegativeReasons(
        { tr("Wrong", "@item:reason for a bad answer"),
          tr("Too vague", "@item:reason for a bad answer"),
          tr("Too long", "@item:reason for a bad answer") });
    m_copy->setText(tr("Copy", "@action:button copy the answer"));
    m_copy->setToolTip(tr("Copy the answer to the clipboard", "@info:tooltip"));
    m_regenerate->setText(tr("Regenerate", "@action:button ask for another answer"));
    m_regenerate->setToolTip(tr("Ask the assistant for another answer", "@info:tooltip"));
    m_edit->setText(tr("Edit", "@action:button correct the answer"));
    m_edit->setToolTip(tr("Correct the answer; the edit is recorded as feedback", "@info:tooltip"));
}

} // namespace FeedbackKitDemo
