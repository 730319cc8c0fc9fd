#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

class ApiKeyStore;
class Backend;

/*!
 * \brief API key, project and server URL. The key is applied in memory, and stored in the OS
 * keychain only when the user asks for it and a keychain is available.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Backend *backend, ApiKeyStore *keyStore, QWidget *parent = nullptr);

    void accept() override;

    /*!
     * Switches \a backend to the server remembered by an earlier "Remember" (its URL and
     * project from the settings, its key from the keychain), once the keychain answers.
     */
    static void restoreRemembered(Backend *backend, ApiKeyStore *keyStore);

private:
    void retranslate();

    Backend *m_backend;
    ApiKeyStore *m_keyStore;
    QLineEdit *m_apiKey;
    QLineEdit *m_project;
    QLineEdit *m_serverUrl;
    QCheckBox *m_remember;
    QLabel *m_note;
};

} // namespace FeedbackKitDemo
