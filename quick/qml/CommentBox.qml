pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FeedbackKit

// A comment with reasons for one answer: the counterpart of the CommentBox widget. It renders a
// CommentController (the length cap and its counter, the reasons offered for the rating's
// sentiment, the keys, send and cancel); Ctrl+Enter sends, Esc goes back to what was last sent.
ColumnLayout {
    id: root

    property FeedbackClient client
    property string sessionId
    property string eventId
    /*! The rating rules the comment goes through: the box's own unless one is given. */
    property RatingController controller: ownController
    property alias maximumLength: comment.maximumLength
    property alias positiveReasons: comment.positiveReasons
    property alias negativeReasons: comment.negativeReasons
    property string placeholderText
    readonly property CommentController comment: comment
    readonly property alias editor: editor
    // The chosen reasons as a JavaScript array, for the chips.
    readonly property var chosenReasons: comment.selectedReasons

    signal submitted()
    signal cancelled()

    spacing: 4

    BoundRatingController {
        id: ownController
        inUse: root.controller === ownController
        feedbackClient: root.client
        sessionId: root.sessionId
        eventId: root.eventId
    }

    CommentController {
        id: comment
        rating: root.controller
        onSubmitted: root.submitted()
        onCancelled: root.cancelled()
    }

    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 72
        TextArea {
            id: editor
            wrapMode: TextEdit.Wrap
            placeholderText: root.placeholderText.length > 0
                ? root.placeholderText
                : qsTranslate("FeedbackKit::CommentBox", "Tell us more (optional)",
                              "@info:placeholder comment")
            // The cap is the controller's: what it keeps is what the field shows, cut at the
            // end so that the cursor stays where the user types.
            onTextChanged: {
                if (text === comment.text)
                    return
                comment.text = text
                if (length > comment.text.length)
                    remove(comment.text.length, length)
            }
            Connections {
                target: comment
                // A stored, undone or cancelled comment.
                function onTextChanged() {
                    if (editor.text !== comment.text)
                        editor.text = comment.text
                }
            }
            Component.onCompleted: text = comment.text
            Accessible.name: qsTranslate("FeedbackKit::CommentBox", "Comment",
                                         "@label comment field")
            // Ctrl+Enter sends, Esc cancels: the controller's keys, as in the widget.
            Keys.onPressed: (event) => { event.accepted = comment.handleKey(event.key, event.modifiers) }
        }
    }

    Flow {
        id: chips
        Layout.fillWidth: true
        spacing: 4
        visible: comment.offeredReasons.length > 0
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTranslate("FeedbackKit::CommentBox", "Reasons", "@label reason chips")
        Repeater {
            model: comment.offeredReasons
            Button {
                required property string modelData
                text: modelData
                checkable: true
                checked: root.chosenReasons.indexOf(modelData) >= 0
                // Highlighted as well as checked: some styles (Material) draw a checked flat
                // button as an unchecked one.
                highlighted: checked
                onClicked: comment.toggleReason(modelData)
                Accessible.checkable: true
                Accessible.checked: checked
                // Qt 6.4's buttons emit no clicked() for the actions of assistive technology
                // (and a toggle would break the checked binding): the handlers do.
                Accessible.onPressAction: clicked()
                Accessible.onToggleAction: clicked()
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            id: counter
            text: comment.counterText
            color: comment.atLimit ? "#c62828" : root.palette.placeholderText
            Accessible.role: Accessible.StaticText
            Accessible.name: comment.counterDescription
        }
        Item { Layout.fillWidth: true }
        Button {
            text: qsTranslate("FeedbackKit::CommentBox", "Cancel", "@action:button discard the comment")
            ToolTip.visible: hovered
            ToolTip.text: qsTranslate("FeedbackKit::CommentBox", "Discard changes (Esc)", "@info:tooltip")
            onClicked: comment.cancel()
            Accessible.onPressAction: clicked()
        }
        Button {
            text: qsTranslate("FeedbackKit::CommentBox", "Send", "@action:button submit the comment")
            highlighted: true
            ToolTip.visible: hovered
            ToolTip.text: qsTranslate("FeedbackKit::CommentBox", "Send the comment (Ctrl+Enter)",
                                      "@info:tooltip")
            onClicked: comment.submit()
            Accessible.onPressAction: clicked()
        }
    }
}
