import QtQuick
import QtTest
import FeedbackKit

// Thumbs: what a click, a second click and the keyboard leave on the server.
TestCase {
    id: testCase
    name: "Thumbs"
    when: windowShown
    visible: true
    width: 200
    height: 80

    FeedbackClient {
        id: feedback
        apiUrl: collector.url
        apiKey: "quick-test-key"
        project: "quick-tests"
        outboxPath: collector.scratchDir + "/thumbs-outbox.sqlite"
    }

    Component {
        id: thumbsComponent
        Thumbs { client: feedback }
    }

    function makeThumbs() {
        const ids = { sessionId: Targets.newId(), eventId: Targets.newId() }
        const thumbs = createTemporaryObject(thumbsComponent, testCase, ids)
        verify(thumbs)
        return thumbs
    }

    function stored(thumbs) {
        tryCompare(feedback, "pendingCount", 0, 10000)
        return collector.storedEvent(thumbs.eventId).feedback || {}
    }

    function test_clickRatesAndSecondClickClears() {
        const thumbs = makeThumbs()
        const up = thumbs.children[0]
        const down = thumbs.children[1]
        mouseClick(up)
        compare(thumbs.controller.rating, RatingController.Up)
        verify(up.checked && !down.checked)
        compare(stored(thumbs).rating, true)

        mouseClick(down)
        verify(down.checked && !up.checked)
        compare(stored(thumbs).rating, false)

        mouseClick(down)
        compare(thumbs.controller.rating, RatingController.Unset)
        verify(!down.checked)
        verify(stored(thumbs).rating === undefined || stored(thumbs).rating === null)
    }

    function test_keyboardRates() {
        const thumbs = makeThumbs()
        const up = thumbs.children[0]
        up.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        compare(stored(thumbs).rating, true)
        keyClick(Qt.Key_Tab)
        verify(thumbs.children[1].activeFocus)
        keyClick(Qt.Key_Space)
        compare(stored(thumbs).rating, false)
    }

    function test_namedForScreenReaders() {
        const thumbs = makeThumbs()
        verify(thumbs.Accessible.name.length > 0)
        const up = thumbs.children[0]
        compare(up.Accessible.role, Accessible.Button)
        verify(up.Accessible.checkable)
        verify(up.Accessible.name !== thumbs.children[1].Accessible.name)
        mouseClick(up)
        verify(up.Accessible.checked)
    }

    function test_readOnlyIgnoresClicks() {
        const thumbs = makeThumbs()
        thumbs.readOnly = true
        mouseClick(thumbs.children[0])
        compare(thumbs.controller.rating, RatingController.Unset)
    }

    function test_recreatedThumbsShowTheStoredRating() {
        const ids = { sessionId: Targets.newId(), eventId: Targets.newId() }
        compare(feedback.enrichEvent(ids.sessionId, ids.eventId, { rating: false }), "")
        const thumbs = createTemporaryObject(thumbsComponent, testCase, ids)
        compare(thumbs.controller.rating, RatingController.Down)
        verify(thumbs.children[1].checked)
    }
}
