import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FeedbackKit

// Every component with a rating given, on a window-coloured page: for the screenshots.
Pane {
    id: page

    readonly property bool ready: feedback.pendingCount === 0 && bar.deliveryStatus.state
                                  === DeliveryStatus.Delivered
    readonly property string sessionId: Targets.newId()

    width: 520
    padding: 12
    // Material takes its colours from its theme, not the palette.
    Material.theme: sceneDark ? Material.Dark : Material.Light
    LayoutMirroring.enabled: sceneRightToLeft
    LayoutMirroring.childrenInherit: true

    FeedbackClient {
        id: feedback
        apiUrl: collectorUrl
        apiKey: "screenshot-key"
        project: "screenshots"
        outboxPath: scratchDir + "/" + Targets.newId() + ".sqlite"
    }

    ColumnLayout {
        width: parent.width
        spacing: 14

        Label { text: "FeedbackBar"; font.bold: true }
        FeedbackBar {
            id: bar
            Layout.fillWidth: true
            client: feedback
            sessionId: page.sessionId
            eventId: Targets.newId()
            negativeReasons: ["Wrong", "Too long", "Off topic"]
            Component.onCompleted: {
                controller.clickThumb(false)
                controller.chooseScore(3)
                controller.submitComment("The dates are wrong.", ["Wrong"])
                commentOpen = true
            }
        }

        Label { text: "Thumbs · StarRating · DeliveryIndicator"; font.bold: true }
        RowLayout {
            spacing: 16
            Thumbs {
                id: thumbs
                client: feedback
                sessionId: page.sessionId
                eventId: Targets.newId()
                Component.onCompleted: controller.clickThumb(true)
            }
            StarRating {
                client: feedback
                sessionId: page.sessionId
                eventId: Targets.newId()
                halfSteps: true
                Component.onCompleted: controller.chooseScore(3.5)
            }
            DeliveryIndicator {
                client: feedback
                sessionId: page.sessionId
                eventId: thumbs.eventId
            }
        }

        Label { text: "CommentBox"; font.bold: true }
        CommentBox {
            Layout.fillWidth: true
            client: feedback
            sessionId: page.sessionId
            eventId: Targets.newId()
            maximumLength: 200
            positiveReasons: ["Clear", "Saved me time"]
            Component.onCompleted: {
                controller.clickThumb(true)
                comment.toggleReason("Clear")
                comment.text = "Exactly what I needed."
            }
        }
    }
}
