import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FeedbackKit
import FeedbackKitDemo

// The delivery at work, as the client reports it: the session, what is pending and
// quarantined, whether delivery is paused and why; and the switch to go offline (to watch the
// outbox hold the feedback, then drain). The words are the widgets demo's panel's.
Pane {
    id: root

    required property ChatController chat
    required property FeedbackClient feedback

    function count(value) {
        return Number(value).toLocaleString(Qt.locale(), "f", 0)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            text: qsTranslate("FeedbackKitDemo::MainWindow", "Delivery", "@title:window panel")
            font.bold: true
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12

            Label { text: qsTranslate("FeedbackKitDemo::DeliveryPanel", "Session:", "@label") }
            Label {
                objectName: "sessionLabel"
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                text: root.chat.sessionId
            }
            Label { text: qsTranslate("FeedbackKitDemo::DeliveryPanel", "Pending:", "@label") }
            Label {
                objectName: "pendingLabel"
                text: root.count(root.feedback.pendingCount)
            }
            Label {
                text: qsTranslate("FeedbackKitDemo::DeliveryPanel", "Quarantined:", "@label")
            }
            Label {
                objectName: "quarantinedLabel"
                text: root.count(root.feedback.quarantinedCount)
            }
            Label { text: qsTr("Paused:", "@label delivery paused by the server") }
            Label {
                objectName: "pausedLabel"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.feedback.paused ? root.feedback.pauseReason
                                           : qsTr("No", "@info:status delivery not paused")
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.feedback.outboxFull
            wrapMode: Text.Wrap
            text: qsTr("The outbox is full: new feedback is refused until it drains.",
                       "@info:status")
        }

        Switch {
            id: offline
            objectName: "offlineSwitch"
            Layout.fillWidth: true
            text: qsTranslate("FeedbackKitDemo::DeliveryPanel",
                              "Offline (hold feedback in the outbox)", "@option:check")
            checked: root.chat.offline
            onToggled: root.chat.offline = checked
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTranslate("FeedbackKitDemo::DeliveryPanel",
                                      "Points the client at an address where nothing listens, "
                                      + "so deliveries fail and the outbox keeps everything; "
                                      + "switch back and it drains.", "@info:tooltip")
        }

        Item { Layout.fillHeight: true }
    }
}
