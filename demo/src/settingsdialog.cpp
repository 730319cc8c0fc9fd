#include "settingsdialog.h"
#include "apikeystore.h"
#include "backend.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace FeedbackKitDemo {

namespace {
const QString kRememberedUrl = QStringLiteral("server/url");
const QString kRememberedProject = QStringLiteral("server/project");
} // namespace

void SettingsDialog::restoreRemembered(Backend *backend, ApiKeyStore *keyStore)
{
    const QSettings settings;
    const QUrl url(settings.value(kRememberedUrl).toString());
    const QString project = settings.value(kRememberedProject).toString();
    if (url.isEmpty() || !ApiKeyStore::isKeychainBuilt())
        return;
    // The keychain answers later (it may ask the user to unlock it); the demo runs on the
    // embedded collector until then.
    QObject::connect(
        keyStore, &ApiKeyStore::keyRead, backend,
        [backend, url, project](const QString &key) {
            if (!key.isEmpty())
                backend->applySettings(key, project, url);
        },
        Qt::SingleShotConnection);
    keyStore->read();
}

SettingsDialog::SettingsDialog(Backend *backend, ApiKeyStore *keyStore, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_keyStore(keyStore)
    , m_apiKey(new QLineEdit(this))
    , m_project(new QLineEdit(backend->project(), this))
    , m_serverUrl(new QLineEdit(backend->serverUrl().toString(), this))
    , m_remember(new QCheckBox(this))
    , m_note(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Settings", "@title:window"));
    // The current key is never shown back: typing a new one replaces it, empty keeps it.
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_remember->setEnabled(ApiKeyStore::isKeychainBuilt());
    m_remember->setChecked(QSettings().contains(kRememberedUrl));
    m_note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("API key:", "@label:textbox"), m_apiKey);
    form->addRow(tr("Project:", "@label:textbox"), m_project);
    form->addRow(tr("Server URL:", "@label:textbox"), m_serverUrl);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    retranslate();
}

void SettingsDialog::accept()
{
    const QString key = m_apiKey->text().trimmed();
    m_backend->applySettings(key, m_project->text().trimmed(),
                             QUrl::fromUserInput(m_serverUrl->text().trimmed()));
    // Only the key is secret: it goes to the keychain, the server and project to the settings.
    QSettings settings;
    if (m_remember->isChecked() && !key.isEmpty()) {
        m_keyStore->write(key);
        settings.setValue(kRememberedUrl, m_backend->serverUrl().toString());
        settings.setValue(kRememberedProject, m_backend->project());
    } else if (!m_remember->isChecked()) {
        m_keyStore->forget();
        settings.remove(kRememberedUrl);
        settings.remove(kRememberedProject);
    }
    QDialog::accept();
}

void SettingsDialog::retranslate()
{
    m_apiKey->setPlaceholderText(tr("Unchanged", "@info:placeholder"));
    m_remember->setText(tr("Remember the key in the system keychain", "@option:check"));
    m_note->setText(ApiKeyStore::isKeychainBuilt()
                        ? tr("The key is kept in memory, and in the system keychain if you "
                             "tick the box. It is never written to a settings file.",
                             "@info")
                        : tr("This build has no keychain support: the key is kept in memory "
                             "only and is gone when the demo quits.",
                             "@info"));
}

} // namespace FeedbackKitDemo
