#include "mainwindow.h"
#include "apikeystore.h"
#include "backend.h"
#include "chatmodel.h"
#include "chatpage.h"
#include "conversation.h"
#include "dashboardpage.h"
#include "dashboardsource.h"
#include "deliverypanel.h"
#include "languageswitcher.h"
#include "localassistant.h"
#include "settingsdialog.h"

#include <FeedbackKit/WidgetsTranslation>

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace FeedbackKitDemo {

MainWindow::MainWindow(Backend *backend, LanguageSwitcher *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_languages(languages)
    , m_keyStore(new ApiKeyStore(this))
    , m_model(new ChatModel(this))
    , m_assistant(new LocalAssistant(this))
    , m_conversation(new Conversation(m_model, m_assistant, this))
    , m_tabs(new QTabWidget(this))
    , m_deliveryDock(new QDockWidget(this))
    , m_backendLabel(new QLabel(this))
{
    // The FeedbackKit widgets bring their own catalogue; a Qt Quick demo has no use for it.
    languages->addCatalogue(QStringLiteral("feedbackkit_widgets"),
                            [](QTranslator *translator, const QLocale &locale) {
                                return FeedbackKit::loadWidgetsTranslation(translator, locale);
                            });
    m_conversation->start(backend->client(), backend->project());
    m_chatPage = new ChatPage(m_model, m_conversation, m_tabs);
    m_chatPage->setClient(backend->client());
    m_dashboardSource = new DashboardSource(backend, m_model, this);
    m_dashboardPage = new DashboardPage(m_dashboardSource, m_tabs);
    m_tabs->addTab(m_chatPage, QString());
    m_tabs->addTab(m_dashboardPage, QString());
    setCentralWidget(m_tabs);

    m_deliveryPanel = new DeliveryPanel(backend, m_conversation, m_deliveryDock);
    m_deliveryDock->setObjectName(QStringLiteral("deliveryDock"));
    m_deliveryDock->setWidget(m_deliveryPanel);
    m_deliveryDock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_deliveryDock);
    statusBar()->addWidget(m_backendLabel, 1);

    // The dashboard follows what the server has: each confirmed delivery refreshes it.
    connect(backend->client(), &FeedbackKit::Client::delivered, m_dashboardSource,
            &DashboardSource::refreshSoon);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_dashboardPage)
            m_dashboardSource->refresh();
    });
    connect(backend, &Backend::configurationChanged, this, &MainWindow::retranslate);
    createMenus();
    retranslate();
    resize(1100, 720);
}

void MainWindow::showTab(DemoOptions::Tab tab)
{
    m_tabs->setCurrentWidget(tab == DemoOptions::Tab::Chat ? static_cast<QWidget *>(m_chatPage)
                                                           : m_dashboardPage);
}

void MainWindow::restoreRememberedServer()
{
    SettingsDialog::restoreRemembered(m_backend, m_keyStore);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    for (const QString &code : LanguageSwitcher::languages()) {
        QAction *action = m_languageMenu->addAction(LanguageSwitcher::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == m_languages->language());
        action->setData(code);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this,
            [this](QAction *action) { m_languages->setLanguage(action->data().toString()); });
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_backend, m_keyStore, this);
    dialog->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("FeedbackKit demo", "@title:window"));
    m_tabs->setTabText(m_tabs->indexOf(m_chatPage), tr("Chat", "@title:tab"));
    m_tabs->setTabText(m_tabs->indexOf(m_dashboardPage), tr("Dashboard", "@title:tab"));
    m_deliveryDock->setWindowTitle(tr("Delivery", "@title:window panel"));
    m_backendLabel->setText(m_backend->description());
    if (m_fileMenu) {
        m_fileMenu->setTitle(tr("&File", "@title:menu"));
        m_settingsAction->setText(tr("&Settings…", "@action:inmenu"));
        m_quitAction->setText(tr("&Quit", "@action:inmenu"));
        m_languageMenu->setTitle(tr("&Language", "@title:menu"));
    }
}

} // namespace FeedbackKitDemo
