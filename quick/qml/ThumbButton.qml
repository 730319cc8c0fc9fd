import QtQuick
import QtQuick.Controls
import FeedbackKit

// One thumb: an icon button, highlighted while its rating is the chosen one. A click goes to
// the controller, whose rule decides (clicking the chosen thumb clears it).
ToolButton {
    id: button

    property RatingController controller
    property bool up: true
    property bool readOnly: false

    readonly property bool chosen: controller
                                   && controller.rating === (up ? RatingController.Up
                                                                : RatingController.Down)

    display: AbstractButton.IconOnly
    checkable: false
    checked: chosen
    enabled: !readOnly
    focusPolicy: Qt.StrongFocus
    icon.source: up ? "qrc:/feedbackkit/icons/thumb-up.svg"
                    : "qrc:/feedbackkit/icons/thumb-down.svg"
    icon.width: 20
    icon.height: 20
    icon.color: chosen ? palette.highlight : palette.buttonText
    text: up ? qsTranslate("FeedbackKit::ThumbsWidget", "Good response", "@info:tooltip thumbs up")
             : qsTranslate("FeedbackKit::ThumbsWidget", "Bad response", "@info:tooltip thumbs down")

    ToolTip.visible: hovered
    ToolTip.text: text
    ToolTip.delay: 600

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: chosen
    Accessible.onPressAction: clicked()
    Accessible.onToggleAction: clicked()

    onClicked: if (controller && !readOnly) controller.clickThumb(up)
}
