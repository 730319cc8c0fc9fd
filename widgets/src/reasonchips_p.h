#pragma once

#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QHBoxLayout;

namespace FeedbackKit {

/*!
 * \brief A row of checkable "chips", one per configured reason.
 *
 * Reasons are the application's strings, shown and sent as given (the application translates
 * them if it wants). Each chip is a checkable QToolButton: Tab reaches it, Space toggles it,
 * screen readers read its name and checked state.
 */
class ReasonChips : public QWidget
{
    Q_OBJECT

public:
    explicit ReasonChips(QWidget *parent = nullptr);

    /*! Replaces the chips; selected reasons that are still offered stay selected. */
    void setReasons(const QStringList &reasons);
    QStringList reasons() const { return m_reasons; }
    /*! The checked reasons, in the order they are offered. */
    QStringList selected() const;
    void setSelected(const QStringList &selected);

Q_SIGNALS:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QAbstractButton *createChip(const QString &reason);
    /*! Checks exactly \a reasons, without signals. */
    void check(const QStringList &reasons);
    void paintChosen(QAbstractButton *chip) const;
    QStringList m_reasons;
    QList<QAbstractButton *> m_chips;
    QHBoxLayout *m_layout;
};

} // namespace FeedbackKit
