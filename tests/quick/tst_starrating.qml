import QtQuick
import QtTest
import FeedbackKit

// StarRating: clicks, hover preview, keys, half steps and right to left, read back from the
// server.
TestCase {
    id: testCase
    name: "StarRating"
    when: windowShown
    visible: true
    width: 300
    height: 80

    FeedbackClient {
        id: feedback
        apiUrl: collector.url
        apiKey: "quick-test-key"
        project: "quick-tests"
        outboxPath: collector.scratchDir + "/stars-outbox.sqlite"
    }

    Component {
        id: starsComponent
        StarRating { client: feedback }
    }

    Component {
        id: mirroredStarsComponent
        Item {
            property alias stars: stars
            width: 200; height: 40
            LayoutMirroring.enabled: true
            LayoutMirroring.childrenInherit: true
            StarRating { id: stars; client: feedback }
        }
    }

    function makeStars(properties) {
        const ids = { sessionId: Targets.newId(), eventId: Targets.newId() }
        const stars = createTemporaryObject(starsComponent, testCase,
                                            Object.assign(ids, properties || {}))
        verify(stars)
        return stars
    }

    // The x of the middle of star \a n (1-based), from the left edge.
    function starX(stars, n) {
        return stars.leftPadding + (n - 0.5) * (stars.starSize + 2)
    }

    function storedScore(stars) {
        tryCompare(feedback, "pendingCount", 0, 10000)
        const stored = collector.storedEvent(stars.eventId).feedback || {}
        return stored.score
    }

    function test_clickChoosesAndClickingTheChosenClears() {
        const stars = makeStars()
        mouseClick(stars, starX(stars, 4), stars.height / 2)
        compare(stars.value, 4)
        compare(storedScore(stars), 4)
        mouseClick(stars, starX(stars, 4), stars.height / 2)
        compare(stars.value, 0)
        verify(storedScore(stars) === undefined || storedScore(stars) === null)
    }

    function test_hoverPreviewsWithoutChoosing() {
        const stars = makeStars()
        mouseClick(stars, starX(stars, 4), stars.height / 2)
        mouseMove(stars, starX(stars, 2), stars.height / 2)
        tryCompare(stars, "shownValue", 2)
        compare(stars.value, 4)
        mouseMove(testCase, testCase.width - 2, testCase.height - 2)
        tryCompare(stars, "shownValue", 4)
    }

    function test_keysFollowTheSharedRule() {
        const stars = makeStars()
        stars.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Right)
        compare(stars.value, 1)
        keyClick(Qt.Key_3)
        compare(stars.value, 3)
        keyClick(Qt.Key_End)
        compare(stars.value, 5)
        keyClick(Qt.Key_Home)
        compare(stars.value, 1)
        keyClick(Qt.Key_Left)
        compare(stars.value, 1, "stepping down never clears by accident")
        keyClick(Qt.Key_Backspace)
        compare(stars.value, 0)
        keyClick(Qt.Key_4)
        compare(storedScore(stars), 4)
    }

    function test_halfSteps() {
        const stars = makeStars({ halfSteps: true })
        mouseClick(stars, stars.leftPadding + 2 * (stars.starSize + 2) + stars.starSize / 4,
                   stars.height / 2)
        compare(stars.value, 2.5)
        stars.forceActiveFocus()
        keyClick(Qt.Key_Right)
        compare(stars.value, 3)
        compare(storedScore(stars), 3)
    }

    function test_rightToLeftCountsFromTheRight() {
        const holder = createTemporaryObject(mirroredStarsComponent, testCase)
        const stars = holder.stars
        stars.sessionId = Targets.newId()
        stars.eventId = Targets.newId()
        // The rightmost star is the first one.
        mouseClick(stars, stars.width - starX(stars, 1), stars.height / 2)
        compare(stars.value, 1)
        stars.forceActiveFocus()
        keyClick(Qt.Key_Left)
        compare(stars.value, 2, "Left goes forward in right-to-left")
    }

    function test_aSliderToAssistiveTechnology() {
        const stars = makeStars()
        // The row of stars is the slider (Qt 6.4 gives a Control its C++ role), with what
        // the value interface reads and writes.
        const slider = stars.contentItem
        compare(slider.Accessible.role, Accessible.Slider)
        compare(stars.to, 5)
        compare(slider.maximumValue, 5)
        mouseClick(stars, starX(stars, 3), stars.height / 2)
        verify(slider.Accessible.description.indexOf("3") >= 0)
        compare(slider.value, 3)
        slider.value = 3.8
        compare(stars.value, 4, "a value written by assistive technology is chosen")
        compare(slider.value, 4)
        stars.controller.chooseScore(2)
        compare(slider.value, 2, "the value follows the stars again")
    }

    function test_readOnly() {
        const stars = makeStars({ readOnly: true })
        mouseClick(stars, starX(stars, 3), stars.height / 2)
        stars.forceActiveFocus()
        keyClick(Qt.Key_5)
        compare(stars.value, 0)
    }
}
