#include "demooptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace FeedbackKitDemo {

namespace {
// The command-line help is for developers and scripts, like the rest of the CLI output of the
// project, so it is not translated.
QCommandLineOption collectorOption()
{
    return { QStringLiteral("collector"),
             QStringLiteral("Send to the feedbackkit-collector running at <url> instead of "
                            "starting one in-process."),
             QStringLiteral("url") };
}
} // namespace

std::optional<DemoOptions> DemoOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A chat with a local assistant that shows every part of FeedbackKit. With no "
        "HH_API_KEY in the environment it runs its own collector in-process."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption collector = collectorOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Play the script offscreen, save the window to <file> (PNG) and exit."),
        QStringLiteral("file"));
    const QCommandLineOption tab(QStringLiteral("tab"),
                                 QStringLiteral("The tab to show: chat (default) or dashboard."),
                                 QStringLiteral("tab"), QStringLiteral("chat"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("The interface language: en, de or ar."),
                                  QStringLiteral("code"));
    const QCommandLineOption script(
        QStringLiteral("script"),
        QStringLiteral("The conversation to play, as JSON (see demo/scripts/example.json)."),
        QStringLiteral("file"));
    const QCommandLineOption dump(
        QStringLiteral("dump-state"),
        QStringLiteral("After the script, write the stored events and feedback to <file>."),
        QStringLiteral("file"));
    parser.addOptions({ collector, screenshot, tab, lang, script, dump });
    parser.process(arguments);

    DemoOptions options;
    if (parser.isSet(collector)) {
        options.collectorUrl = QUrl(parser.value(collector), QUrl::StrictMode);
        if (!options.collectorUrl.isValid() || options.collectorUrl.scheme().isEmpty()) {
            *error = QStringLiteral("--collector: not a URL: %1").arg(parser.value(collector));
            return std::nullopt;
        }
    }
    const QString tabName = parser.value(tab);
    if (tabName != QLatin1String("chat") && tabName != QLatin1String("dashboard")) {
        *error = QStringLiteral("--tab: chat or dashboard, not %1").arg(tabName);
        return std::nullopt;
    }
    options.tab = tabName == QLatin1String("chat") ? Tab::Chat : Tab::Dashboard;
    options.screenshotPath = parser.value(screenshot);
    options.scriptPath = parser.value(script);
    options.dumpStatePath = parser.value(dump);
    options.language = parser.value(lang);
    if (!options.language.isEmpty()
        && !QStringList { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ar") }
                .contains(options.language)) {
        *error = QStringLiteral("--lang: en, de or ar, not %1").arg(options.language);
        return std::nullopt;
    }
    return options;
}

} // namespace FeedbackKitDemo
