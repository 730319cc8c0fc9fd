// feedbackkit-demo: a chat with a local assistant that shows every part of FeedbackKit.

#include "backend.h"
#include "demooptions.h"
#include "headlessrun.h"
#include "languageswitcher.h"
#include "localassistant.h"
#include "mainwindow.h"
#include "script.h"

#include <QApplication>
#include <QMessageBox>

using namespace FeedbackKitDemo;

namespace {

int runHeadless(Backend &backend, MainWindow &window, const DemoOptions &options)
{
    QString error;
    std::optional<Script> script = options.scriptPath.isEmpty()
        ? Script::builtIn()
        : Script::load(options.scriptPath, &error);
    if (!script) {
        qCritical("feedbackkit-demo: %s", qPrintable(error));
        return 2;
    }
    // Streaming stays word by word, only faster: a screenshot should not take a minute.
    window.assistant()->setWordInterval(std::chrono::milliseconds(2));
    HeadlessRun run(&backend, &window, options);
    QObject::connect(&run, &HeadlessRun::done, qApp, &QCoreApplication::exit);
    run.start(*script);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("feedbackkit-demo"));
    QApplication::setOrganizationName(QStringLiteral("FeedbackKit"));
    QApplication::setApplicationVersion(QStringLiteral(FEEDBACKKIT_VERSION));

    QString error;
    const std::optional<DemoOptions> options = DemoOptions::parse(app.arguments(), &error);
    if (!options) {
        qCritical("feedbackkit-demo: %s", qPrintable(error));
        return 2;
    }
    LanguageSwitcher languages;
    languages.setLanguage(options->language.isEmpty() ? LanguageSwitcher::systemLanguage()
                                                      : options->language);

    Backend backend(options->collectorUrl);
    if (!backend.start(&error)) {
        if (options->isHeadless()) {
            qCritical("feedbackkit-demo: %s", qPrintable(error));
        } else {
            QMessageBox::critical(nullptr,
                                  QCoreApplication::translate("FeedbackKitDemo::MainWindow",
                                                              "FeedbackKit demo", "@title:window"),
                                  error);
        }
        return 1;
    }
    MainWindow window(&backend, &languages);
    window.showTab(options->tab);
    window.show();
    if (options->isHeadless())
        return runHeadless(backend, window, *options);
    // Environment variables and --collector say where to send; a remembered server only
    // replaces the embedded default. Headless runs never read the keychain.
    if (backend.kind() == Backend::Kind::Embedded)
        window.restoreRememberedServer();
    return QApplication::exec();
}
