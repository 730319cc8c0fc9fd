pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import FeedbackKit

// Stars for one answer: the counterpart of the StarRating widget. Hovering previews a value,
// a click chooses it (clicking the chosen value clears it); the arrow keys step (by halves with
// halfSteps), Home and End go to the ends, a digit sets that many stars, 0 or Backspace clears.
// Both rules are the controller's, shared with the widget. To assistive technology it is a
// slider from 0 to maximum.
Control {
    id: root

    property FeedbackClient client
    property string sessionId
    property string eventId
    property RatingController controller: ownController
    property int maximum: 5
    property bool halfSteps: false
    property bool readOnly: false
    property real starSize: 20

    /*! The stars shown: the hovered value while the pointer is over them, else the score. */
    readonly property real shownValue: hoverValue >= 0 ? hoverValue : value
    readonly property real value: controller ? Math.min(controller.score, maximum) : 0
    readonly property real stepSize: halfSteps ? 0.5 : 1
    // The range, in a slider's words (the row of stars below shows it to assistive technology).
    readonly property real from: 0
    readonly property real to: maximum
    readonly property real minimumValue: from
    readonly property real maximumValue: to

    property real hoverValue: -1

    focusPolicy: readOnly ? Qt.NoFocus : Qt.StrongFocus
    hoverEnabled: !readOnly
    readonly property real starSpacing: 2
    implicitWidth: maximum * starSize + (maximum - 1) * starSpacing + leftPadding + rightPadding
    implicitHeight: starSize + topPadding + bottomPadding
    padding: 2

    ToolTip.visible: hovered && !readOnly
    ToolTip.text: valueText(shownValue)
    ToolTip.delay: 600

    BoundRatingController {
        id: ownController
        inUse: root.controller === ownController
        feedbackClient: root.client
        sessionId: root.sessionId
        eventId: root.eventId
    }

    // The words are the controller's, as the widget's. The qsTranslate call ties the bindings
    // that show them to the engine's retranslate(), which a call into C++ alone is not.
    function valueText(stars) {
        void qsTranslate("FeedbackKit::StarRating", "Not rated", "@info:status star rating")
        return controller ? controller.starsText(stars, maximum) : ""
    }

    // The user's choice, through the controller's rule for clicking the chosen value.
    function choose(stars) {
        if (readOnly || !controller)
            return
        controller.chooseScore(stars)
    }

    // The value a key steps to (in the reading direction of left to right).
    function stepFor(key) {
        return controller ? controller.starsForKey(value, key, stepSize, maximum, false) : -1
    }

    // The step nearest to stars, within 0..maximum (the controller's rule, as for the widget).
    function nearestStep(stars) {
        return controller ? controller.snappedStars(stars, stepSize, maximum) : 0
    }

    // The value under x (in this item), counted from the reading direction's start.
    function valueAt(x) {
        const fromStart = root.mirrored ? width - rightPadding - x : x - leftPadding
        const raw = fromStart / (starSize + starSpacing)
        const stepped = halfSteps ? Math.ceil(raw * 2) / 2 : Math.ceil(raw)
        return Math.max(stepSize, Math.min(maximum, stepped))
    }

    // The slider assistive technology sees is the row of stars, which holds the focus inside
    // the control: Qt 6.4 takes a Control's role from its C++ type (none for a Control),
    // whatever Accessible.role says. Its value, minimumValue, maximumValue and stepSize are
    // what the value interface reads; a value it writes is chosen (to the nearest step).
    contentItem: Row {
        property real value: root.value
        readonly property real minimumValue: root.minimumValue
        readonly property real maximumValue: root.maximumValue
        readonly property real stepSize: root.stepSize

        focus: true
        spacing: root.starSpacing
        onValueChanged: {
            if (value === root.value)
                return
            root.choose(root.nearestStep(value))
            value = Qt.binding(() => root.value)
        }

        Accessible.role: Accessible.Slider
        Accessible.focusable: !root.readOnly
        Accessible.name: qsTranslate("FeedbackKit::StarRating", "Star rating", "@label stars")
        Accessible.description: root.valueText(root.value)
        // A step up or down is the Up and Down keys' rule (stepping down never clears).
        Accessible.onIncreaseAction: root.choose(root.stepFor(Qt.Key_Up))
        Accessible.onDecreaseAction: root.choose(root.stepFor(Qt.Key_Down))

        Repeater {
            model: root.maximum
            IconImage {
                required property int index
                readonly property real fill: Math.max(0, Math.min(1, root.shownValue - index))
                width: root.starSize
                height: root.starSize
                sourceSize.width: root.starSize
                sourceSize.height: root.starSize
                source: fill >= 1 ? "qrc:/feedbackkit/icons/star-full.svg"
                      : fill >= 0.5 ? "qrc:/feedbackkit/icons/star-half.svg"
                                    : "qrc:/feedbackkit/icons/star-empty.svg"
                // The half star's filled half is on the side the stars start from.
                mirror: root.mirrored
                color: fill > 0 ? (root.hoverValue >= 0 ? root.palette.highlight
                                                        : root.palette.windowText)
                                : root.palette.placeholderText
            }
        }
    }

    HoverHandler {
        enabled: !root.readOnly
        onPointChanged: root.hoverValue = hovered ? root.valueAt(point.position.x) : -1
        onHoveredChanged: if (!hovered) root.hoverValue = -1
    }
    TapHandler {
        enabled: !root.readOnly
        onTapped: (eventPoint) => {
            root.forceActiveFocus(Qt.MouseFocusReason)
            root.choose(root.controller.starClick(root.value, root.valueAt(eventPoint.position.x)))
        }
    }

    Keys.onPressed: (event) => {
        const stars = controller ? controller.starsForKey(value, event.key, stepSize, maximum, mirrored) : -1
        if (readOnly || stars < 0)
            return
        event.accepted = true
        if (stars !== value)
            choose(stars)
    }
}
