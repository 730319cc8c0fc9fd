import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FeedbackKit
import FeedbackKitDemo

// Copy, Regenerate and Edit for one answer, as in the widgets demo, and the implicit feedback
// each records through FeedbackKit's QML hooks on the answer's own event. The hooks live in
// the delegate: made again when the row comes back, they take their counts from the client's
// stored state.
RowLayout {
    id: root

    required property ChatController chat
    required property string sessionId
    required property string eventId
    required property string answerText

    readonly property var target: Targets.event(sessionId, eventId)
    /*! The edit dialog opened last (null once it is closed and destroyed). */
    property EditAnswerDialog editDialog: null

    objectName: "answerActions"
    spacing: 2

    CopyHook {
        id: copyHook
        client: root.chat.client
        target: root.target
        responseText: root.answerText
    }
    RegenerateHook {
        id: regenerateHook
        client: root.chat.client
        target: root.target
        // The new answer is a row of its own, with its own hooks: this one stays on its answer.
        advanceTarget: false
        onRegenerated: (oldTarget, newTarget) => root.chat.regenerate(root.eventId,
                                                                      newTarget.eventId)
    }

    ToolButton {
        objectName: "copyButton"
        text: qsTranslate("FeedbackKitDemo::MessageBar", "Copy", "@action:button copy the answer")
        ToolTip.visible: hovered
        ToolTip.text: qsTranslate("FeedbackKitDemo::MessageBar",
                                  "Copy the answer to the clipboard", "@info:tooltip")
        onClicked: copyHook.copy()
        // Qt 6.4's buttons emit no clicked() for the press action of assistive technology.
        Accessible.onPressAction: clicked()
    }
    ToolButton {
        objectName: "regenerateButton"
        // One answer streams at a time: asking again meanwhile would record a regeneration
        // that never comes.
        enabled: !root.chat.answering
        text: qsTranslate("FeedbackKitDemo::MessageBar", "Regenerate",
                          "@action:button ask for another answer")
        ToolTip.visible: hovered
        ToolTip.text: qsTranslate("FeedbackKitDemo::MessageBar",
                                  "Ask the assistant for another answer", "@info:tooltip")
        onClicked: regenerateHook.requestRegeneration()
        Accessible.onPressAction: clicked()
    }
    ToolButton {
        objectName: "editButton"
        text: qsTranslate("FeedbackKitDemo::MessageBar", "Edit", "@action:button correct the answer")
        ToolTip.visible: hovered
        ToolTip.text: qsTranslate("FeedbackKitDemo::MessageBar",
                                  "Correct the answer; the edit is recorded as feedback",
                                  "@info:tooltip")
        onClicked: root.openEditor()
        Accessible.onPressAction: clicked()
    }

    Component {
        id: editDialogComponent
        EditAnswerDialog { }
    }

    function openEditor() {
        // Owned by the window's overlay, not by this row: a list view may destroy the row
        // while the dialog is open, and an edit ends only with Save or Cancel.
        const dialog = editDialogComponent.createObject(Overlay.overlay, {
            client: root.chat.client,
            target: root.target,
            answer: root.answerText
        }) as EditAnswerDialog
        if (!dialog)
            return
        const chat = root.chat
        const eventId = root.eventId
        dialog.saved.connect(text => chat.correct(eventId, text))
        dialog.closed.connect(() => dialog.destroy())
        root.editDialog = dialog
        dialog.open()
    }
}
