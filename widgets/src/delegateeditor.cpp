#include "delegateeditor_p.h"

#include "starrating.h"
#include "thumbswidget.h"

#include <QEvent>
#include <QHBoxLayout>

namespace FeedbackKit {

DelegateEditor::DelegateEditor(QWidget *parent)
    : QWidget(parent)
    , m_thumbs(new ThumbsWidget(this))
    , m_stars(new StarRating(this))
{
    setAutoFillBackground(true);
    m_stars->setIconSize(QSize(16, 16));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addStretch();
    layout->addWidget(m_thumbs);
    layout->addWidget(m_stars);
    setFocusProxy(m_thumbs);
    retranslate();
    for (AbstractFeedbackWidget *part : { static_cast<AbstractFeedbackWidget *>(m_thumbs),
                                          static_cast<AbstractFeedbackWidget *>(m_stars) }) {
        connect(part, &AbstractFeedbackWidget::feedbackEdited, this, [this](const Feedback &patch) {
            m_patch.merge(patch);
            // merge() drops nulls, but a null is the clear the model must see.
            for (const QString &key : patch.keys()) {
                if (patch.value(key).isNull())
                    m_patch.setValue(key, QJsonValue());
            }
            Q_EMIT edited();
        });
    }
}

void DelegateEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DelegateEditor::retranslate()
{
    setAccessibleName(tr("Feedback editor", "@label the rating editor inside a list row"));
}

void DelegateEditor::setFeedbackState(const Feedback &state)
{
    m_thumbs->setFeedbackState(state);
    m_stars->setFeedbackState(state);
}

Feedback DelegateEditor::takePatch()
{
    return std::exchange(m_patch, Feedback());
}

} // namespace FeedbackKit
