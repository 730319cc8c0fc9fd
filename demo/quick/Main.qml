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

    width: 1100
    height: 720
    visible: true
    title: qsTranslate("FeedbackKitDemo::MainWindow", "FeedbackKit demo", "@title:window")

    // Arabic lays the whole window out right to left: the language sets the application's
    // direction, and every item below inherits the mirroring.
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

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
            Layout.preferredWidth: 320
            Layout.fillHeight: true
            chat: window.chat
            feedback: feedback
        }
    }

    footer: ToolBar {
        Label {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
            text: window.chat.backendDescription
        }
    }
}
