#!/usr/bin/env python3
"""AT-SPI checks of feedbackkit-demo (run by run-atspi-test.sh with --collector): as a screen
reader user would, type two questions into "Message" (EditableText) and press "Send" (Action),
then check each answer row of the "Conversation" list:
- it holds the feedback controls (parents leading back to it): thumbs as buttons, stars as a slider
  (Value 0..5), the comment button, and the Copy, Regenerate and Edit buttons;
- pressing a thumb through AT-SPI checks it and reaches the collector, and the row's
  description sums up the feedback.
Answers are matched to the collector's events by their text (outputs.content). When a control
is not under its row, the checks say so and look for it anywhere in the window by position,
so that acting through AT-SPI is still tested where it can be.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspicheck as a  # noqa: E402

APP_NAME = "feedbackkit-demo"
QUESTIONS = ["hello", "feedback"]
MAXIMUM = 5
ACTIONS = ("Copy", "Regenerate", "Edit")

report = a.Report("atspi_demo")


def ask(app, entry, send, question, answers_before):
    """Types question and presses Send; returns the answer's text and event ID once the demo
    has finished and logged it."""
    a.type_question(report, entry, question)
    pressed = a.do_action(send, ["Press"])
    report.check(pressed is not None, f"ask {question!r}: Send pressed through AT-SPI",
                 f"actions {a.actions(send)}")
    answer = a.new_answer(answers_before)
    report.check(answer is not None, f"ask {question!r}: the answer is logged at the collector")
    return answer


def extents(node):
    try:
        return node.queryComponent().getExtents(0)  # screen coordinates
    except Exception:
        return None


def controls_near(app, listnode, row):
    """The controls drawn inside the row's area, anywhere in the tree (not under the row)."""
    box = extents(row)
    if box is None:
        return []
    found = []
    for node, _ in a.walk(app, skip={row.path}):
        if a.role(node) not in a.BUTTON_ROLES + ("slider",):
            continue
        e = extents(node)
        if e is not None and box.y <= e.y + e.height // 2 < box.y + box.height \
                and box.x <= e.x + e.width // 2 < box.x + box.width:
            found.append(node)
    return found


def controls(nodes):
    return a.Controls(nodes, ACTIONS)


def check_answer_row(where, row):
    kids = [k for k in a.children(row) if k is not None]
    listing = ", ".join(f"{a.role(k)} {k.name!r}" for k in kids) or "none"
    under = controls(a.descendants(row))
    # The row holds the answer's bar (a panel): the controls are inside it, in the row's
    # subtree, and going up from each one leads back to the row, as a screen reader walks.
    report.check(len(kids) == 1, f"{where}: the row holds the answer's bar", "children: " + listing)
    for label, node in under.items():
        if report.check(node is not None, f"{where}: {label} is under the row",
                        "" if node is not None else "not among its descendants"):
            a.check_parents(report, where, label, row, node)
    # Qt 6.4's bridge has no toggle-button role: a thumb is a push button (pressed and checked
    # when chosen, checked below); the comment toggle, which opens the box, a check box.
    wanted_roles = [("thumbs up", under.up, ("toggle button", "push button")),
                    ("thumbs down", under.down, ("toggle button", "push button")),
                    ("stars", under.stars, ("slider",)),
                    ("comment", under.comment, ("push button", "check box", "toggle button"))]
    wanted_roles += [(name, node, ("push button",)) for name, node in under.named.items()]
    for label, node, wanted in wanted_roles:
        if node is not None:
            report.check(a.role(node) in wanted, f"{where}: {label} role {' or '.join(wanted)}",
                         f"role {a.role(node)!r}, name {node.name!r}")
    if under.stars is not None:
        val = a.value(under.stars)
        report.check(val is not None and val[1] == 0 and val[2] == MAXIMUM,
                     f"{where}: stars Value range 0..{MAXIMUM}", f"value {val}")
    for label, node in (("thumbs up", under.up), ("thumbs down", under.down)):
        if node is not None:
            st = a.states(node)
            report.check(not ({"pressed", "checked"} & st),
                         f"{where}: {label} neither pressed nor checked before any press",
                         f"states {sorted(st)}")


def thumbs_up_for(app, listnode, text):
    """The answer's thumbs-up: under its row, or else wherever its position says it is."""
    row = a.answer_row(listnode, text)
    if row is None:
        return None, "the row is gone"
    under = controls(a.descendants(row)).up
    if under is not None:
        return under, "under the row"
    near = controls(controls_near(app, listnode, row)).up
    return near, ("not under the row; found by position" if near is not None
                  else "neither under the row nor anywhere in the window")


def press_thumb(app, listnode, where, text, event_id):
    up, how = thumbs_up_for(app, listnode, text)
    if not report.check(up is not None, f"{where}: a thumbs-up is reachable through AT-SPI", how):
        report.check(False, f"{where}: the collector has {{'rating': True}}",
                     "nothing was pressed; stored feedback %s" % a.stored_feedback(event_id))
        return
    pressed = a.do_action(up, ["Press", "Toggle"])
    report.check(pressed is not None, f"{where}: thumbs up pressed through AT-SPI ({how})",
                 f"actions {a.actions(up)}")
    st = a.wait_for_states(lambda: thumbs_up_for(app, listnode, text)[0], {"pressed", "checked"}, 2)
    report.check({"pressed", "checked"} <= st, f"{where}: thumbs up pressed and checked",
                 f"states {sorted(st)}")
    a.check_stored(report, f"{where}: the collector has {{'rating': True}}", event_id,
                   {"rating": True})
    def described():
        row = a.answer_row(listnode, text)
        return row.description if row is not None else ""

    a.wait_until(lambda: described().startswith("Rated helpful"), 2)
    description = described()
    report.check(description.startswith("Rated helpful"),
                 f"{where}: the row's description sums up the thumbs up",
                 f"description {description!r}")


def main():
    app, listnode, entry, send = a.open_chat(report, APP_NAME)
    answers = a.ask_questions(report, listnode, QUESTIONS,
                              lambda q, before: ask(app, entry, send, q, before))
    a.dump(listnode, "the conversation after two questions")

    for number, (text, _) in enumerate(answers, 1):
        row = a.answer_row(listnode, text)
        if report.check(row is not None, f"answer {number}: its row is in the list", repr(text)):
            check_answer_row(f"answer {number}", row)
    press_thumb(app, listnode, "answer 1", answers[0][0], answers[0][1])
    untouched = a.stored_feedback(answers[1][1])
    report.check(untouched is not None and "rating" not in untouched,
                 "answer 2: the collector has no rating (only answer 1 was pressed)",
                 f"stored feedback {untouched}")
    a.check_descriptions(report, app)
    a.dump(listnode, "the conversation after acting")
    report.finish()


if __name__ == "__main__":
    main()
