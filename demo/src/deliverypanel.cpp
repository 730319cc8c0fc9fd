#include "deliverypanel.h"
#include "backend.h"
#include "conversation.h"

#include <FeedbackKit/Client>

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace FeedbackKitDemo {

namespace {
QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

DeliveryPanel::DeliveryPanel(Backend *backend, Conversation *conversation, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_conversation(conversation)
    , m_session(valueLabel(this))
    , m_pending(valueLabel(this))
    , m_deliveredLabel(valueLabel(this))
    , m_quarantined(valueLabel(this))
    , m_retried(valueLabel(this))
    , m_error(valueLabel(this))
    , m_offline(new QCheckBox(this))
    , m_retry(new QPushButton(this))
{
    auto *form = new QFormLayout;
    for (QLabel *value :
         { m_session, m_pending, m_deliveredLabel, m_quarantined, m_retried, m_error }) {
        m_captions.append(new QLabel(this));
        form->addRow(m_captions.last(), value);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_offline);
    layout->addWidget(m_retry);
    layout->addStretch(1);
    connect(m_offline, &QCheckBox::toggled, m_backend, &Backend::setOffline);
    connect(m_backend, &Backend::offlineChanged, m_offline, &QCheckBox::setChecked);
    connect(m_retry, &QPushButton::clicked, this, &DeliveryPanel::retry);
    // Retried failures are not signalled one by one (they are not errors yet); a slow poll
    // of the client's counters shows them grow while offline.
    m_statisticsTimer.setInterval(std::chrono::seconds(1));
    connect(&m_statisticsTimer, &QTimer::timeout, this, &DeliveryPanel::showCounts);
    m_statisticsTimer.start();
    connect(m_conversation, &Conversation::loggingFailed, this, &DeliveryPanel::setLastError);
    connectClient();
    retranslate();
}

void DeliveryPanel::connectClient()
{
    FeedbackKit::Client *client = m_backend->client();
    connect(client, &FeedbackKit::Client::pendingCountChanged, this, &DeliveryPanel::showCounts);
    connect(client, &FeedbackKit::Client::quarantinedCountChanged, this,
            &DeliveryPanel::showCounts);
    connect(client, &FeedbackKit::Client::delivered, this, [this] {
        ++m_delivered;
        showCounts();
    });
    connect(client, &FeedbackKit::Client::failed, this,
            [this](const FeedbackKit::Target &, const QString &reason) { setLastError(reason); });
    connect(client, &FeedbackKit::Client::pausedChanged, this, [this, client](bool paused) {
        if (paused)
            setLastError(client->pauseReason());
    });
}

void DeliveryPanel::showCounts()
{
    const FeedbackKit::Client *client = m_backend->client();
    m_session->setText(m_conversation->session().id());
    m_pending->setText(QLocale().toString(client->pendingCount()));
    m_deliveredLabel->setText(QLocale().toString(m_delivered));
    m_quarantined->setText(QLocale().toString(client->quarantinedCount()));
    m_retried->setText(QLocale().toString(client->statistics().retryableFailures));
    m_error->setText(m_lastError.isEmpty() ? tr("None", "@info:status no error") : m_lastError);
}

void DeliveryPanel::setLastError(const QString &error)
{
    m_lastError = error;
    showCounts();
}

void DeliveryPanel::retry()
{
    FeedbackKit::Client *client = m_backend->client();
    client->retryQuarantined();
    // Applying the configuration again also resumes a delivery paused by a 401/403, and
    // starts the next attempt now rather than after the backoff.
    m_backend->applySettings({}, {}, {});
    setLastError({});
}

void DeliveryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeliveryPanel::retranslate()
{
    const QStringList labels {
        tr("Session:", "@label"),
        tr("Pending:", "@label"),
        tr("Delivered:", "@label"),
        tr("Quarantined:", "@label"),
        tr("Failed attempts, retried:", "@label"),
        tr("Last error:", "@label"),
    };
    for (int row = 0; row < labels.size(); ++row)
        m_captions.at(row)->setText(labels.at(row));
    m_offline->setText(tr("Offline (hold feedback in the outbox)", "@option:check"));
    m_offline->setToolTip(tr("Points the client at an address where nothing listens, so "
                             "deliveries fail and the outbox keeps everything; switch back "
                             "and it drains.",
                             "@info:tooltip"));
    m_retry->setText(tr("Retry now", "@action:button"));
    m_retry->setToolTip(
        tr("Retry quarantined items and resume a paused delivery", "@info:tooltip"));
    showCounts();
}

} // namespace FeedbackKitDemo
