#include "reasonchips_p.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace FeedbackKit {

ReasonChips::ReasonChips(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch();
}

void ReasonChips::setReasons(const QStringList &reasons)
{
    if (m_reasons == reasons)
        return;
    const QStringList before = selected();
    qDeleteAll(m_chips);
    m_chips.clear();
    m_reasons = reasons;
    for (const QString &reason : reasons)
        m_chips.append(createChip(reason));
    check(before);
    setVisible(!reasons.isEmpty());
    if (selected() != before)
        Q_EMIT selectionChanged();
}

QStringList ReasonChips::selected() const
{
    QStringList checked;
    for (int i = 0; i < m_chips.size(); ++i) {
        if (m_chips.at(i)->isChecked())
            checked.append(m_reasons.at(i));
    }
    return checked;
}

void ReasonChips::setSelected(const QStringList &selected)
{
    const QStringList before = this->selected();
    check(selected);
    if (this->selected() != before)
        Q_EMIT selectionChanged();
}

void ReasonChips::check(const QStringList &reasons)
{
    for (int i = 0; i < m_chips.size(); ++i) {
        const QSignalBlocker quiet(m_chips.at(i));
        m_chips.at(i)->setChecked(reasons.contains(m_reasons.at(i)));
        paintChosen(m_chips.at(i));
    }
}

QAbstractButton *ReasonChips::createChip(const QString &reason)
{
    auto *chip = new QToolButton(this);
    chip->setText(reason);
    chip->setCheckable(true);
    chip->setFocusPolicy(Qt::StrongFocus);
    chip->setObjectName(QStringLiteral("reasonChip"));
    m_layout->insertWidget(m_layout->count() - 1, chip); // before the trailing stretch
    connect(chip, &QAbstractButton::toggled, this, [this, chip] {
        paintChosen(chip);
        Q_EMIT selectionChanged();
    });
    paintChosen(chip);
    return chip;
}

void ReasonChips::paintChosen(QAbstractButton *chip) const
{
    // Many styles draw a checked tool button barely differently; a chosen reason must stand
    // out, in the palette's own selection colours (QSS can still restyle :checked).
    QPalette chipPalette = palette();
    if (chip->isChecked()) {
        chipPalette.setColor(QPalette::Button, chipPalette.color(QPalette::Highlight));
        chipPalette.setColor(QPalette::ButtonText, chipPalette.color(QPalette::HighlightedText));
    }
    chip->setPalette(chipPalette);
}

void ReasonChips::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (QAbstractButton *chip : std::as_const(m_chips))
            paintChosen(chip);
    }
    QWidget::changeEvent(event);
}

} // namespace FeedbackKit
