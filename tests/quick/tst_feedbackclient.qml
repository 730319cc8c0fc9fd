import QtQuick
import QtTest
import FeedbackKit

// FeedbackClient declared in QML: a rating given through it reaches the collector.
TestCase {
    id: testCase
    name: "FeedbackClient"
    when: windowShown

    FeedbackClient {
        id: feedback
        apiUrl: collector.url
        apiKey: "quick-test-key"
        project: "quick-tests"
        outboxPath: collector.scratchDir + "/outbox.sqlite"
    }

    function test_declaredClientDelivers() {
        verify(feedback.client !== null)
        const sessionId = Targets.newId()
        const eventId = Targets.newId()
        compare(feedback.enrichEvent(sessionId, eventId, { rating: true, score: 4 }), "")
        compare(feedback.eventState(sessionId, eventId).score, 4)
        tryVerify(() => feedback.pendingCount === 0, 10000)
        const stored = collector.storedEvent(eventId)
        compare(stored.feedback.rating, true)
        compare(stored.feedback.score, 4)
    }

    function test_refusedPatchSaysWhy() {
        const reason = feedback.enrichEvent(Targets.newId(), "not-an-id", { rating: true })
        verify(reason.length > 0, "a malformed event ID is refused with a reason")
        const deep = { a: { b: { c: { d: { e: { f: { g: 1 } } } } } } }
        verify(feedback.enrichEvent(Targets.newId(), Targets.newId(), deep).length > 0)
    }
}
