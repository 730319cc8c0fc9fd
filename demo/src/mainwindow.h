#pragma once

#include "demooptions.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

class ApiKeyStore;
class Backend;
class ChatModel;
class ChatPage;
class Conversation;
class DashboardPage;
class DashboardSource;
class DeliveryPanel;
class LanguageSwitcher;
class LocalAssistant;

/*!
 * \brief The demo's window: the chat and dashboard tabs, the delivery panel, the status bar
 * saying where feedback goes, and the Settings and Language menus.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Backend *backend, LanguageSwitcher *languages, QWidget *parent = nullptr);

    void showTab(DemoOptions::Tab tab);
    /*! Uses the server remembered in the settings and keychain, if there is one. */
    void restoreRememberedServer();
    ChatModel *model() const { return m_model; }
    LocalAssistant *assistant() const { return m_assistant; }
    Conversation *conversation() const { return m_conversation; }
    ChatPage *chatPage() const { return m_chatPage; }
    DashboardSource *dashboardSource() const { return m_dashboardSource; }
    DeliveryPanel *deliveryPanel() const { return m_deliveryPanel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void openSettings();
    void retranslate();

    Backend *m_backend;
    LanguageSwitcher *m_languages;
    ApiKeyStore *m_keyStore;
    ChatModel *m_model;
    LocalAssistant *m_assistant;
    Conversation *m_conversation;
    ChatPage *m_chatPage;
    DashboardSource *m_dashboardSource;
    DashboardPage *m_dashboardPage;
    DeliveryPanel *m_deliveryPanel;
    QTabWidget *m_tabs;
    QDockWidget *m_deliveryDock;
    QLabel *m_backendLabel;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace FeedbackKitDemo
