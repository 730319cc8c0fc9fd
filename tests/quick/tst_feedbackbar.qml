import QtQuick
import QtTest
import FeedbackKit

// FeedbackBar: the follow-up after a thumb, reasons taken back with a switched thumb and
// brought back by Undo, stars, all as the server stores them.
TestCase {
    id: testCase
    name: "FeedbackBar"
    when: windowShown
    visible: true
    width: 480
    height: 260

    FeedbackClient {
        id: feedback
        apiUrl: collector.url
        apiKey: "quick-test-key"
        project: "quick-tests"
        outboxPath: collector.scratchDir + "/bar-outbox.sqlite"
    }

    Component {
        id: barComponent
        FeedbackBar {
            width: 460
            client: feedback
            followUp: RatingController.AfterThumbsDown
            negativeReasons: ["Wrong", "Too long"]
            undoTimeout: 60000
        }
    }

    function makeBar() {
        const ids = { sessionId: Targets.newId(), eventId: Targets.newId() }
        const bar = createTemporaryObject(barComponent, testCase, ids)
        verify(bar)
        return bar
    }

    function stored(bar) {
        tryCompare(feedback, "pendingCount", 0, 10000)
        return collector.storedEvent(bar.eventId).feedback || {}
    }

    function findChild(item, predicate) {
        if (predicate(item))
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findChild(item.children[i], predicate)
            if (found)
                return found
        }
        return null
    }

    function thumb(bar, up) {
        return findChild(bar, (item) => item.hasOwnProperty("up") && item.up === up
                                       && item.hasOwnProperty("chosen"))
    }

    function test_thumbsDownAsksWhyAndTheCommentIsSent() {
        const bar = makeBar()
        verify(!bar.commentOpen)
        mouseClick(thumb(bar, false))
        verify(bar.commentOpen, "the follow-up opens after a thumbs down")
        const box = bar.commentBox
        tryVerify(() => box.editor.activeFocus)
        box.comment.toggleReason("Wrong")
        for (const letter of "No")
            keyClick(letter)
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        verify(!bar.commentOpen, "sending closes the box")
        const state = stored(bar)
        compare(state.rating, false)
        compare(state.reasons, ["Wrong"])
        compare(state.comment, "No")
        tryCompare(bar.deliveryStatus, "state", DeliveryStatus.Delivered, 10000)
    }

    function test_switchedThumbTakesItsReasonsAndUndoBringsThemBack() {
        const bar = makeBar()
        mouseClick(thumb(bar, false))
        bar.controller.submitComment("", ["Too long"])
        compare(stored(bar).reasons, ["Too long"])
        mouseClick(thumb(bar, true))
        let state = stored(bar)
        compare(state.rating, true)
        verify(state.reasons === undefined || state.reasons === null)
        verify(bar.undoAvailable)
        bar.controller.undo()
        state = stored(bar)
        compare(state.rating, false)
        compare(state.reasons, ["Too long"])
    }

    function test_starsInTheBar() {
        const bar = makeBar()
        bar.controller.chooseScore(5)
        compare(stored(bar).score, 5)
        bar.starsVisible = false
        const stars = findChild(bar, (item) => item.hasOwnProperty("halfSteps")
                                              && item.hasOwnProperty("shownValue"))
        verify(!stars.visible)
    }
}
