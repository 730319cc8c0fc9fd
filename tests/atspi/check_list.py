#!/usr/bin/env python3
"""AT-SPI checks of feedbackkit-atspi-list (atspilist.cpp), run by run-atspi-test.sh.

What a screen reader must find, and what acting through AT-SPI must do:
- each row of the FeedbackDelegate list has, as children, the thumbs as buttons (with
  their pressed/checked state), the stars as a slider (Value: current, minimum 0, maximum 5,
  name or description "N of 5 stars"), nothing else; the row's description sums up its
  feedback ("Rated helpful, 4 of 5 stars, commented");
- pressing a thumb (Action) and setting the stars (Value) change the state and reach the
  collector, as a click does;
- the standalone thumbs are buttons, not pressed before any press; the standalone stars
  a slider;
- no accessible's description repeats its name.
The tree is printed before and after acting, so a failure shows what is there.
"""

import os
import re
import sys
import time

import pyatspi
from gi.repository import GLib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspicheck as a  # noqa: E402

APP_NAME = "feedbackkit-atspi-list"
MAXIMUM = 5
PRESET_ROW = -1  # the last row comes with {"rating": true, "score": 4, "comment": ...}
PRESET_DESCRIPTION = "Rated helpful, 4 of 5 stars, commented"
BUTTON_ROLES = ("toggle button", "push button", "check box")
# Qt 6.4's AT-SPI bridge maps no QAccessible role to "toggle button" and sends no "checkable"
# state: a thumb is a push button whose pressed and checked states say when it is chosen
# (checked below). A toggle button, should a later Qt give one, is right too.
THUMB_ROLES = ("toggle button", "push button")
DOWN = re.compile(r"\bbad\b|not helpful|unhelpful|thumbs?[ -]down|dislike", re.I)
UP = re.compile(r"\bgood\b|helpful|thumbs?[ -]up|\blike\b", re.I)

report = a.Report("atspi_list")


def stars_text(count):
    return "%g of %d stars" % (count, MAXIMUM)


class Row:
    """The controls a row (or the standalone part) exposes, found by role and name."""

    def __init__(self, node):
        self.node = node
        kids = [k for k in a.children(node) if k is not None]
        self.kids = kids
        buttons = [k for k in kids if a.role(k) in BUTTON_ROLES]
        self.down = next((k for k in buttons if DOWN.search(k.name)), None)
        self.up = next((k for k in buttons if k is not self.down and UP.search(k.name)), None)
        self.stars = next((k for k in kids if a.role(k) == "slider"), None)
        self.comment = next((k for k in buttons if re.search("comment", k.name, re.I)), None)


def rows_of(listnode):
    return [k for k in a.children(listnode) if k is not None and a.role(k) == "list item"]


def find_list(app):
    return a.find_first(app, lambda n: n.name == "Answers" and a.role(n) in (
        "list", "list box", "table", "tree table"))


def check_thumb(where, node, label, pressed):
    if not report.check(node is not None, f"{where}: {label} thumb found",
                        f"{a.role(node)} {node.name!r}" if node is not None else "no such button"):
        return
    report.check(a.role(node) in THUMB_ROLES, f"{where}: {label} thumb role is a button",
                 f"role {a.role(node)!r}, name {node.name!r}")
    st = a.states(node)
    want = "pressed and checked" if pressed else "neither pressed nor checked"
    ok = ({"pressed", "checked"} <= st) if pressed else not ({"pressed", "checked"} & st)
    report.check(ok, f"{where}: {label} thumb is {want}", f"states {sorted(st)}")


def check_stars(where, node, expected=None):
    if not report.check(node is not None, f"{where}: stars are a slider child"):
        return
    val = a.value(node)
    if not report.check(val is not None, f"{where}: stars have the Value interface"):
        return
    current, minimum, maximum, _ = val
    report.check(minimum == 0 and maximum == MAXIMUM,
                 f"{where}: stars range 0..{MAXIMUM}", f"min {minimum:g}, max {maximum:g}")
    if expected is None:
        return
    report.check(current == expected, f"{where}: stars value {expected:g}", f"value {current:g}")
    if expected == 0:
        return
    said = f"name {node.name!r}, description {node.description!r}"
    report.check(stars_text(expected) in node.name or stars_text(expected) in node.description,
                 f"{where}: stars say \"{stars_text(expected)}\"", said)


def check_row_structure(index, row):
    where = f"row {index + 1}"
    listing = ", ".join(f"{a.role(k)} {k.name!r}" for k in row.kids) or "none"
    report.check(row.up is not None and row.down is not None,
                 f"{where}: thumbs up and down are children of the row", "children: " + listing)
    for label, node in (("up", row.up), ("down", row.down)):
        if node is not None:
            report.check(a.role(node) in THUMB_ROLES,
                         f"{where}: {label} thumb role is a button",
                         f"role {a.role(node)!r}, name {node.name!r}")
    for label, node in (("up thumb", row.up), ("down thumb", row.down), ("stars", row.stars)):
        if node is not None:
            parent = node.parent
            report.check(parent is not None and parent.path == row.node.path,
                         f"{where}: the parent of the {label} is the row",
                         "parent %s" % (f"{a.role(parent)} {parent.name!r}" if parent else None))
    check_stars(where, row.stars)
    # FeedbackDelegate paints thumbs and stars only (it has no comment): nothing else to find.
    report.check(len(row.kids) == 3, f"{where}: the row holds exactly its thumbs and stars",
                 "children: " + listing)
    report.check(bool(row.node.description), f"{where}: row has a description",
                 f"description {row.node.description!r}")


def event_ids():
    ids = {}
    for line in a.program_output():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "row":
            ids[int(parts[1])] = parts[2]
        elif len(parts) == 2 and parts[0] == "standalone":
            ids["standalone"] = parts[1]
    return ids


def fresh_row(listnode, index):
    """Rows (list cells) are transient: read them again after each change."""
    return Row(rows_of(listnode)[index])


def wait_states(where, label, getter, action):
    """After acting: the thumb that getter finds again becomes pressed and checked."""
    wanted = {"pressed", "checked"}
    a.wait_until(lambda: wanted <= a.states(getter()), 2)
    st = a.states(getter())
    report.check(wanted <= st, f"{where}: {label} thumb pressed and checked after {action}",
                 f"states {sorted(st)}")


def wait_value(where, getter, number):
    a.wait_until(lambda: a.value(getter())[0] == number, 2)
    check_stars(where, getter(), number)


def press(where, node, action):
    done = a.do_action(node, [action]) if node is not None else None
    report.check(done is not None, f"{where}: {action} action run through AT-SPI",
                 "actions offered: %s" % (a.actions(node) if node is not None else "no control"))
    return done is not None


def set_stars(where, node, number):
    ok = node is not None and a.value(node) is not None
    if report.check(ok, f"{where}: stars set to {number} through the Value interface",
                    "" if ok else "no slider with a Value interface"):
        a.set_value(node, number)
    return ok


# What a screen reader hears when the feedback changes: Qt sends these only to listeners.
ANNOUNCED = ("object:state-changed:checked", "object:property-change:accessible-value",
             "object:property-change:accessible-description")


class Announcements:
    """Records the events above; libatspi delivers them while GLib's main context runs."""

    def __init__(self):
        self.seen = []
        pyatspi.Registry.registerEventListener(self, *ANNOUNCED)
        self.pump(0.5)  # the application learns that someone listens

    def __call__(self, event):
        try:
            self.seen.append((event.type, a.role(event.source), event.source.name))
        except Exception:  # a source that went away
            self.seen.append((event.type, None, None))

    def pump(self, seconds):
        deadline = time.monotonic() + seconds
        context = GLib.MainContext.default()
        while time.monotonic() < deadline:
            while context.iteration(False):
                pass
            time.sleep(0.02)

    def heard(self, kind, source_role, name=None):
        return any(t.startswith(kind) and r == source_role and (name is None or n == name)
                   for t, r, n in self.seen)

    def close(self):
        pyatspi.Registry.deregisterEventListener(self, *ANNOUNCED)


def check_announcements(events):
    events.pump(1.0)
    shown = "; ".join(f"{t} from {r} {n!r}" for t, r, n in events.seen[:12]) or "none"
    report.check(events.heard("object:state-changed:checked", "push button", "Good response"),
                 "row 1: the thumb's checked state change is announced", "events: " + shown)
    report.check(events.heard("object:property-change:accessible-value", "slider", "Rating"),
                 "row 1: the stars' new value is announced", "events: " + shown)
    report.check(events.heard("object:property-change:accessible-description", "list item"),
                 "row 1: the row's new description is announced", "events: " + shown)


def act_on_rows(listnode):
    """Row 1: thumbs up with Press, then 3 stars; row 2: thumbs down with Toggle."""
    if press("row 1", fresh_row(listnode, 0).up, "Press"):
        wait_states("row 1", "up", lambda: fresh_row(listnode, 0).up, "Press")
    if set_stars("row 1", fresh_row(listnode, 0).stars, 3):
        wait_value("row 1 after setting 3", lambda: fresh_row(listnode, 0).stars, 3)
    def summed_up():
        text = fresh_row(listnode, 0).node.description
        return text.startswith("Rated helpful") and stars_text(3) in text \
            and "commented" not in text

    a.wait_until(summed_up, 2)
    description = fresh_row(listnode, 0).node.description
    report.check(summed_up(),
                 "row 1: description sums up thumbs up and 3 stars",
                 f"description {description!r}")

    before = fresh_row(listnode, 1).node.description
    if press("row 2", fresh_row(listnode, 1).down, "Toggle"):
        wait_states("row 2", "down", lambda: fresh_row(listnode, 1).down, "Toggle")
    a.wait_until(lambda: fresh_row(listnode, 1).node.description not in (before, ""), 2)
    after = fresh_row(listnode, 1).node.description
    report.check(after not in (before, ""), "row 2: description changes after thumbs down",
                 f"before {before!r}, after {after!r}")


def check_preset_row(listnode):
    row = fresh_row(listnode, PRESET_ROW)
    where = "row %d (given feedback)" % len(rows_of(listnode))
    check_thumb(where, row.up, "up", pressed=True)
    check_thumb(where, row.down, "down", pressed=False)
    check_stars(where, row.stars, 4)
    report.check(row.node.description == PRESET_DESCRIPTION,
                 f"{where}: description is {PRESET_DESCRIPTION!r}",
                 f"description {row.node.description!r}")


def standalone(app, listnode):
    """The standalone thumbs and stars: the controls outside the list."""
    outside = [n for n, _ in a.walk(app, skip={listnode.path})]
    buttons = [n for n in outside if a.role(n) in BUTTON_ROLES]
    down = next((n for n in buttons if DOWN.search(n.name)), None)
    up = next((n for n in buttons if n is not down and UP.search(n.name)), None)
    stars = next((n for n in outside if a.role(n) == "slider"), None)
    return up, down, stars


def check_standalone(app, listnode):
    up, down, stars = standalone(app, listnode)
    check_thumb("standalone (before any press)", up, "up", pressed=False)
    check_thumb("standalone (before any press)", down, "down", pressed=False)
    check_stars("standalone", stars, 0)
    if press("standalone", up, "Press"):
        wait_states("standalone", "up", lambda: standalone(app, listnode)[0], "Press")
    if set_stars("standalone", stars, 2):
        wait_value("standalone after setting 2", lambda: standalone(app, listnode)[2], 2)


def check_collector(ids, last_row):
    """What the acting above must have written through the client, and the given row."""
    expectations = {
        ids[0]: {"rating": True, "score": 3},
        ids[1]: {"rating": False},
        ids[last_row]: {"rating": True, "score": 4, "comment": "Clear and short."},
        ids["standalone"]: {"rating": True, "score": 2},
    }
    names = {ids[0]: "row 1", ids[1]: "row 2", ids[last_row]: f"row {last_row + 1}",
             ids["standalone"]: "standalone"}
    seen = a.wait_for_feedback(expectations)
    for event_id, wanted in expectations.items():
        report.check(a.holds(seen.get(event_id), wanted),
                     f"{names[event_id]}: the collector has {wanted}",
                     f"stored feedback {seen.get(event_id)}")


def check_descriptions(app, when):
    repeats = [f"{a.role(n)} {n.name!r}" for n, _ in a.walk(app)
               if n.description and n.description == n.name]
    report.check(not repeats, f"{when}: no description repeats its name",
                 "repeated: " + "; ".join(repeats))


def main():
    app = a.find_app(APP_NAME)
    if app is None:
        report.fatal(f"the application {APP_NAME!r} is on the AT-SPI bus",
                     "not found within 15 s")
    report.check(True, f"the application {APP_NAME!r} is on the AT-SPI bus")
    listnode = find_list(app)
    if listnode is None:
        a.dump(app, "the whole application")
        report.fatal("the list 'Answers' is in the tree")
    ids = event_ids()
    rows = rows_of(listnode)
    expected = len([k for k in ids if k != "standalone"])
    if not report.check(len(rows) == expected, f"the list has {expected} rows (list item)",
                        f"{len(rows)} list items"):
        a.dump(app, "the whole application")
        report.finish()
    a.dump(app, "before acting")
    for index, node in enumerate(rows):
        check_row_structure(index, Row(node))
    check_preset_row(listnode)
    check_descriptions(app, "before acting")
    check_standalone(app, listnode)
    events = Announcements()
    act_on_rows(listnode)
    check_announcements(events)
    events.close()
    check_collector(ids, len(rows) - 1)
    check_descriptions(app, "after acting")
    a.dump(app, "after acting")
    report.finish()


if __name__ == "__main__":
    main()
