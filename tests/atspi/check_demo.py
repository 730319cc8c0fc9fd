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
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspicheck as a  # noqa: E402

APP_NAME = "feedbackkit-demo"
QUESTIONS = ["hello", "feedback"]
MAXIMUM = 5
BUTTON_ROLES = ("toggle button", "push button", "check box")
DOWN = re.compile(r"\bbad\b|not helpful|unhelpful|thumbs?[ -]down|dislike", re.I)
UP = re.compile(r"\bgood\b|helpful|thumbs?[ -]up|\blike\b", re.I)
ACTIONS = ("Copy", "Regenerate", "Edit")

report = a.Report("atspi_demo")


def conversation(app):
    return a.find_first(app, lambda n: n.name == "Conversation" and a.role(n) == "list")


def rows(listnode):
    return [k for k in a.children(listnode) if k is not None and a.role(k) == "list item"]


def logged_answers():
    """The demo's answers the collector has, as {text: event_id}."""
    status, reply = a.collector_get("/v1/events/export", {
        "filters": [{"field": "event_type", "operator": "is", "value": "model",
                     "type": "string"}],
        "limit": 100})
    if status != 200 or not isinstance(reply, dict):
        return {}
    return {e.get("outputs", {}).get("content"): e["event_id"] for e in reply.get("events", [])}


def ask(app, entry, send, question, answers_before):
    """Types question and presses Send; returns the answer's text and event ID once the demo
    has finished and logged it."""
    entry.queryEditableText().setTextContents(question)
    report.check(a.text(entry) == question, f"ask {question!r}: typed through EditableText",
                 f"text {a.text(entry)!r}")
    pressed = a.do_action(send, ["Press"])
    report.check(pressed is not None, f"ask {question!r}: Send pressed through AT-SPI",
                 f"actions {a.actions(send)}")

    def answered():
        logged = logged_answers()
        new = {t: e for t, e in logged.items() if t not in answers_before}
        return next(iter(new.items()), None)

    answer = a.wait_until(answered, 10, 0.2)
    report.check(answer is not None, f"ask {question!r}: the answer is logged at the collector")
    return answer


def answer_row(listnode, text):
    return next((r for r in rows(listnode) if r.name == text), None)


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
        if a.role(node) not in BUTTON_ROLES + ("slider",):
            continue
        e = extents(node)
        if e is not None and box.y <= e.y + e.height // 2 < box.y + box.height \
                and box.x <= e.x + e.width // 2 < box.x + box.width:
            found.append(node)
    return found


class Controls:
    def __init__(self, nodes):
        buttons = [n for n in nodes if a.role(n) in BUTTON_ROLES]
        self.down = next((n for n in buttons if DOWN.search(n.name)), None)
        self.up = next((n for n in buttons if n is not self.down and UP.search(n.name)), None)
        self.stars = next((n for n in nodes if a.role(n) == "slider"), None)
        self.comment = next((n for n in buttons if re.search("comment", n.name, re.I)), None)
        self.named = {name: next((n for n in buttons if n.name == name), None)
                      for name in ACTIONS}

    def items(self):
        return [("thumbs up", self.up), ("thumbs down", self.down), ("stars", self.stars),
                ("comment", self.comment)] + list(self.named.items())


def descendants(node):
    return [n for n, depth in a.walk(node) if depth > 0]


def parent_chain(node):
    """The roles and names from node's parent up to the application (Accessible.parent)."""
    steps = []
    parent = node.parent
    while parent is not None and len(steps) < 40:
        steps.append(parent)
        parent = parent.parent
    return steps


def check_parents(where, label, row, node):
    """A child of the row must say so: its parent chain leads back to the row."""
    chain = parent_chain(node)
    ok = any(step.path == row.path for step in chain)
    shown = " < ".join(f"{a.role(p)} {p.name!r}" for p in chain[:6])
    report.check(ok, f"{where}: the parents of {label} lead back to the row", "parents: " + shown)


def check_answer_row(where, row):
    kids = [k for k in a.children(row) if k is not None]
    listing = ", ".join(f"{a.role(k)} {k.name!r}" for k in kids) or "none"
    under = Controls(descendants(row))
    # The row holds the answer's bar (a panel): the controls are inside it, in the row's
    # subtree, and going up from each one leads back to the row, as a screen reader walks.
    report.check(len(kids) == 1, f"{where}: the row holds the answer's bar", "children: " + listing)
    for label, node in under.items():
        if report.check(node is not None, f"{where}: {label} is under the row",
                        "" if node is not None else "not among its descendants"):
            check_parents(where, label, row, node)
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
    row = answer_row(listnode, text)
    if row is None:
        return None, "the row is gone"
    under = Controls(descendants(row)).up
    if under is not None:
        return under, "under the row"
    near = Controls(controls_near(app, listnode, row)).up
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
    a.wait_until(lambda: {"pressed", "checked"} <= a.states(thumbs_up_for(app, listnode, text)[0]), 2)
    st = a.states(thumbs_up_for(app, listnode, text)[0])
    report.check({"pressed", "checked"} <= st, f"{where}: thumbs up pressed and checked",
                 f"states {sorted(st)}")
    seen = a.wait_for_feedback({event_id: {"rating": True}})
    report.check(a.holds(seen.get(event_id), {"rating": True}),
                 f"{where}: the collector has {{'rating': True}}",
                 f"stored feedback {seen.get(event_id)}")
    def described():
        row = answer_row(listnode, text)
        return row.description if row is not None else ""

    a.wait_until(lambda: described().startswith("Rated helpful"), 2)
    description = described()
    report.check(description.startswith("Rated helpful"),
                 f"{where}: the row's description sums up the thumbs up",
                 f"description {description!r}")


def check_descriptions(app):
    repeats = [f"{a.role(n)} {n.name!r}" for n, _ in a.walk(app)
               if n.description and n.description == n.name]
    report.check(not repeats, "no description repeats its name", "repeated: " + "; ".join(repeats))


def main():
    app = a.find_app(APP_NAME)
    if app is None:
        report.fatal(f"the application {APP_NAME!r} is on the AT-SPI bus", "not found within 15 s")
    report.check(True, f"the application {APP_NAME!r} is on the AT-SPI bus")
    listnode = conversation(app)
    entry = a.find_first(app, lambda n: n.name == "Message" and a.role(n) in ("text", "entry"))
    send = a.find_first(app, lambda n: n.name == "Send" and a.role(n) == "push button")
    for what, node in (("the 'Conversation' list", listnode), ("the 'Message' text", entry),
                       ("the 'Send' button", send)):
        if node is None:
            a.dump(app, "the whole application", max_depth=8)
            report.fatal(f"{what} is in the tree")
    report.check(True, "the Conversation list, the Message text and the Send button are there")

    answers = []
    for question in QUESTIONS:
        answer = ask(app, entry, send, question, {t for t, _ in answers})
        if answer is None:
            a.dump(listnode, "the conversation")
            report.finish()
        answers.append(answer)
    report.check(len(rows(listnode)) == 2 * len(QUESTIONS),
                 f"the conversation has {2 * len(QUESTIONS)} rows",
                 f"{len(rows(listnode))} list items")
    a.dump(listnode, "the conversation after two questions")

    for number, (text, _) in enumerate(answers, 1):
        row = answer_row(listnode, text)
        if report.check(row is not None, f"answer {number}: its row is in the list", repr(text)):
            check_answer_row(f"answer {number}", row)
    press_thumb(app, listnode, "answer 1", answers[0][0], answers[0][1])
    untouched = a.stored_feedback(answers[1][1])
    report.check(untouched is not None and "rating" not in untouched,
                 "answer 2: the collector has no rating (only answer 1 was pressed)",
                 f"stored feedback {untouched}")
    check_descriptions(app)
    a.dump(listnode, "the conversation after acting")
    report.finish()


if __name__ == "__main__":
    main()
