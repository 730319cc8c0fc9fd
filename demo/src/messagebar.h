#pragma once

#include <FeedbackKit/Client>
#include <FeedbackKit/Target>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QToolButton;
QT_END_NAMESPACE

namespace FeedbackKit {
class FeedbackBar;
}

namespace FeedbackKitDemo {

/*!
 * \brief The bar under an assistant answer: the library's FeedbackBar, bound to the answer's
 * span, and the Copy / Regenerate / Edit buttons the hooks watch.
 */
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    /*! Binds the feedback bar to \a target on \a client (it shows the stored state). */
    void bind(FeedbackKit::Client *client, const FeedbackKit::Target &target);

    FeedbackKit::FeedbackBar *feedbackBar() const { return m_feedback; }
    QToolButton *copyButton() const { return m_copy; }
    QToolButton *regenerateButton() const { return m_regenerate; }
    QToolButton *editButton() const { return m_edit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *addButton(const char *iconName);
    void retranslate();

    FeedbackKit::FeedbackBar *m_feedback;
    QToolButton *m_copy;
    QToolButton *m_regenerate;
    QToolButton *m_edit;
};

} // namespace FeedbackKitDemo
