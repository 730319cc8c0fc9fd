"""What the AT-SPI checkers share: finding the program on the accessibility bus, reading a node
the way a screen reader does (role, name, description, states, actions, value), acting on it,
reading the collector, and reporting one PASS/FAIL line per check.

The run-atspi-test.sh runner sets ATSPI_APP_PID, ATSPI_APP_STDOUT, ATSPI_COLLECTOR_URL and
ATSPI_API_KEY. Every wait here is bounded.
"""

import json
import os
import re
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


def type_into(node, words):
    """Puts words into a text field as a screen reader user would; returns how. Through the
    EditableText interface where the bridge offers it (Qt Widgets), else (Qt 6.4's Qt Quick
    offers none) by focusing the field through its SetFocus action and typing the words
    through AT-SPI's own keyboard synthesis (Registry.generateKeyboardEvent)."""
    try:
        node.queryEditableText().setTextContents(words)
        return "EditableText"
    except NotImplementedError:
        pass
    do_action(node, ["SetFocus"])
    if not wait_until(lambda: "focused" in states(node), 3):
        return None
    pyatspi.Registry.generateKeyboardEvent(0, words, pyatspi.KEY_STRING)
    wait_until(lambda: text(node) == words, 3)
    return "the keyboard through AT-SPI"


def wait_for_states(find, wanted, seconds=3):
    """Polls the node find() returns (found again each time: rows come and go) until it has
    all the wanted states; returns its states then."""
    wait_until(lambda: wanted <= states(find()), seconds)
    return states(find())


# The conversation of the demos: a list named "Conversation" whose rows (list items) are
# named by their messages' text, each answer's feedback controls under its row.

BUTTON_ROLES = ("toggle button", "push button", "check box")
THUMB_ROLES = ("toggle button", "push button")
DOWN = re.compile(r"\bbad\b|not helpful|unhelpful|thumbs?[ -]down|dislike", re.I)
UP = re.compile(r"\bgood\b|helpful|thumbs?[ -]up|\blike\b", re.I)
COMMENT = re.compile("comment", re.I)


def conversation(app):
    return find_first(app, lambda n: n.name == "Conversation" and role(n) == "list")


def rows(listnode):
    return [k for k in children(listnode) if k is not None and role(k) == "list item"]


def answer_row(listnode, words):
    return next((r for r in rows(listnode) if r.name == words), None)


def logged_answers():
    """The demo's answers the collector has, as {text: event_id}."""
    status, reply = collector_get("/v1/events/export", {
        "filters": [{"field": "event_type", "operator": "is", "value": "model",
                     "type": "string"}],
        "limit": 100})
    if status != 200 or not isinstance(reply, dict):
        return {}
    return {e.get("outputs", {}).get("content"): e["event_id"] for e in reply.get("events", [])}


def new_answer(answers_before, seconds=10):
    """The first answer the collector logs that is not among answers_before: (text, id)."""
    def answered():
        new = {t: e for t, e in logged_answers().items() if t not in answers_before}
        return next(iter(new.items()), None)

    return wait_until(answered, seconds, 0.2)


def descendants(node):
    return [n for n, depth in walk(node) if depth > 0]


def parent_chain(node):
    """The nodes from node's parent up to the application (Accessible.parent)."""
    steps = []
    parent = node.parent
    while parent is not None and len(steps) < 40:
        steps.append(parent)
        parent = parent.parent
    return steps


def check_parents(report, where, label, row, node):
    """A child of the row must say so: its parent chain leads back to the row."""
    chain = parent_chain(node)
    ok = any(step.path == row.path for step in chain)
    shown = " < ".join(f"{role(p)} {p.name!r}" for p in chain[:6])
    report.check(ok, f"{where}: the parents of {label} lead back to the row", "parents: " + shown)


class Controls:
    """An answer's feedback controls among nodes: the thumbs, the stars (a slider), the
    comment button, and the buttons named in action_names."""

    def __init__(self, nodes, action_names=()):
        buttons = [n for n in nodes if role(n) in BUTTON_ROLES]
        self.down = next((n for n in buttons if DOWN.search(n.name)), None)
        self.up = next((n for n in buttons if n is not self.down and UP.search(n.name)), None)
        self.stars = next((n for n in nodes if role(n) == "slider"), None)
        self.comment = next((n for n in buttons if COMMENT.search(n.name)), None)
        self.named = {name: next((n for n in buttons if n.name == name), None)
                      for name in action_names}

    def items(self):
        return [("thumbs up", self.up), ("thumbs down", self.down), ("stars", self.stars),
                ("comment", self.comment)] + list(self.named.items())


def check_descriptions(report, app, skip_roles=()):
    repeats = [f"{role(n)} {n.name!r}" for n, _ in walk(app)
               if n.description and n.description == n.name and role(n) not in skip_roles]
    report.check(not repeats, "no description repeats its name", "repeated: " + "; ".join(repeats))


def open_chat(report, app_name):
    """The demo on the bus and where a user starts: (app, the Conversation list, the Message
    field, the Send button); a FAIL that ends the checks when one is missing."""
    app = find_app(app_name)
    if app is None:
        report.fatal(f"the application {app_name!r} is on the AT-SPI bus", "not found within 15 s")
    report.check(True, f"the application {app_name!r} is on the AT-SPI bus")
    listnode = conversation(app)
    entry = find_first(app, lambda n: n.name == "Message" and role(n) in ("text", "entry"))
    send = find_first(app, lambda n: n.name == "Send" and role(n) == "push button")
    for what, node in (("the 'Conversation' list", listnode), ("the 'Message' text", entry),
                       ("the 'Send' button", send)):
        if node is None:
            dump(app, "the whole application", max_depth=8)
            report.fatal(f"{what} is in the tree")
    report.check(True, "the Conversation list, the Message text and the Send button are there")
    return app, listnode, entry, send


def ask_questions(report, listnode, questions, ask):
    """ask(question, texts of the answers so far) for each question: the answers as
    (text, event_id); the checks end when one is not answered. Then one row per message."""
    answers = []
    for question in questions:
        answer = ask(question, {t for t, _ in answers})
        if answer is None:
            dump(listnode, "the conversation")
            report.finish()
        answers.append(answer)
    report.check(len(rows(listnode)) == 2 * len(questions),
                 f"the conversation has {2 * len(questions)} rows",
                 f"{len(rows(listnode))} list items")
    return answers


def type_question(report, entry, question):
    """Types question into the Message field (type_into) and checks that it is there."""
    how = type_into(entry, question)
    report.check(text(entry) == question, f"ask {question!r}: typed through {how}",
                 f"text {text(entry)!r}")


def check_stored(report, what, event_id, wanted, seconds=5):
    """Waits until the collector's event holds what is wanted of its feedback and checks it;
    returns the feedback last seen."""
    seen = wait_for_feedback({event_id: wanted}, seconds).get(event_id)
    report.check(holds(seen, wanted), what, f"stored feedback {seen}")
    return seen
