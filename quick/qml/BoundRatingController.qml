import QtQuick
import FeedbackKit

// A component's own RatingController, bound to an answer by IDs as QML models give them. It
// binds only while it is the one in use (a component inside a FeedbackBar renders the bar's
// controller instead), and only to a well-formed target: a delegate being recycled passes
// through empty IDs, which are no target at all.
RatingController {
    id: controller

    property FeedbackClient feedbackClient
    property string sessionId
    property string eventId
    property bool inUse: true

    readonly property bool hasTarget: Targets.check(eventId) === ""
                                      && (sessionId === "" || Targets.check(sessionId) === "")

    client: inUse && feedbackClient ? feedbackClient.client : null

    property Binding targetBinding: Binding {
        target: controller
        property: "target"
        value: Targets.event(controller.sessionId, controller.eventId)
        when: controller.inUse && controller.hasTarget
    }
}
