import QtQuick
import FeedbackKit

// Thumbs up and down for one answer: the counterpart of the ThumbsWidget. Give it a client and
// the answer's IDs, or a controller (a FeedbackBar gives its own). Clicking the chosen thumb
// clears the rating.
Row {
    id: root

    property FeedbackClient client
    property string sessionId
    property string eventId
    /*! The rating rules rendered: this component's own unless one is given. */
    property RatingController controller: ownController
    property bool readOnly: false

    spacing: 2
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTranslate("FeedbackKit::ThumbsWidget", "Rate this response",
                                 "@label thumbs group")

    BoundRatingController {
        id: ownController
        inUse: root.controller === ownController
        feedbackClient: root.client
        sessionId: root.sessionId
        eventId: root.eventId
    }

    ThumbButton {
        objectName: "thumbUp"
        controller: root.controller
        up: true
        readOnly: root.readOnly
    }
    ThumbButton {
        objectName: "thumbDown"
        controller: root.controller
        up: false
        readOnly: root.readOnly
    }
}
