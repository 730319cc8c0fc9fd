import QtQuick
import QtQuick.Controls
import FeedbackKit

// Where one target's feedback is on its way to the server: nothing before a rating, a ring
// while it is sent, a check once delivered, an exclamation mark when it was not. It renders a
// DeliveryStatus (Delivery's controller); the words are the controller's, for tooltips and
// screen readers alike.
Control {
    id: root

    /*! The client the feedback goes through. */
    property FeedbackClient client
    property string sessionId
    property string eventId
    /*! The controller shown; bind to it for the state and its words. */
    readonly property DeliveryStatus status: deliveryStatus

    implicitWidth: 14
    implicitHeight: 14
    focusPolicy: Qt.NoFocus
    hoverEnabled: true
    visible: deliveryStatus.state !== DeliveryStatus.Idle

    Accessible.role: Accessible.StaticText
    Accessible.name: deliveryStatus.text

    ToolTip.visible: hovered && deliveryStatus.text.length > 0
    ToolTip.text: deliveryStatus.text

    DeliveryStatus {
        id: deliveryStatus
        client: root.client ? root.client.client : null
        target: Targets.event(root.sessionId, root.eventId)
    }

    readonly property bool delivered: deliveryStatus.state === DeliveryStatus.Delivered
    readonly property bool failing: deliveryStatus.state === DeliveryStatus.Failed
                                    || deliveryStatus.state === DeliveryStatus.Quarantined

    // A plain child, not the deferred contentItem: the strokes refer to the disc by id.
    Item {
        anchors.fill: parent
        Rectangle {
            id: disc
            anchors.centerIn: parent
            width: Math.min(parent.width, parent.height) - 2
            height: width
            radius: width / 2
            color: root.delivered ? root.palette.highlight
                 : root.failing ? root.palette.windowText : "transparent"
            border.width: root.delivered || root.failing ? 0 : 1.5
            border.color: root.palette.placeholderText
        }
        // The check: two strokes, as the widget draws it (scene-graph rectangles are crisp at
        // any device pixel ratio).
        Item {
            anchors.fill: disc
            visible: root.delivered
            readonly property real u: disc.width / 10
            Rectangle {
                x: parent.width / 2 - 2.6 * parent.u; y: parent.height / 2 + 0.2 * parent.u
                width: 2.5 * parent.u; height: 1.6; radius: 0.8
                color: root.palette.highlightedText
                transformOrigin: Item.Left; rotation: 45
            }
            Rectangle {
                x: parent.width / 2 - 0.8 * parent.u; y: parent.height / 2 + 2 * parent.u
                width: 5 * parent.u; height: 1.6; radius: 0.8
                color: root.palette.highlightedText
                transformOrigin: Item.Left; rotation: -48
            }
        }
        // The exclamation mark.
        Item {
            anchors.fill: disc
            visible: root.failing
            readonly property real u: disc.width / 10
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                y: parent.height / 2 - 2.8 * parent.u
                width: 1.6; height: 3.6 * parent.u; radius: 0.8
                color: root.palette.window
            }
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                y: parent.height / 2 + 2.2 * parent.u
                width: 1.6; height: 1.6; radius: 0.8
                color: root.palette.window
            }
        }
    }
}
