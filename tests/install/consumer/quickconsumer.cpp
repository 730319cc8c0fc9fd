// A QML application that links no FeedbackKit library: it imports the installed module from the
// prefix's QML import path (QML_IMPORT_PATH), as a QML-only application would.

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTemporaryDir folder;
    QQmlEngine engine;
    QQmlComponent component(&engine);
    const QString qml = QStringLiteral("import QtQml\nimport FeedbackKit\n"
                                       "FeedbackClient { project: \"consumer\"; "
                                       "outboxPath: \"%1/outbox.sqlite\" }")
                            .arg(folder.path());
    component.setData(qml.toUtf8(), QUrl());
    std::unique_ptr<QObject> client(component.create());
    if (!client) {
        std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
        return 1;
    }
    return client->property("client").value<QObject *>() ? 0 : 1;
}
