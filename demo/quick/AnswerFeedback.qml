import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FeedbackKit
import FeedbackKitDemo

// The feedback under one answer: FeedbackKit's FeedbackBar (thumbs, stars, the comment box after
// a thumbs down, Undo, the delivery indicator) and Copy, Regenerate, Edit, bound to the answer's
// own event (sessionId, eventId), so every rating attaches to the span that produced that
// answer. A delegate made
// again (a list view drops the ones scrolled away) shows what the client holds.
RowLayout {
    id: root

    required property ChatController chat
    required property FeedbackClient client
    required property string sessionId
    required property string eventId
    required property string answerText

    spacing: 6

    FeedbackBar {
        objectName: "feedbackBar"
        Layout.fillWidth: true
        client: root.client
        sessionId: root.sessionId
        eventId: root.eventId
        followUp: RatingController.AfterThumbsDown
        negativeReasons: [
            qsTranslate("FeedbackKitDemo::MessageBar", "Wrong", "@item:reason for a bad answer"),
            qsTranslate("FeedbackKitDemo::MessageBar", "Too vague", "@item:reason for a bad answer"),
            qsTranslate("FeedbackKitDemo::MessageBar", "Too long", "@item:reason for a bad answer")
        ]
    }
    AnswerActions {
        chat: root.chat
        sessionId: root.sessionId
        eventId: root.eventId
        answerText: root.answerText
    }
    Label {
        // The span this answer was logged as: what to look for on the server.
        text: qsTr("event %1", "@info event ID of the answer").arg(root.eventId.slice(0, 8))
        // Set apart by colour only: Arabic has no italics, and DejaVu Sans Oblique no Arabic.
        color: root.palette.placeholderText
        ToolTip.text: root.eventId
        ToolTip.visible: eventArea.containsMouse
        MouseArea {
            id: eventArea
            anchors.fill: parent
            hoverEnabled: true
        }
    }
}
