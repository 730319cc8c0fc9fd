#include "quickdemowindow.h"
#include "chatcontroller.h"
#include "languageswitcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

// The demo's own QML module is a static library: its plugin is imported where it is loaded.
Q_IMPORT_QML_PLUGIN(FeedbackKitDemoPlugin)

namespace FeedbackKitDemo {

namespace {
const QUrl kMainQml(QStringLiteral("qrc:/qt-project.org/imports/FeedbackKitDemo/Main.qml"));
}

QQuickWindow *loadQuickDemoWindow(QQmlApplicationEngine &engine, ChatController *chat,
                                  LanguageSwitcher *languages)
{
    // The FeedbackKit module's plugin, wherever the program is started: beside the build
    // tree's bin/ in qml/, and in an installed prefix where FeedbackKit installs it.
    const QDir programDir(QCoreApplication::applicationDirPath());
    engine.addImportPath(programDir.filePath(QStringLiteral("../qml")));
    engine.addImportPath(programDir.filePath(QStringLiteral(FEEDBACKKIT_QML_FROM_BINDIR)));
    QObject::connect(languages, &LanguageSwitcher::languageChanged, &engine,
                     &QQmlEngine::retranslate);
    // Its words come from C++ (Backend::description()), which QML cannot re-read by itself.
    QObject::connect(languages, &LanguageSwitcher::languageChanged, chat,
                     &ChatController::backendDescriptionChanged);
    engine.setInitialProperties(
        { { QStringLiteral("chat"), QVariant::fromValue(chat) },
          { QStringLiteral("languages"), QVariant::fromValue(languages) } });
    engine.load(kMainQml);
    const auto roots = engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}

} // namespace FeedbackKitDemo
