// feedbackkit-quick-demo: the FeedbackKit chat demo in Qt Quick, on the same core as the
// widgets demo (demo/core): the local assistant, the embedded collector, the scripts.

#include "backend.h"
#include "chatcontroller.h"
#include "languageswitcher.h"
#include "localassistant.h"
#include "quickdemooptions.h"
#include "quickdemowindow.h"
#include "quickheadlessrun.h"
#include "script.h"

#include <FeedbackKit/Translation>

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTranslator>

using namespace FeedbackKitDemo;

namespace {

int runHeadless(Backend &backend, ChatController &chat, QQuickWindow *window,
                const QuickDemoOptions &options)
{
    QString error;
    std::optional<Script> script = options.scriptPath.isEmpty()
        ? Script::builtIn()
        : Script::load(options.scriptPath, &error);
    if (!script) {
        qCritical("feedbackkit-quick-demo: %s", qPrintable(error));
        return 2;
    }
    // Streaming stays word by word, only faster: a screenshot should not take a minute.
    chat.assistant()->setWordInterval(std::chrono::milliseconds(2));
    QuickHeadlessRun run(&backend, &chat, window, options);
    QObject::connect(&run, &QuickHeadlessRun::done, qApp, &QCoreApplication::exit);
    run.start(*script);
    return QGuiApplication::exec();
}

// The command line as given: QGuiApplication takes -style/--style out of argv for itself
// (a platform style hint), and that option is the Qt Quick Controls style here.
QStringList givenArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int index = 0; index < argc; ++index)
        arguments.append(QString::fromLocal8Bit(argv[index]));
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = givenArguments(argc, argv);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("feedbackkit-quick-demo"));
    QGuiApplication::setOrganizationName(QStringLiteral("FeedbackKit"));
    QGuiApplication::setApplicationVersion(QStringLiteral(FEEDBACKKIT_VERSION));

    QString error;
    const std::optional<QuickDemoOptions> options = QuickDemoOptions::parse(arguments, &error);
    if (!options) {
        qCritical("feedbackkit-quick-demo: %s", qPrintable(error));
        return 2;
    }
    // The style is fixed before the first control is made.
    QQuickStyle::setStyle(options->style);
    LanguageSwitcher languages;
    // FeedbackKit's one catalogue, shared by its widgets and its QML components.
    languages.addCatalogue(QStringLiteral("feedbackkit"),
                           [](QTranslator *translator, const QLocale &locale) {
                               return FeedbackKit::loadTranslation(translator, locale);
                           });
    languages.setLanguage(options->language.isEmpty() ? LanguageSwitcher::systemLanguage()
                                                      : options->language);

    Backend backend(options->collectorUrl);
    if (!backend.start(&error)) {
        qCritical("feedbackkit-quick-demo: %s", qPrintable(error));
        return 1;
    }
    ChatController chat(&backend);
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadQuickDemoWindow(engine, &chat, &languages);
    if (!window)
        return 1;
    if (options->isHeadless())
        return runHeadless(backend, chat, window, *options);
    return QGuiApplication::exec();
}
