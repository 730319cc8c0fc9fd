#!/usr/bin/env python3
"""AT-SPI checks of feedbackkit-quick-demo (run by run-atspi-test.sh with --collector): as a
screen reader user would, type two questions into "Message" and press "Send" (Action), then
check each answer row of the "Conversation" list:
- its feedback bar holds the thumbs (buttons, named, not checked), the stars (a slider, Value
  0..5, "Not rated"), the comment button, a hidden Undo and no delivery word yet; going up from
  each control leads back to the row;
- pressing thumbs up on answer 1 through AT-SPI checks it, reaches the collector, and the
  delivery indicator then says so; its comment button opens the comment box, where a comment
  typed and sent reaches the collector;
- the stars of answer 2 step up through their Increase action and take a value written through
  the Value interface, both reaching the collector; answer 2 has no thumbs rating;
- each row also has its Copy, Regenerate and Edit buttons; pressing Copy on answer 2 through
  AT-SPI puts the answer on the clipboard, and the collector has the copy.
Qt 6.4's Qt Quick offers no EditableText interface: the fields are typed into through AT-SPI's
keyboard synthesis after their SetFocus action (atspicheck.type_into).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspicheck as a  # noqa: E402

APP_NAME = "feedbackkit-quick-demo"
QUESTIONS = ["hello", "feedback"]
MAXIMUM = 5
COMMENT = "Clear and short"
DELIVERY = re.compile(r"^Feedback (not )?delivered|sending feedback", re.I)
# Qt 6.4 takes a Control's role from its C++ type: the delivery indicator (a Control) is a
# filler there, whatever its Accessible.role (StaticText) says.
INDICATOR_ROLES = ("label", "static", "filler")
# Beside the feedback bar, in the same row (AnswerActions.qml).
ACTIONS = ("Copy", "Regenerate", "Edit")

report = a.Report("atspi_quick_demo")


def bar_of(listnode, text):
    """The feedback bar (the panel "Feedback") under the answer's row, once it shows."""
    row = a.answer_row(listnode, text)
    if row is None:
        return None
    return a.find_first(row, lambda n: n.name == "Feedback" and a.role(n) == "panel"
                        and "showing" in a.states(n))


def in_bar(listnode, text, predicate):
    bar = bar_of(listnode, text)
    return a.find_first(bar, predicate) if bar is not None else None


def controls_of(listnode, text):
    bar = bar_of(listnode, text)
    return a.Controls(a.descendants(bar) if bar is not None else [])


def actions_of(listnode, text):
    """The row's Copy, Regenerate and Edit buttons, by name (None for one not there)."""
    row = a.answer_row(listnode, text)
    return a.Controls(a.descendants(row) if row is not None else [], ACTIONS).named


def delivery_word(listnode, text):
    """The delivery indicator while it shows (it names where the feedback is), or None."""
    return in_bar(listnode, text, lambda n: DELIVERY.search(n.name) and "showing" in a.states(n))


def ask(listnode, entry, send, question, answers_before):
    """Types question and presses Send; returns the answer's text and event ID once the demo
    has logged it and its row shows its feedback bar."""
    a.type_question(report, entry, question)
    pressed = a.do_action(send, ["Press"])
    cleared = a.wait_until(lambda: a.text(entry) == "", 3)
    report.check(pressed is not None and cleared, f"ask {question!r}: Send pressed through AT-SPI",
                 f"actions {a.actions(send)}, text after {a.text(entry)!r}")
    answer = a.new_answer(answers_before)
    if not report.check(answer is not None, f"ask {question!r}: the answer is logged at the collector"):
        return None
    shown = a.wait_until(lambda: bar_of(listnode, answer[0]), 5)
    report.check(shown is not None, f"ask {question!r}: the answer's row shows its feedback bar",
                 f"rows {[r.name[:30] for r in a.rows(listnode)]}")
    return answer


def check_roles(where, under):
    wanted = [("thumbs up", under.up, a.THUMB_ROLES), ("thumbs down", under.down, a.THUMB_ROLES),
              ("stars", under.stars, ("slider",)), ("comment", under.comment, a.BUTTON_ROLES)]
    for label, node, roles in wanted:
        if node is not None:
            report.check(a.role(node) in roles, f"{where}: {label} role {' or '.join(roles)}",
                         f"role {a.role(node)!r}, name {node.name!r}")


def check_stars(where, stars):
    if stars is None:
        return
    val = a.value(stars)
    report.check(val is not None and val[:3] == (0, 0, MAXIMUM),
                 f"{where}: stars Value 0 of 0..{MAXIMUM}", f"value {val}")
    report.check(stars.name == "Star rating" and stars.description == "Not rated",
                 f"{where}: stars named 'Star rating', described 'Not rated'",
                 f"name {stars.name!r}, description {stars.description!r}")


def check_answer_row(where, listnode, text):
    row = a.answer_row(listnode, text)
    under = controls_of(listnode, text)
    for label, node in under.items():
        if report.check(node is not None, f"{where}: {label} is in the row's feedback bar"):
            a.check_parents(report, where, label, row, node)
    check_roles(where, under)
    check_stars(where, under.stars)
    for label, node in (("thumbs up", under.up), ("thumbs down", under.down),
                        ("comment", under.comment)):
        if node is not None:
            st = a.states(node)
            report.check("checked" not in st and "showing" in st,
                         f"{where}: {label} shows, not checked", f"states {sorted(st)}")
    undo = in_bar(listnode, text, lambda n: n.name == "Undo")
    report.check(undo is not None and "showing" not in a.states(undo),
                 f"{where}: Undo is there but hidden before any rating",
                 f"states {sorted(a.states(undo))}")
    report.check(delivery_word(listnode, text) is None,
                 f"{where}: no delivery word before any rating")
    for name, node in actions_of(listnode, text).items():
        if report.check(node is not None and "showing" in a.states(node),
                        f"{where}: the row's {name} button shows"):
            a.check_parents(report, where, name, row, node)
            report.check(a.role(node) == "push button", f"{where}: {name} is a push button",
                         f"role {a.role(node)!r}")


def press_copy(listnode, where, text, event_id):
    copy = actions_of(listnode, text)["Copy"]
    report.check(a.do_action(copy, ["Press"]) is not None,
                 f"{where}: Copy pressed through AT-SPI", f"actions {a.actions(copy)}")
    seen = a.check_stored(report, f"{where}: the collector has the copy", event_id,
                          {"actions": {"copied": True, "copied_all": True,
                                       "copied_chars": len(text), "copy_count": 1}})
    report.check(seen is not None and "rating" not in seen,
                 f"{where}: the copy is all the collector has besides the stars",
                 f"stored feedback {seen}")


def press_thumb(listnode, where, text, event_id):
    up = controls_of(listnode, text).up
    pressed = a.do_action(up, ["Press", "Toggle"]) if up is not None else None
    report.check(pressed is not None, f"{where}: thumbs up pressed through AT-SPI",
                 f"actions {a.actions(up)}")
    st = a.wait_for_states(lambda: controls_of(listnode, text).up, {"checked"})
    report.check("checked" in st, f"{where}: thumbs up checked", f"states {sorted(st)}")
    a.check_stored(report, f"{where}: the collector has {{'rating': True}}", event_id,
                   {"rating": True})
    def delivered():
        node = delivery_word(listnode, text)
        return node if node is not None and node.name == "Feedback delivered" else None

    indicator = a.wait_until(delivered, 5)
    report.check(indicator is not None and a.role(indicator) in INDICATOR_ROLES,
                 f"{where}: the delivery indicator says 'Feedback delivered'",
                 f"node {a.describe(indicator) if indicator is not None else None}")
    undo = in_bar(listnode, text, lambda n: n.name == "Undo")
    report.check("showing" in a.states(undo), f"{where}: Undo shows after the rating")


def send_comment(listnode, where, text, event_id):
    """Opens the comment box with the comment button, types a comment, presses its Send."""
    comment = controls_of(listnode, text).comment
    report.check(a.do_action(comment, ["Press"]) is not None,
                 f"{where}: comment button pressed through AT-SPI", f"actions {a.actions(comment)}")
    st = a.wait_for_states(lambda: controls_of(listnode, text).comment, {"checked"})
    report.check("checked" in st, f"{where}: comment button checked while the box is open",
                 f"states {sorted(st)}")

    def field():
        return in_bar(listnode, text, lambda n: n.name == "Comment" and a.role(n) == "text")

    box = a.wait_until(lambda: field() if "focused" in a.states(field()) else None, 3)
    if not report.check(box is not None, f"{where}: the comment field opens, focused",
                        f"states {sorted(a.states(field()))}"):
        return
    how = a.type_into(box, COMMENT)
    report.check(a.text(box) == COMMENT, f"{where}: comment typed through {how}",
                 f"text {a.text(box)!r}")
    send = in_bar(listnode, text, lambda n: n.name == "Send" and a.role(n) == "push button")
    offered = a.actions(send)
    report.check(a.do_action(send, ["Press"]) is not None,
                 f"{where}: the box's Send pressed through AT-SPI", f"actions {offered}")
    a.check_stored(report, f"{where}: the collector has the comment", event_id,
                   {"rating": True, "comment": COMMENT})
    closed = a.wait_until(lambda: field() is None, 3)
    report.check(closed, f"{where}: the comment box closes once sent")


def stars_value(listnode, text):
    val = a.value(controls_of(listnode, text).stars)
    return val[0] if val is not None else None


def rate_stars(listnode, where, text, event_id):
    """Focused, then three Increase actions, then 5 through the Value interface."""
    a.do_action(controls_of(listnode, text).stars, ["SetFocus"])
    st = a.wait_for_states(lambda: controls_of(listnode, text).stars, {"focused"})
    report.check("focused" in st, f"{where}: the stars (the slider) take the keyboard focus",
                 f"states {sorted(st)}")
    for step in range(1, 4):
        a.do_action(controls_of(listnode, text).stars, ["Increase"])
        a.wait_until(lambda: stars_value(listnode, text) == step, 3)
    stars = controls_of(listnode, text).stars
    report.check(stars_value(listnode, text) == 3 and "3" in stars.description,
                 f"{where}: three Increase actions make 3 stars",
                 f"value {stars_value(listnode, text)}, description {stars.description!r}")
    a.check_stored(report, f"{where}: the collector has score 3", event_id, {"score": 3})
    a.set_value(stars, MAXIMUM)
    a.wait_until(lambda: stars_value(listnode, text) == MAXIMUM, 3)
    report.check(stars_value(listnode, text) == MAXIMUM,
                 f"{where}: {MAXIMUM} written through the Value interface is the value",
                 f"value {stars_value(listnode, text)}")
    seen = a.check_stored(report, f"{where}: the collector has score {MAXIMUM}", event_id,
                          {"score": MAXIMUM})
    report.check(seen is not None and "rating" not in seen,
                 f"{where}: the collector has no thumbs rating (only answer 1's was pressed)",
                 f"stored feedback {seen}")


def main():
    app, listnode, entry, send = a.open_chat(report, APP_NAME)
    answers = a.ask_questions(report, listnode, QUESTIONS,
                              lambda q, before: ask(listnode, entry, send, q, before))
    for number, (text, _) in enumerate(answers, 1):
        check_answer_row(f"answer {number}", listnode, text)
    press_thumb(listnode, "answer 1", *answers[0])
    send_comment(listnode, "answer 1", *answers[0])
    rate_stars(listnode, "answer 2", *answers[1])
    press_copy(listnode, "answer 2", *answers[1])
    # The window's description is its title (Qt's, not the demo's).
    a.check_descriptions(report, app, skip_roles=("frame",))
    a.dump(listnode, "the conversation after acting")
    report.finish()


if __name__ == "__main__":
    main()
