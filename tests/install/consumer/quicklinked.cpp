// A QML application that links FeedbackKit::Quick (found with find_package(FeedbackKit
// COMPONENTS Quick)): it sets no import path, the module comes with the library, and it uses the
// C++ API beside the QML components.

#include <FeedbackKit/QuickClient>

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTemporaryDir folder;
    QQmlEngine engine;
    QQmlComponent component(&engine);
    const QString qml
        = QStringLiteral("import QtQuick\nimport FeedbackKit\n"
                         "Item {\n"
                         "  property FeedbackClient feedback: FeedbackClient {\n"
                         "    project: \"consumer\"; outboxPath: \"%1/outbox.sqlite\" }\n"
                         "  FeedbackBar { client: parent.feedback; sessionId: Targets.newId();\n"
                         "                eventId: Targets.newId() }\n"
                         "}")
              .arg(folder.path());
    component.setData(qml.toUtf8(), QUrl());
    std::unique_ptr<QObject> root(component.create());
    if (!root) {
        std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
        return 1;
    }
    auto *client = root->property("feedback").value<FeedbackKit::QuickClient *>();
    const bool hasBar = !qobject_cast<QQuickItem *>(root.get())->childItems().isEmpty();
    return client && client->client() && hasBar ? 0 : 1;
}
