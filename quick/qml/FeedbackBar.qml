import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FeedbackKit

// Everything about one answer in one row: thumbs, optional stars, a comment box that opens
// after a thumb (followUp), Undo while the last change can be taken back, and where the
// feedback is on its way to the server. The counterpart of the FeedbackBar widget: all parts
// render one RatingController, so the rules are the controller's.
ColumnLayout {
    id: root

    property FeedbackClient client
    property string sessionId
    property string eventId
    property bool starsVisible: true
    property bool halfSteps: false
    property alias followUp: rating.followUp
    property alias undoTimeout: rating.undoTimeout
    readonly property alias undoAvailable: rating.undoAvailable
    property var positiveReasons: []
    property var negativeReasons: []
    property bool commentOpen: false
    readonly property RatingController controller: rating
    readonly property DeliveryStatus deliveryStatus: indicator.status
    /*! The comment box while it is open; null when closed (it is made when opened). */
    readonly property CommentBox commentBox: commentLoader.item as CommentBox

    spacing: 4
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTranslate("FeedbackKit::FeedbackBar", "Feedback", "@label the feedback bar")

    BoundRatingController {
        id: rating
        feedbackClient: root.client
        sessionId: root.sessionId
        eventId: root.eventId
        onFollowUpRequested: root.commentOpen = true
        // Shown until the client's next news for the answer.
        onSubmitFailed: (error) => indicator.status.reportRefused(error)
    }

    RowLayout {
        spacing: 6
        Thumbs { controller: rating }
        StarRating {
            objectName: "stars"
            controller: rating
            visible: root.starsVisible
            halfSteps: root.halfSteps
        }
        Button {
            id: commentButton
            flat: true
            checkable: true
            checked: root.commentOpen
            text: qsTranslate("FeedbackKit::FeedbackBar", "Comment…",
                              "@action:button open the comment box")
            ToolTip.visible: hovered
            ToolTip.text: qsTranslate("FeedbackKit::FeedbackBar", "Add a comment", "@info:tooltip")
            onClicked: root.commentOpen = !root.commentOpen
            // Qt 6.4's buttons emit no clicked() for the actions of assistive technology (and
            // a toggle would break the checked binding): the handlers do.
            Accessible.onPressAction: clicked()
            Accessible.onToggleAction: clicked()
        }
        Button {
            flat: true
            visible: rating.undoAvailable
            text: qsTranslate("FeedbackKit::FeedbackBar", "Undo",
                              "@action:button take back the last rating")
            ToolTip.visible: hovered
            ToolTip.text: qsTranslate("FeedbackKit::FeedbackBar", "Take back the last change",
                                      "@info:tooltip")
            onClicked: rating.undo()
            Accessible.onPressAction: clicked()
        }
        DeliveryIndicator {
            id: indicator
            client: root.client
            sessionId: root.sessionId
            eventId: root.eventId
        }
    }

    // Made when opened: a list of many answers makes one bar per row, and a closed box costs
    // nothing there.
    Loader {
        id: commentLoader
        Layout.fillWidth: true
        active: root.commentOpen
        visible: active
        sourceComponent: CommentBox { }
        // Bound here, not inside the component: it refers to nothing outside itself.
        onLoaded: {
            const box = item as CommentBox
            // The reasons first: the controller then shows the stored ones among them.
            box.positiveReasons = Qt.binding(() => root.positiveReasons)
            box.negativeReasons = Qt.binding(() => root.negativeReasons)
            box.controller = rating
            box.editor.forceActiveFocus(Qt.OtherFocusReason)
        }
    }
    Connections {
        target: root.commentBox
        function onSubmitted() { root.commentOpen = false }
        function onCancelled() { root.commentOpen = false }
    }
}
