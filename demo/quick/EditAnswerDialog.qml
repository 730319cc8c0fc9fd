import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FeedbackKit

// Lets the user correct an answer, as the widgets demo's dialog does: FeedbackKit's EditHook
// watches the editor, and saving is the commit point it is told about, so the correction is
// recorded as feedback (edits, edit distance, ground_truth) on the answer's event.
Dialog {
    id: root

    property alias client: editHook.client
    property alias target: editHook.target
    /*! The answer as it was; the editor starts with it. */
    property string answer
    readonly property TextArea editor: editor

    /*! The user saved \a text. */
    signal saved(string text)

    objectName: "editAnswerDialog"
    title: qsTranslate("FeedbackKitDemo::EditAnswerDialog", "Edit the answer", "@title:window")
    modal: true
    standardButtons: Dialog.Save | Dialog.Cancel
    anchors.centerIn: parent
    width: Math.min(480, parent.width - 40)

    EditHook {
        id: editHook
        source: editor
        originalText: root.answer
        recordGroundTruth: true
    }

    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTranslate("FeedbackKitDemo::EditAnswerDialog",
                              "Your correction is sent as feedback on this answer.", "@info")
        }
        TextArea {
            id: editor
            objectName: "editAnswerText"
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            wrapMode: TextEdit.Wrap
            text: root.answer
            focus: true
            Accessible.name: qsTranslate("FeedbackKitDemo::EditAnswerDialog", "Answer",
                                         "@label:textbox")
        }
    }

    /*! The Save button, which a script clicks as a user would. */
    function saveButton(): Item {
        return standardButton(Dialog.Save)
    }

    onAccepted: {
        editHook.commit()
        root.saved(editor.text)
    }
    // The hook also commits when its editor loses the focus: a cancelled edit must not count.
    onRejected: editHook.paused = true
}
