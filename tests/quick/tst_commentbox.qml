import QtQuick
import QtTest
import FeedbackKit

// CommentBox: typing, Ctrl+Enter, Esc, the cap and its counter, reasons per sentiment, all read
// back from the server.
TestCase {
    id: testCase
    name: "CommentBox"
    when: windowShown
    visible: true
    width: 400
    height: 240

    FeedbackClient {
        id: feedback
        apiUrl: collector.url
        apiKey: "quick-test-key"
        project: "quick-tests"
        outboxPath: collector.scratchDir + "/comment-outbox.sqlite"
    }

    Component {
        id: boxComponent
        CommentBox {
            width: 380
            client: feedback
            negativeReasons: ["Wrong", "Too long", "Wrong", ""]
            positiveReasons: ["Clear"]
        }
    }

    function makeBox(properties) {
        const ids = { sessionId: Targets.newId(), eventId: Targets.newId() }
        const box = createTemporaryObject(boxComponent, testCase,
                                          Object.assign(ids, properties || {}))
        verify(box)
        return box
    }

    function stored(box) {
        tryCompare(feedback, "pendingCount", 0, 10000)
        return collector.storedEvent(box.eventId).feedback || {}
    }

    function test_ctrlEnterSendsAndEscGoesBack() {
        const box = makeBox()
        box.editor.forceActiveFocus()
        keyClick("H")
        keyClick("i")
        compare(box.comment.text, "Hi")
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(stored(box).comment, "Hi")
        keyClick("!")
        compare(box.editor.text, "Hi!")
        keyClick(Qt.Key_Escape)
        compare(box.editor.text, "Hi", "Esc goes back to what was sent")
    }

    function test_lengthCapAndCounter() {
        const box = makeBox({ maximumLength: 5 })
        box.editor.forceActiveFocus()
        for (const letter of "abcdefg")
            keyClick(letter)
        compare(box.editor.text, "abcde")
        verify(box.comment.atLimit)
        compare(box.comment.counterText, "5/5")
        verify(box.comment.counterDescription.indexOf("5") >= 0)
    }

    function test_reasonsFollowTheSentiment() {
        const box = makeBox()
        compare(box.comment.offeredReasons, [])
        box.controller.clickThumb(false)
        compare(box.comment.offeredReasons, ["Wrong", "Too long"], "duplicates and empties dropped")
        box.comment.toggleReason("Wrong")
        compare(box.comment.selectedReasons, ["Wrong"])
        verify(box.comment.submit())
        const feedbackStored = stored(box)
        compare(feedbackStored.rating, false)
        compare(feedbackStored.reasons, ["Wrong"])
        box.controller.clickThumb(true)
        compare(box.comment.offeredReasons, ["Clear"])
        compare(box.comment.selectedReasons, [], "the thumb took its reasons back")
    }

    function test_storedCommentShowsInANewBox() {
        const ids = { sessionId: Targets.newId(), eventId: Targets.newId() }
        compare(feedback.enrichEvent(ids.sessionId, ids.eventId, { comment: "Kept" }), "")
        const box = createTemporaryObject(boxComponent, testCase, ids)
        compare(box.editor.text, "Kept")
    }
}
