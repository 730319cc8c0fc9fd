#include "quickdemooptions.h"
#include "languageswitcher.h"

#include <QCommandLineParser>

namespace FeedbackKitDemo {

namespace {

// The command-line help is for developers and scripts, like the rest of the CLI output of the
// project, so it is not translated. The words are the widgets demo's where the option is.
struct Options
{
    QCommandLineOption collector { QStringLiteral("collector"),
                                   QStringLiteral("Send to the feedbackkit-collector running at "
                                                  "<url> instead of starting one in-process."),
                                   QStringLiteral("url") };
    QCommandLineOption screenshot {
        QStringLiteral("screenshot"),
        QStringLiteral("Play the script offscreen, save the window to <file> (PNG), print what "
                       "the backend stored as JSON on stdout and exit."),
        QStringLiteral("file")
    };
    QCommandLineOption script { QStringLiteral("script"),
                                QStringLiteral(
                                    "The conversation to play with --screenshot, as JSON (see "
                                    "demo/scripts/example.json)."),
                                QStringLiteral("file") };
    QCommandLineOption lang { QStringLiteral("lang"),
                              QStringLiteral("The interface language: en, de or ar."),
                              QStringLiteral("code") };
    QCommandLineOption style { QStringLiteral("style"),
                               QStringLiteral("The Qt Quick Controls style: Basic, Fusion "
                                              "(default) or Material."),
                               QStringLiteral("name"), QStringLiteral("Fusion") };
};

bool readCollector(const QCommandLineParser &parser, const Options &names,
                   QuickDemoOptions *options, QString *error)
{
    if (!parser.isSet(names.collector))
        return true;
    options->collectorUrl = QUrl(parser.value(names.collector), QUrl::StrictMode);
    if (options->collectorUrl.isValid() && !options->collectorUrl.scheme().isEmpty())
        return true;
    *error = QStringLiteral("--collector: not a URL: %1").arg(parser.value(names.collector));
    return false;
}

} // namespace

QStringList QuickDemoOptions::styles()
{
    return { QStringLiteral("Basic"), QStringLiteral("Fusion"), QStringLiteral("Material") };
}

std::optional<QuickDemoOptions> QuickDemoOptions::parse(const QStringList &arguments,
                                                        QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The FeedbackKit chat demo in Qt Quick: a local assistant, each answer's feedback "
        "attached to its own event. With no HH_API_KEY in the environment it runs its own "
        "collector in-process."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options names;
    parser.addOptions({ names.collector, names.screenshot, names.script, names.lang, names.style });
    parser.process(arguments);

    QuickDemoOptions options;
    if (!readCollector(parser, names, &options, error))
        return std::nullopt;
    options.screenshotPath = parser.value(names.screenshot);
    options.scriptPath = parser.value(names.script);
    options.language = parser.value(names.lang);
    options.style = parser.value(names.style);
    if (!options.language.isEmpty() && !LanguageSwitcher::languages().contains(options.language)) {
        *error = QStringLiteral("--lang: en, de or ar, not %1").arg(options.language);
        return std::nullopt;
    }
    if (!styles().contains(options.style)) {
        *error = QStringLiteral("--style: Basic, Fusion or Material, not %1").arg(options.style);
        return std::nullopt;
    }
    return options;
}

} // namespace FeedbackKitDemo
