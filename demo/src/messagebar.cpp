#include "messagebar.h"

#include <FeedbackKit/CommentBox>
#include <FeedbackKit/FeedbackBar>
#include <FeedbackKit/ThumbsWidget>

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QToolButton>

namespace FeedbackKitDemo {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_feedback(new FeedbackKit::FeedbackBar(this))
{
    m_feedback->setStarsVisible(true);
    m_feedback->setFollowUp(FeedbackKit::FeedbackBar::FollowUp::AfterThumbsDown);
    m_copy = addButton("edit-copy");
    m_regenerate = addButton("view-refresh");
    m_edit = addButton("document-edit");
    // One row: the feedback widgets, then the actions. When the comment box opens under the
    // thumbs, the actions stay at the top, next to the thumbs.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_feedback, 0, Qt::AlignTop);
    layout->addSpacing(8);
    // As tall as the thumbs, so their labels line up with the rest of the row.
    const int rowHeight = m_feedback->thumbs()->sizeHint().height();
    for (QToolButton *button : { m_copy, m_regenerate, m_edit }) {
        button->setMinimumHeight(rowHeight);
        layout->addWidget(button, 0, Qt::AlignTop);
    }
    layout->addStretch(1);
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
