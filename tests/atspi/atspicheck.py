"""What the AT-SPI checkers share: finding the program on the accessibility bus, reading a node
the way a screen reader does (role, name, description, states, actions, value), acting on it,
reading the collector, and reporting one PASS/FAIL line per check.

The run-atspi-test.sh runner sets ATSPI_APP_PID, ATSPI_APP_STDOUT, ATSPI_COLLECTOR_URL and
ATSPI_API_KEY. Every wait here is bounded.
"""

import json
import os
import sys
import time
import urllib.error
import urllib.request

import pyatspi

APP_PID = int(os.environ.get("ATSPI_APP_PID", "0"))
APP_STDOUT = os.environ.get("ATSPI_APP_STDOUT", "")
COLLECTOR_URL = os.environ.get("ATSPI_COLLECTOR_URL", "").rstrip("/")
API_KEY = os.environ.get("ATSPI_API_KEY", "")

# States worth showing; the rest (enabled, sensitive, visible, showing) are noise in a dump.
_QUIET_STATES = {"enabled", "sensitive", "visible", "showing"}


class Report:
    """Counts and prints checks: one line each, then a summary; exit status 1 on any FAIL."""

    def __init__(self, title):
        self.title = title
        self.passed = 0
        self.failed = 0

    def check(self, ok, what, detail=""):
        line = ("PASS " if ok else "FAIL ") + what
        if detail:
            line += " -- " + detail
        print(line, flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        return ok

    def fatal(self, what, detail=""):
        """A check that the rest cannot go on without."""
        self.check(False, what, detail)
        self.finish()

    def finish(self):
        print(f"{self.title}: {self.passed} passed, {self.failed} failed", flush=True)
        sys.exit(1 if self.failed else 0)


def wait_until(predicate, seconds, interval=0.1):
    """Polls predicate until it returns something true; returns that, or None on timeout."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            value = predicate()
        except Exception:  # a node that went away mid-read: try again
            value = None
        if value:
            return value
        if time.monotonic() >= deadline:
            return None
        time.sleep(interval)


def find_app(name, seconds=15):
    """The accessible application called name (and, when known, with the runner's PID)."""

    def look():
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            if app is None or app.name != name:
                continue
            if APP_PID and app.get_process_id() != APP_PID:
                continue
            # A window with something in it: the program has shown its UI.
            if any(w is not None and w.childCount > 0 for w in children(app)):
                return app
        return None

    return wait_until(look, seconds, 0.2)


def children(node):
    try:
        return [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return []


def walk(node, depth=0, max_depth=40, skip=frozenset()):
    """node and everything under it, depth first, with depths; not the subtrees of the nodes
    whose object paths are in skip."""
    yield node, depth
    if depth >= max_depth:
        return
    for child in children(node):
        if child is not None and child.path not in skip:
            yield from walk(child, depth + 1, max_depth, skip)


def find_all(root, predicate):
    return [node for node, _ in walk(root) if _safe(predicate, node)]


def find_first(root, predicate):
    for node, _ in walk(root):
        if _safe(predicate, node):
            return node
    return None


def _safe(predicate, node):
    try:
        return predicate(node)
    except Exception:
        return False


def role(node):
    return node.getRoleName()


def states(node):
    if node is None:
        return set()
    return {pyatspi.stateToString(s) for s in node.getState().getStates()}


def actions(node):
    if node is None:
        return []
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def value(node):
    """(current, minimum, maximum, step) through the Value interface, or None."""
    if node is None:
        return None
    try:
        v = node.queryValue()
    except NotImplementedError:
        return None
    return (v.currentValue, v.minimumValue, v.maximumValue, v.minimumIncrement)


def text(node):
    try:
        t = node.queryText()
    except NotImplementedError:
        return None
    return t.getText(0, t.characterCount)


def describe(node):
    """One line: role, name, description, states, actions, value, text, child count."""
    parts = [f"role={role(node)!r}", f"name={node.name!r}", f"description={node.description!r}"]
    st = states(node)
    shown = sorted(st - _QUIET_STATES)
    # The quiet states matter when they are missing: a hidden or disabled control.
    shown += ["NOT " + q for q in ("showing", "enabled") if q not in st]
    parts.append("states=[" + ", ".join(shown) + "]")
    acts = actions(node)
    if acts:
        parts.append("actions=" + repr(acts))
    val = value(node)
    if val is not None:
        parts.append("value=%g min=%g max=%g step=%g" % val)
    if role(node) in ("text", "entry", "label"):
        content = text(node)
        if content is not None and content != node.name:
            parts.append(f"text={content[:60]!r}")
    parts.append(f"children={node.childCount}")
    return " ".join(parts)


def dump(root, title, max_depth=40):
    print(f"---- AT-SPI tree: {title}", flush=True)
    for node, depth in walk(root, max_depth=max_depth):
        try:
            print("  " * depth + describe(node), flush=True)
        except Exception as error:  # the node went away while it was read
            print("  " * depth + f"<unreadable: {error}>", flush=True)
    print("---- end of tree", flush=True)


def do_action(node, names):
    """Runs the first of names (case-insensitive) the node offers; returns its name or None."""
    try:
        action = node.queryAction()
    except NotImplementedError:
        return None
    offered = [action.getName(i).lower() for i in range(action.nActions)]
    for name in names:
        if name.lower() in offered:
            action.doAction(offered.index(name.lower()))
            return name
    return None


def set_value(node, number):
    node.queryValue().currentValue = float(number)


def program_output():
    """The program's stdout so far, as lines."""
    try:
        with open(APP_STDOUT, encoding="utf-8") as stream:
            return stream.read().splitlines()
    except OSError:
        return []


def collector_get(path, body=None):
    """A request to the collector (JSON in and out); (status, JSON or text)."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(COLLECTOR_URL + path, data=data,
                                     method="GET" if body is None else "POST")
    request.add_header("Authorization", "Bearer " + API_KEY)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=5) as reply:
            payload = reply.read().decode()
            status = reply.status
    except urllib.error.HTTPError as error:
        payload = error.read().decode(errors="replace")
        status = error.code
    try:
        return status, json.loads(payload)
    except ValueError:
        return status, payload


def stored_feedback(event_id):
    """The feedback object of the stored event, or None when the collector has no such event."""
    status, answer = collector_get("/v1/events/" + event_id)
    if status != 200 or not isinstance(answer, dict):
        return None
    event = answer.get("event", answer)
    return event.get("feedback") or {}


def holds(feedback, wanted):
    return feedback is not None and all(feedback.get(k) == v for k, v in wanted.items())


def wait_for_feedback(expectations, seconds=5):
    """Polls the stored events until each one's feedback holds what is wanted of it, all
    under one deadline: expectations is {event_id: {key: value}}. Returns the feedback last
    seen per event (so that a failure can say what was there)."""
    seen = {}

    def look():
        for event_id, wanted in expectations.items():
            if not holds(seen.get(event_id), wanted):
                seen[event_id] = stored_feedback(event_id)
        return all(holds(seen.get(e), w) for e, w in expectations.items())

    wait_until(look, seconds, 0.2)
    return seen
