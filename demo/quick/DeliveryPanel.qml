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
            // Only while the server refuses the key (401/403): delivery waits, nothing is lost.
            Label {
                visible: root.feedback.paused
                text: qsTr("Paused:", "@label delivery paused by the server")
            }
            Label {
                objectName: "pausedLabel"
                visible: root.feedback.paused
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.feedback.pauseReason
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.feedback.outboxFull
            wrapMode: Text.Wrap
            text: qsTr("The outbox is full: new feedback is refused until it drains.",
                       "@info:status")
        }

        // The switch's own text elides; a label beside it wraps the longer translations.
        RowLayout {
            Layout.fillWidth: true

            Switch {
                id: offline
                objectName: "offlineSwitch"
                Layout.alignment: Qt.AlignTop
                checked: root.chat.offline
                onToggled: root.chat.offline = checked
                Accessible.name: offlineText.text
                ToolTip.visible: hovered || offlineTap.hovered
                ToolTip.delay: 600
                ToolTip.text: qsTranslate("FeedbackKitDemo::DeliveryPanel",
                                          "Points the client at an address where nothing "
                                          + "listens, so deliveries fail and the outbox keeps "
                                          + "everything; switch back and it drains.",
                                          "@info:tooltip")
            }
            Label {
                id: offlineText
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                wrapMode: Text.Wrap
                text: qsTranslate("FeedbackKitDemo::DeliveryPanel",
                                  "Offline (hold feedback in the outbox)", "@option:check")
                HoverHandler { id: offlineTap }
                TapHandler { onTapped: root.chat.offline = !root.chat.offline }
            }
        }

        Item { Layout.fillHeight: true }
    }
}
