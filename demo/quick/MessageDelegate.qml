import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FeedbackKit
import FeedbackKitDemo

// One message of the conversation: the user's on the trailing side, the assistant's on the
// leading side with its feedback under it once the answer is complete.
Item {
    id: root

    // The model's roles (ChatModel).
    required property string display
    required property int author
    required property string eventId
    required property bool streaming

    required property ChatController chat
    required property FeedbackClient feedback

    readonly property bool isAnswer: author === ChatController.Assistant

    implicitHeight: column.implicitHeight
    // A row of the conversation for assistive technology, named by its text, as in the
    // widgets demo; the answer's feedback is inside it.
    Accessible.role: Accessible.ListItem
    Accessible.name: root.display

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 4

        Rectangle {
            id: bubble
            readonly property real padding: 10
            Layout.alignment: root.isAnswer ? Qt.AlignLeft : Qt.AlignRight
            Layout.preferredWidth: text.width + 2 * padding
            Layout.preferredHeight: text.height + 2 * padding
            radius: 10
            color: root.isAnswer ? root.palette.alternateBase : root.palette.highlight
            border.color: root.palette.mid

            Label {
                id: text
                x: bubble.padding
                y: bubble.padding
                width: Math.min(implicitWidth, Math.round(column.width * 0.72))
                wrapMode: Text.Wrap
                text: root.display
                // No alignment set: each message is aligned by its own script's direction
                // (an English answer in the Arabic interface stays left-aligned), which
                // mirroring leaves alone.
                color: root.isAnswer ? root.palette.text : root.palette.highlightedText
            }
        }

        // Only answers have feedback: a user's message makes no bar and no hooks. Made with
        // its properties given (setSource), which a Loader's sourceComponent cannot do for
        // required properties; the answer's text is then followed, as a correction changes it.
        Loader {
            Layout.alignment: Qt.AlignLeft
            visible: !root.streaming
            Component.onCompleted: {
                if (!root.isAnswer)
                    return
                setSource("AnswerFeedback.qml", {
                    chat: root.chat,
                    client: root.feedback,
                    sessionId: root.chat.sessionId,
                    eventId: root.eventId,
                    answerText: root.display
                })
            }
            onLoaded: (item as AnswerFeedback).answerText = Qt.binding(() => root.display)
        }
    }
}
