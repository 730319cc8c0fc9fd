#pragma once

#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

class Backend;
class Conversation;

/*!
 * \brief Shows the delivery at work: the session, what is pending, delivered and quarantined,
 * the last error; lets the user go offline (to watch the outbox hold, then drain) and retry.
 */
class DeliveryPanel : public QWidget
{
    Q_OBJECT

public:
    DeliveryPanel(Backend *backend, Conversation *conversation, QWidget *parent = nullptr);

    /*! Targets confirmed by the server since the demo started. */
    int deliveredCount() const { return m_delivered; }
    QString lastError() const { return m_lastError; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectClient();
    void showCounts();
    void setLastError(const QString &error);
    void retry();
    void retranslate();

    Backend *m_backend;
    Conversation *m_conversation;
    int m_delivered = 0;
    QString m_lastError;
    QList<QLabel *> m_captions;
    QLabel *m_session;
    QLabel *m_pending;
    QLabel *m_deliveredLabel;
    QLabel *m_quarantined;
    QLabel *m_retried;
    QLabel *m_error;
    QCheckBox *m_offline;
    QPushButton *m_retry;
    QTimer m_statisticsTimer;
};

} // namespace FeedbackKitDemo
