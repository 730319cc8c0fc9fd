import QtQuick
import QtTest
import FeedbackKit

// DeliveryIndicator renders Delivery's DeliveryStatus for one answer: hidden before any
// rating, then the state the client reports, in words for tooltips and screen readers.
TestCase {
    id: testCase
    name: "DeliveryIndicator"
    when: windowShown
    // Shown (a TestCase is not by default), so that what is visible is what a user sees.
    visible: true
    width: 100
    height: 40

    FeedbackClient {
        id: feedback
        apiUrl: collector.url
        apiKey: "quick-test-key"
        project: "quick-tests"
        outboxPath: collector.scratchDir + "/indicator-outbox.sqlite"
    }

    Component {
        id: indicatorComponent
        DeliveryIndicator { client: feedback }
    }

    function test_showsTheDeliveryOfItsAnswer() {
        const sessionId = Targets.newId()
        const eventId = Targets.newId()
        const indicator = createTemporaryObject(indicatorComponent, testCase,
                                                { sessionId: sessionId, eventId: eventId })
        verify(indicator)
        verify(!indicator.visible, "nothing to show before a rating")
        compare(indicator.status.state, DeliveryStatus.Idle)

        compare(feedback.enrichEvent(sessionId, eventId, { rating: true }), "")
        verify(indicator.visible)
        tryCompare(indicator.status, "state", DeliveryStatus.Delivered, 10000)
        compare(indicator.Accessible.name, indicator.status.text)
        verify(indicator.status.text.length > 0)
        compare(collector.storedEvent(eventId).feedback.rating, true)
    }

    function test_anotherAnswersDeliveryLeavesItAlone() {
        const sessionId = Targets.newId()
        const indicator = createTemporaryObject(indicatorComponent, testCase,
                                                { sessionId: sessionId, eventId: Targets.newId() })
        compare(feedback.enrichEvent(sessionId, Targets.newId(), { rating: false }), "")
        tryCompare(feedback, "pendingCount", 0, 10000)
        compare(indicator.status.state, DeliveryStatus.Idle)
        verify(!indicator.visible)
    }

    function test_recreatedIndicatorShowsWhatWasDelivered() {
        const sessionId = Targets.newId()
        const eventId = Targets.newId()
        compare(feedback.enrichEvent(sessionId, eventId, { score: 3 }), "")
        tryCompare(feedback, "pendingCount", 0, 10000)
        // A delegate scrolled back into view is made anew: it starts from the client's state.
        const indicator = createTemporaryObject(indicatorComponent, testCase,
                                                { sessionId: sessionId, eventId: eventId })
        compare(indicator.status.state, DeliveryStatus.Delivered)
        verify(indicator.visible)
    }
}
