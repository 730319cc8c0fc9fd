import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FeedbackKit

// The feedback under one answer: the one place the Qt Quick demo puts an answer's feedback UI.
// It is bound to the answer's own event (sessionId, eventId), so every rating attaches to the
// span that produced that answer.
//
// FeedbackBar replaces the two buttons below once FeedbackKit has it (with thumbs, stars and
// the comment box, and the rules of the feedback bar: clearing, changing, follow-ups). Keep
// the object names thumbUp and thumbDown on its thumbs: the scripted run clicks them.
RowLayout {
    id: root

    required property FeedbackClient client
    required property string sessionId
    required property string eventId

    // The rating as given here; read back from the client when the delegate is made again
    // (a list view drops the delegates scrolled away).
    property var rating: undefined
    // Why the client refused the last rating; empty when it took it.
    property string refusal

    spacing: 6

    function rate(helpful) {
        refusal = client.enrichEvent(sessionId, eventId, { rating: helpful })
        if (refusal.length === 0)
            rating = helpful
    }

    Component.onCompleted: rating = client.eventState(sessionId, eventId).rating

    Button {
        objectName: "thumbUp"
        text: qsTr("Helpful", "@action:button rate the answer")
        flat: true
        // Shows the rating given; a click gives it again rather than toggling it. Highlighted
        // too: a checked flat button looks like any other in some styles (Material).
        checked: root.rating === true
        highlighted: checked
        onClicked: root.rate(true)
    }
    Button {
        objectName: "thumbDown"
        text: qsTr("Not helpful", "@action:button rate the answer")
        flat: true
        checked: root.rating === false
        highlighted: checked
        onClicked: root.rate(false)
    }
    DeliveryIndicator {
        client: root.client
        sessionId: root.sessionId
        eventId: root.eventId
    }
    Label {
        visible: root.refusal.length > 0
        text: root.refusal
        color: root.palette.text
    }
    Label {
        // The span this answer was logged as: what to look for on the server.
        text: qsTr("event %1", "@info event ID of the answer").arg(root.eventId.slice(0, 8))
        color: root.palette.placeholderText
        font.pointSize: Math.max(1, Qt.application.font.pointSize - 1)
        ToolTip.text: root.eventId
        ToolTip.visible: eventArea.containsMouse
        MouseArea {
            id: eventArea
            anchors.fill: parent
            hoverEnabled: true
        }
    }
}
