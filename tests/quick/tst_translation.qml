import QtQuick
import QtQuick.Controls
import QtTest
import FeedbackKit

// FeedbackKit's catalog in a QML application: the components and the controllers they render
// speak German after loadTranslation(QLocale("de")), whether the run starts in German
// (tst_quick_de) or switches at run time (the translator installed, then the engine's
// retranslate()), and go back to the source strings when it is removed.
TestCase {
    id: testCase
    name: "Translation"
    when: windowShown
    visible: true
    width: 420
    height: 320

    FeedbackClient {
        id: feedback
        apiUrl: collector.url
        apiKey: "quick-test-key"
        project: "quick-tests"
        outboxPath: collector.scratchDir + "/translation-outbox.sqlite"
    }

    Component {
        id: barComponent
        FeedbackBar {
            width: 400
            client: feedback
            commentOpen: true
            sessionId: Targets.newId()
            eventId: Targets.newId()
        }
    }
    // A FeedbackClient without a client (the one it made is taken away): what it says then.
    Component {
        id: idleClientComponent
        FeedbackClient {
            apiUrl: collector.url
            apiKey: "quick-test-key"
            project: "quick-tests"
            outboxPath: collector.scratchDir + "/translation-idle-outbox.sqlite"
            Component.onCompleted: client = null
        }
    }

    // Whether an item under \a item shows \a text (a button's text, for example).
    function shows(item, text) {
        if (item.text === text)
            return true
        for (let i = 0; i < item.children.length; ++i) {
            if (shows(item.children[i], text))
                return true
        }
        return item.contentItem ? shows(item.contentItem, text) : false
    }
    function find(item, predicate) {
        if (predicate(item))
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = find(item.children[i], predicate)
            if (found)
                return found
        }
        return null
    }

    function checkGerman(bar) {
        verify(shows(bar, "Senden"), "the comment box's Send button")
        verify(shows(bar, "Abbrechen"), "the comment box's Cancel button")
        const editor = find(bar, (item) => item instanceof TextArea)
        compare(editor.placeholderText, "Erzählen Sie uns mehr (optional)")
        const stars = find(bar, (item) => item instanceof StarRating)
        compare(stars.contentItem.Accessible.name, "Sternebewertung")
        compare(stars.contentItem.Accessible.description, "Nicht bewertet")
        const thumbs = find(bar, (item) => item instanceof Thumbs)
        compare(thumbs.Accessible.name, "Diese Antwort bewerten")
        // The controllers' words, and what the components bound to them show (the bindings
        // are re-read only when the controllers announce them again): the counter and the
        // delivery status. (The numbers are in the application's locale, which the language
        // does not change.)
        const counterWords = /^0 von 1.?000 Zeichen verwendet$/
        const comment = find(bar, (item) => item instanceof CommentBox).comment
        verify(counterWords.test(comment.counterDescription), comment.counterDescription)
        verify(find(bar, (item) => item instanceof Label && counterWords.test(item.Accessible.name)),
               "the counter's accessible name")
        compare(bar.deliveryStatus.text, "Feedback nicht zugestellt: Test")
        const indicator = find(bar, (item) => item instanceof DeliveryIndicator)
        compare(indicator.Accessible.name, "Feedback nicht zugestellt: Test")
        const idle = createTemporaryObject(idleClientComponent, testCase)
        compare(idle.enrichEvent(Targets.newId(), Targets.newId(), { rating: true }),
                "Der Feedback-Client ist noch nicht bereit.")
    }

    function makeBar() {
        const bar = createTemporaryObject(barComponent, testCase)
        verify(bar)
        bar.deliveryStatus.reportRefused("Test")
        return bar
    }

    function test_startsInGerman() {
        if (translations.language !== "de")
            skip("runs in tst_quick_de, which starts in German")
        checkGerman(makeBar())
    }

    function test_switchesAtRunTime() {
        const before = translations.language
        verify(translations.use(""))
        const bar = makeBar()
        verify(shows(bar, "Send"))
        compare(bar.deliveryStatus.text, "Feedback not delivered: Test")
        verify(translations.use("de"))
        checkGerman(bar)
        verify(translations.use(""))
        verify(shows(bar, "Send"), "back to the source strings")
        const stars = find(bar, (item) => item instanceof StarRating)
        compare(stars.contentItem.Accessible.name, "Star rating")
        compare(bar.deliveryStatus.text, "Feedback not delivered: Test")
        compare(find(bar, (item) => item instanceof DeliveryIndicator).Accessible.name,
                "Feedback not delivered: Test")
        verify(find(bar, (item) => item instanceof Label
                                   && /^0 of 1.?000 characters used$/.test(item.Accessible.name)),
               "the counter's accessible name, back in English")
        verify(translations.use(before))
    }
}
