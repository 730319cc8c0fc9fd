pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FeedbackKit
import FeedbackKitDemo

// The demo's window: the conversation and the line to ask in, the delivery panel beside them,
// and where feedback goes at the bottom. The program hands over the chat (ChatController).
ApplicationWindow {
    id: window

    required property ChatController chat
    required property LanguageSwitcher languages

    width: 1100
    height: 720
    visible: true
    title: qsTranslate("FeedbackKitDemo::MainWindow", "FeedbackKit demo", "@title:window")

    // Arabic lays the whole window out right to left: the language sets the application's
    // direction, and every item below inherits the mirroring.
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    menuBar: MenuBar {
        Menu {
            id: languageMenu
            objectName: "languageMenu"
            title: qsTranslate("FeedbackKitDemo::MainWindow", "&Language", "@title:menu")

            // Each language in its own words; the one in use is checked.
            ButtonGroup { id: languageGroup }
            Instantiator {
                model: window.languages.languages()
                delegate: MenuItem {
                    required property string modelData
                    objectName: "language_" + modelData
                    text: window.languages.nativeName(modelData)
                    checkable: true
                    ButtonGroup.group: languageGroup
                    // Set once, not bound: checking an item sets it, and the group keeps one.
                    Component.onCompleted: checked = modelData === window.languages.language
                    onTriggered: window.languages.language = modelData
                }
                onObjectAdded: (index, item) => languageMenu.insertItem(index, item as MenuItem)
                onObjectRemoved: (index, item) => languageMenu.removeItem(item as MenuItem)
            }
        }
    }

    FeedbackClient {
        id: feedback
        // The Client the program made for the Backend (embedded collector or HoneyHive) is
        // handed over: the answers' events and their feedback share one outbox and session.
        client: window.chat.client
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ChatView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            chat: window.chat
            feedback: feedback
        }
        ToolSeparator {
            Layout.fillHeight: true
            padding: 0
        }
        DeliveryPanel {
            objectName: "deliveryPanel"
            Layout.preferredWidth: 320
            Layout.fillHeight: true
            chat: window.chat
            feedback: feedback
        }
    }

    // A status line rather than a ToolBar: Material paints tool bars in the primary colour,
    // and the line is information, not tools.
    footer: Pane {
        topPadding: 4
        bottomPadding: 4
        background: Rectangle {
            color: window.palette.window
            Rectangle {
                width: parent.width
                height: 1
                color: window.palette.mid
            }
        }

        Label {
            objectName: "backendDescription"
            anchors.fill: parent
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
            text: window.chat.backendDescription
        }
    }
}
