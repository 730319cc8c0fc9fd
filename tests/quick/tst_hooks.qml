import QtQuick
import QtQuick.Controls
import QtTest
import FeedbackKit

// The implicit-signal hooks in QML: real keys and clicks on real text items, and what the
// collector stored. The rules (patches, counts, dedup, filters, pause) are the widgets' hooks'.
TestCase {
    id: testCase
    name: "Hooks"
    when: windowShown
    visible: true
    width: 400
    height: 400

    FeedbackClient {
        id: feedback
        apiUrl: collector.url
        apiKey: "quick-test-key"
        project: "quick-tests"
        outboxPath: collector.scratchDir + "/hooks-outbox.sqlite"
    }

    Component {
        id: copyScene
        Column {
            id: scene
            property Client client
            property alias answer: answer
            property alias hook: hook
            property alias copyButton: copyButton
            property alias menu: menu
            property alias menuCopy: menuCopy
            property alias spy: spy
            property alias pasteArea: pasteArea
            property alias appCopy: appCopy
            TextEdit {
                id: answer
                width: 300
                height: 40
                readOnly: true
                selectByKeyboard: true
                persistentSelection: true
                text: "The answer is 42."
            }
            // Where a test pastes what the clipboard holds, and another item's copies come from.
            TextEdit {
                id: pasteArea
                width: 300
                height: 40
            }
            Button {
                id: copyButton
                text: "Copy"
                onClicked: hook.copy()
            }
            Menu {
                id: menu
                MenuItem {
                    id: menuCopy
                    text: "Copy"
                    onTriggered: hook.copy()
                }
                // The application's own entry: it copies without telling the hook.
                MenuItem {
                    id: appCopy
                    text: "Copy (the application's)"
                    onTriggered: answer.copy()
                }
            }
            CopyHook {
                id: hook
                source: answer
                client: scene.client
                target: Targets.event(Targets.newId(), Targets.newId())
                // Long enough that a repeat is always inside it, however slow the machine.
                correlationWindow: 60000
            }
            SignalSpy {
                id: spy
                target: hook
                signalName: "feedbackRecorded"
            }
        }
    }

    Component {
        id: regenerateScene
        Column {
            id: scene
            property Client client
            property alias button: button
            property alias hook: hook
            property alias spy: spy
            Button {
                id: button
                text: "Regenerate"
                onClicked: hook.requestRegeneration()
            }
            RegenerateHook {
                id: hook
                client: scene.client
                target: Targets.event(Targets.newId(), Targets.newId())
            }
            SignalSpy {
                id: spy
                target: hook
                signalName: "regenerated"
            }
        }
    }

    Component {
        id: editScene
        Column {
            id: scene
            property Client client
            property alias editor: editor
            property alias elsewhere: elsewhere
            property alias hook: hook
            property alias spy: spy
            TextArea {
                id: editor
                width: 300
                text: "Paris is in Germany."
            }
            TextField {
                id: elsewhere
                width: 300
            }
            EditHook {
                id: hook
                source: editor
                client: scene.client
                target: Targets.event(Targets.newId(), Targets.newId())
                recordGroundTruth: true
            }
            SignalSpy {
                id: spy
                target: hook
                signalName: "feedbackRecorded"
            }
        }
    }

    // A ListView delegate, or a dialog: the editable answer and its hook, created and
    // destroyed together.
    Component {
        id: editDelegate
        Column {
            id: row
            property Client client
            property alias editor: editor
            property alias hook: hook
            TextArea {
                id: editor
                width: 300
                text: "Paris is in Germany."
            }
            EditHook {
                id: hook
                source: editor
                client: row.client
                target: Targets.event(Targets.newId(), Targets.newId())
            }
        }
    }

    Component {
        id: lonelyEditor
        TextArea {
            width: 300
            text: "Paris is in Germany."
        }
    }

    Component {
        id: lonelyEditHook
        EditHook {
            target: Targets.event(Targets.newId(), Targets.newId())
        }
    }

    Component {
        id: spyComponent
        SignalSpy {
            signalName: "feedbackRecorded"
        }
    }

    function cleanup() {
        HookRegistry.paused = false
        HookRegistry.filter = null
    }

    function makeScene(component) {
        const scene = createTemporaryObject(component, testCase, { client: feedback.client })
        verify(scene)
        return scene
    }

    function stored(target) {
        tryCompare(feedback, "pendingCount", 0, 10000)
        return collector.storedEvent(target.eventId).feedback || {}
    }

    // A target read from a property is a reference that follows the property: keep the IDs.
    function idsOf(target) {
        return { sessionId: target.sessionId, eventId: target.eventId }
    }

    function localState(target) {
        return feedback.eventState(target.sessionId, target.eventId)
    }

    function copySelection(scene, start, end) {
        scene.answer.forceActiveFocus()
        scene.answer.select(start, end)
        keyClick(Qt.Key_C, Qt.ControlModifier)
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_shortcutCopiesTheSelectionOnce() {
        const scene = makeScene(copyScene)
        copySelection(scene, 0, 10)
        compare(scene.spy.count, 1)
        const actions = scene.spy.signalArguments[0][0].actions
        compare(actions.copied, true)
        compare(actions.copy_count, 1)
        compare(actions.copied_chars, 10)
        compare(actions.copied_all, false)

        keyClick(Qt.Key_C, Qt.ControlModifier) // the same copy again: counted once
        keyClick(Qt.Key_Insert, Qt.ControlModifier)
        compare(scene.spy.count, 1)
        compare(stored(scene.hook.target).actions.copy_count, 1)
    }

    function test_shortcutWithoutSelectionCopiesNothing() {
        const scene = makeScene(copyScene)
        scene.answer.forceActiveFocus()
        scene.answer.deselect()
        keyClick(Qt.Key_C, Qt.ControlModifier)
        compare(scene.spy.count, 0)
        compare(Object.keys(localState(scene.hook.target)).length, 0)
    }

    function test_copyButtonCopiesTheWholeAnswer() {
        const scene = makeScene(copyScene)
        copySelection(scene, 4, 10)
        scene.answer.deselect()
        mouseClick(scene.copyButton)
        compare(scene.spy.count, 2)
        const actions = scene.spy.signalArguments[1][0].actions
        compare(actions.copy_count, 2)
        compare(actions.copied_chars, 17)
        compare(actions.copied_all, true)

        mouseClick(scene.copyButton) // the same text for the same answer: counted once
        compare(scene.spy.count, 2)
        const server = stored(scene.hook.target).actions
        compare(server.copy_count, 2)
        compare(server.copied_all, true)
    }

    function test_contextMenuCopiesTheSelection() {
        const scene = makeScene(copyScene)
        scene.answer.select(14, 16)
        scene.menu.popup(scene.answer, 0, 0)
        tryCompare(scene.menu, "opened", true)
        mouseClick(scene.menuCopy)
        compare(scene.spy.count, 1)
        compare(scene.spy.signalArguments[0][0].actions.copied_chars, 2)
        compare(stored(scene.hook.target).actions.copied_all, false)
    }

    function test_filterDropsACopy() {
        const scene = makeScene(copyScene)
        let seenTarget = null
        scene.hook.filter = (patch, target) => {
            seenTarget = target
            return null
        }
        copySelection(scene, 0, 3)
        compare(seenTarget.eventId, scene.hook.target.eventId)
        compare(scene.spy.count, 0)
        compare(Object.keys(localState(scene.hook.target)).length, 0)

        scene.hook.filter = null // without the filter the next copy is the first one
        copySelection(scene, 0, 4)
        compare(scene.spy.count, 1)
        compare(stored(scene.hook.target).actions.copy_count, 1)
    }

    function test_throwingFilterDropsTheSignal() {
        const scene = makeScene(copyScene)
        scene.hook.filter = () => {
            throw new Error("the privacy rule broke")
        }
        ignoreWarning(/A hook filter failed; the signal is dropped/)
        copySelection(scene, 0, 3)
        compare(scene.spy.count, 0)
        compare(Object.keys(localState(scene.hook.target)).length, 0)
    }

    function test_pausedCopyRecordsNothing() {
        const scene = makeScene(copyScene)
        scene.hook.paused = true
        copySelection(scene, 0, 3)
        verify(!scene.hook.copy("typed by the application"))
        compare(scene.spy.count, 0)
        compare(Object.keys(localState(scene.hook.target)).length, 0)
    }

    function test_registryFilterRunsAfterTheHooks() {
        const scene = makeScene(copyScene)
        scene.hook.filter = patch => {
            patch.actions.seen_by_hook = true
            return patch
        }
        let seenByRegistry = null
        HookRegistry.filter = patch => {
            seenByRegistry = patch.actions.seen_by_hook
            delete patch.actions.copied_chars
            return patch
        }
        copySelection(scene, 0, 3)
        compare(seenByRegistry, true)
        const server = stored(scene.hook.target).actions
        compare(server.copy_count, 1)
        compare(server.copied_chars, undefined)
        compare(server.seen_by_hook, true)
    }

    function test_registryPausesEveryHook() {
        const copy = makeScene(copyScene)
        const edit = makeScene(editScene)
        HookRegistry.paused = true
        copySelection(copy, 0, 3)
        edit.editor.forceActiveFocus()
        typeText("x")
        verify(!edit.hook.commit())
        compare(copy.spy.count + edit.spy.count, 0)
        compare(Object.keys(localState(copy.hook.target)).length, 0)
        compare(Object.keys(localState(edit.hook.target)).length, 0)

        HookRegistry.paused = false
        verify(edit.hook.commit(), "the edit made while paused is seen by the next commit")
    }

    function test_regenerateRecordsAndHandsOutTheNextTarget() {
        const scene = makeScene(regenerateScene)
        const first = idsOf(scene.hook.target)
        mouseClick(scene.button)
        compare(scene.spy.count, 1)
        const handedOut = idsOf(scene.spy.signalArguments[0][1])
        compare(scene.spy.signalArguments[0][0].eventId, first.eventId)
        compare(handedOut.sessionId, first.sessionId)
        verify(handedOut.eventId !== first.eventId)
        compare(scene.hook.target.eventId, handedOut.eventId)

        mouseClick(scene.button) // counts against the new answer
        const server = stored(first).actions
        compare(server.regenerated, true)
        compare(server.regenerate_count, 1)
        compare(stored(handedOut).actions.regenerate_count, 1)
    }

    function test_pausedRegenerateStillHandsOutATarget() {
        const scene = makeScene(regenerateScene)
        const first = idsOf(scene.hook.target)
        scene.hook.paused = true
        const next = scene.hook.requestRegeneration()
        verify(next.valid)
        compare(next.sessionId, first.sessionId)
        compare(scene.spy.count, 1)
        compare(Object.keys(localState(first)).length, 0)
    }

    function test_editCommitsOnFocusLossWithGroundTruth() {
        const scene = makeScene(editScene)
        scene.editor.forceActiveFocus()
        scene.editor.select(12, 19)
        typeText("France")
        compare(scene.spy.count, 0, "typing alone commits nothing")
        scene.elsewhere.forceActiveFocus()
        compare(scene.spy.count, 1)
        let server = stored(scene.hook.target)
        compare(server.ground_truth, "Paris is in France.")
        compare(server.edits.length, 1)
        compare(server.edits[0].value, "Paris is in France.")
        compare(server.actions.edited, true)
        verify(server.actions.edit_distance_ratio > 0)

        scene.editor.forceActiveFocus()
        scene.editor.cursorPosition = scene.editor.length
        typeText(" Yes.")
        verify(scene.hook.commit())
        verify(!scene.hook.commit(), "the same text again records nothing")
        server = stored(scene.hook.target)
        compare(server.edits.length, 2)
        compare(server.ground_truth, "Paris is in France. Yes.")
    }

    function test_filterModifiesAnEdit() {
        const scene = makeScene(editScene)
        scene.hook.filter = patch => {
            delete patch.ground_truth
            patch.actions.redacted = true
            return patch
        }
        scene.editor.forceActiveFocus()
        scene.editor.cursorPosition = scene.editor.length
        typeText(" No.")
        verify(scene.hook.commit())
        const server = stored(scene.hook.target)
        compare(server.ground_truth, undefined)
        compare(server.actions.redacted, true)
        compare(server.edits[0].value, "Paris is in Germany. No.")
    }

    function test_pausedEditRecordsNothing() {
        const scene = makeScene(editScene)
        scene.hook.paused = true
        scene.editor.forceActiveFocus()
        typeText("x")
        scene.elsewhere.forceActiveFocus()
        verify(!scene.hook.commit())
        compare(scene.spy.count, 0)
        compare(Object.keys(localState(scene.hook.target)).length, 0)
    }

    // destroy() deletes later: wait until the object is gone (its QPointer is cleared).
    function destroyAndWait(object, watcher, property) {
        object.destroy()
        tryVerify(() => watcher[property] === null, 5000, "the object is destroyed")
    }

    function test_editCommitsWhenItsDelegateIsDestroyedWithTheFocus() {
        const row = editDelegate.createObject(testCase, { client: feedback.client })
        const target = idsOf(row.hook.target)
        row.editor.forceActiveFocus()
        row.editor.cursorPosition = row.editor.length
        typeText(" No.")
        row.destroy()
        tryVerify(() => Object.keys(localState(target)).length > 0, 5000,
                  "the edit is committed as the delegate goes")
        const server = stored(target)
        compare(server.edits.length, 1)
        compare(server.edits[0].value, "Paris is in Germany. No.")
        compare(server.actions.edited, true)
    }

    function test_editCommitsWhenItsSourceIsDestroyed() {
        const editor = lonelyEditor.createObject(testCase)
        const hook = lonelyEditHook.createObject(testCase,
                                                 { client: feedback.client, source: editor })
        const spy = createTemporaryObject(spyComponent, testCase, { target: hook })
        // The application writes into the editor: no focus, no focus loss to commit on.
        editor.insert(editor.length, " Or France.")
        verify(!editor.activeFocus)
        compare(spy.count, 0)
        destroyAndWait(editor, hook, "source")
        compare(spy.count, 1)
        const server = stored(hook.target)
        compare(server.edits[0].value, "Paris is in Germany. Or France.")
        verify(!hook.commit(), "nothing is left to commit")
        hook.destroy()
    }

    function test_editCommitsWhenTheHookIsDestroyed() {
        const editor = createTemporaryObject(lonelyEditor, testCase)
        const hook = lonelyEditHook.createObject(testCase,
                                                 { client: feedback.client, source: editor })
        const target = idsOf(hook.target)
        hook.filter = patch => {
            patch.actions.filtered = true
            return patch
        }
        editor.insert(0, "Yes: ")
        hook.destroy()
        tryVerify(() => Object.keys(localState(target)).length > 0, 5000,
                  "the edit is committed as the hook goes")
        const server = stored(target)
        compare(server.edits[0].value, "Yes: Paris is in Germany.")
        compare(server.actions.filtered, true, "its filter still ran")
        editor.insert(0, "Really ") // nobody watches any more
        compare(stored(target).edits.length, 1)
    }

    function test_shortEditClearsTheFlagsOfALongOne() {
        const scene = makeScene(editScene)
        scene.hook.originalText = "a".repeat(3000)
        scene.editor.text = "b".repeat(100000) // cut, and its distance only bounded
        verify(scene.hook.commit())
        let server = stored(scene.hook.target)
        compare(server.actions.edit_truncated, true)
        compare(server.actions.edit_distance_exact, false)

        scene.editor.text = "a".repeat(2999) + "c"
        verify(scene.hook.commit())
        server = stored(scene.hook.target)
        compare(server.actions.edit_truncated, false)
        compare(server.actions.edit_distance_exact, true)
        compare(server.edits.length, 2)
        compare(server.ground_truth, "a".repeat(2999) + "c")
    }

    function clipboardText(scene) {
        scene.pasteArea.clear()
        scene.pasteArea.paste()
        return scene.pasteArea.text
    }

    function test_applicationsOwnCopyIsRecordedOnce() {
        const scene = makeScene(copyScene)
        scene.answer.selectAll()
        scene.answer.copy()
        compare(clipboardText(scene), "The answer is 42.", "the clipboard round-trips")
        compare(scene.spy.count, 1)
        const actions = scene.spy.signalArguments[0][0].actions
        compare(actions.copied_chars, 17)
        compare(actions.copied_all, true)

        scene.answer.copy() // the same copy again: counted once
        compare(scene.spy.count, 1)
        const server = stored(scene.hook.target).actions
        compare(server.copy_count, 1)
        compare(server.copied_all, true)
    }

    function test_applicationsMenuEntryCopiesTheSelection() {
        const scene = makeScene(copyScene)
        scene.answer.select(14, 16)
        scene.menu.popup(scene.answer, 0, 0)
        tryCompare(scene.menu, "opened", true)
        mouseClick(scene.appCopy)
        compare(clipboardText(scene), "42")
        compare(scene.spy.count, 1)
        compare(stored(scene.hook.target).actions.copied_chars, 2)
    }

    function test_shortcutAndItsClipboardChangeCountOnce() {
        const scene = makeScene(copyScene)
        copySelection(scene, 4, 10) // the hook sees the key, then the item's clipboard change
        compare(clipboardText(scene), "answer")
        compare(scene.spy.count, 1)
        verify(!scene.hook.copy("answer"), "the same copy a third way: still once")
        compare(stored(scene.hook.target).actions.copy_count, 1)
    }

    function test_copyMethodRecordsItsOwnClipboardChange() {
        const scene = makeScene(copyScene)
        verify(scene.hook.copy("The answer"))
        compare(clipboardText(scene), "The answer")
        compare(scene.spy.count, 1)
        compare(scene.spy.signalArguments[0][0].actions.copied_chars, 10)
    }

    function test_anotherItemsCopyIsNotTheHooks() {
        const scene = makeScene(copyScene)
        scene.answer.select(0, 3)
        scene.pasteArea.text = "unrelated"
        scene.pasteArea.selectAll()
        scene.pasteArea.copy()
        compare(clipboardText(scene), "unrelated")
        compare(scene.spy.count, 0)
        compare(Object.keys(localState(scene.hook.target)).length, 0)
    }

    function test_pausedHookIgnoresTheClipboard() {
        const scene = makeScene(copyScene)
        scene.hook.paused = true
        scene.answer.selectAll()
        scene.answer.copy()
        compare(clipboardText(scene), "The answer is 42.")
        compare(scene.spy.count, 0)
        compare(Object.keys(localState(scene.hook.target)).length, 0)
    }
}
