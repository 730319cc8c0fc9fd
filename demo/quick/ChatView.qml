pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FeedbackKit
import FeedbackKitDemo

// The conversation as one list view (delegates only for the rows on screen, however long the
// chat), and the line the user types in.
ColumnLayout {
    id: root

    required property ChatController chat
    required property FeedbackClient feedback

    spacing: 0

    ListView {
        id: view
        objectName: "conversationView"

        // Follow the newest message while it streams, unless the user scrolled up to read.
        property bool followEnd: true

        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 6
        topMargin: 10
        bottomMargin: 10
        model: root.chat.model
        Accessible.role: Accessible.List
        Accessible.name: qsTranslate("FeedbackKitDemo::ChatPage", "Conversation",
                                     "@label:listbox")
        ScrollBar.vertical: ScrollBar { }

        delegate: MessageDelegate {
            width: ListView.view.width
            chat: root.chat
            feedback: root.feedback
        }

        onMovementEnded: followEnd = atYEnd
        onContentHeightChanged: if (followEnd) followLater.restart()

        // The height changes while the delegates are laid out: position once they are done
        // (a Timer rather than Qt.callLater, which qmllint cannot check).
        Timer {
            id: followLater
            interval: 0
            onTriggered: view.positionViewAtEnd()
        }
    }

    Frame {
        Layout.fillWidth: true

        RowLayout {
            anchors.fill: parent

            TextField {
                id: field
                objectName: "messageField"
                Layout.fillWidth: true
                placeholderText: qsTranslate("FeedbackKitDemo::ChatPage",
                                             "Ask something — try “hello”, “feedback” or “offline”",
                                             "@info:placeholder")
                Accessible.name: qsTranslate("FeedbackKitDemo::ChatPage", "Message",
                                             "@label:textbox")
                onAccepted: send.clicked()
            }
            Button {
                id: send
                objectName: "sendButton"
                text: qsTranslate("FeedbackKitDemo::ChatPage", "Send",
                                  "@action:button send the message")
                enabled: field.text.trim().length > 0
                // Qt 6.4's Button emits no clicked() for the press action of assistive
                // technology: the handler does.
                Accessible.onPressAction: clicked()
                onClicked: {
                    if (!enabled)
                        return
                    root.chat.send(field.text)
                    field.clear()
                    view.followEnd = true
                }
            }
        }
    }
}
