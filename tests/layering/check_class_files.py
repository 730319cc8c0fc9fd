#!/usr/bin/env python3
"""One class, one .h/.cpp (and _p.h): no class has its member functions defined in two .cpp files.

A class spread over several .cpp files hides how big it really is, and none of its files shows
the whole of it. This reads every .cpp of every library and program folder, finds each
out-of-line definition `Class::member(...) {` (or `= default;`) at namespace scope, and fails
when one class of a folder is defined in more than one .cpp.

    check_class_files.py SOURCE_DIR
"""
import pathlib
import re
import sys

source = pathlib.Path(sys.argv[1])

FOLDERS = ('core', 'delivery', 'widgets', 'quick', 'collector', 'cli', 'demo')

# Classes still spread over several files in folders that other work owns. Each entry names the
# files it may use, so a further spread still fails; an entry that is no longer needed fails
# too, so that this list only shrinks. Remove an entry when its class is one file pair again.
ALLOWED = {}

COMMENT = re.compile(r'//[^\n]*|/\*.*?\*/', re.S)
LITERAL = re.compile(r'R"([^(\s]*)\(.*?\)\1"|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)
NAMESPACE_HEAD = re.compile(r'(?:\binline\s+)?\bnamespace\b[\w:\s]*$|\bextern\s*""\s*$')
NAMESPACE_NAME = re.compile(r'\bnamespace\s+([\w:]+)\s*\{')
TEMPLATE_ARGS = re.compile(r'<[^<>]*>')
DEFINITION = re.compile(r'(?<![\w:~])((?:\w+(?:<[^<>()]*>)?::)+)(~?\w+|operator\s*(?:\(\)|[^\s(]+))\s*\(')
DEFAULTED = re.compile(r'=\s*(?:default|delete)\s*$')


def stripped(path):
    """The file without comments and literals, whose braces and semicolons would mislead."""
    text = COMMENT.sub(' ', path.read_text())
    return LITERAL.sub('""', text)


def heads(text):
    """Each declaration head at namespace scope, with how it ends: '{' or ';'."""
    scopes = []
    start = 0
    for index, char in enumerate(text):
        if char not in '{};':
            continue
        head = text[start:index]
        at_namespace_scope = all(kind == 'namespace' for kind in scopes)
        if char == '{':
            if at_namespace_scope:
                yield head, char
            scopes.append('namespace' if NAMESPACE_HEAD.search(head) else 'block')
        elif char == '}':
            if scopes:
                scopes.pop()
        elif at_namespace_scope:
            yield head, char
        start = index + 1


def defined_classes(text, namespaces):
    """The classes whose member functions this file defines out of line."""
    classes = set()
    for head, end in heads(text):
        match = DEFINITION.search(head)
        if match is None or '=' in head[:match.start()]:
            continue
        if end == ';' and not DEFAULTED.search(head):
            continue
        scope = [TEMPLATE_ARGS.sub('', part) for part in match.group(1).split('::') if part]
        while scope and scope[0] in namespaces:
            scope.pop(0)
        if scope:
            classes.add('::'.join(scope))
    return classes


def namespace_names(files):
    names = set()
    for text in files.values():
        for qualified in NAMESPACE_NAME.findall(text):
            names.update(qualified.split('::'))
    return names


def spread_classes(folder):
    """Class -> the .cpp files of `folder` that define its members, for each class in several."""
    files = {path.relative_to(source).as_posix(): stripped(path)
             for path in sorted((source / folder).rglob('*.cpp'))}
    namespaces = namespace_names(files)
    where = {}
    for name, text in files.items():
        for cls in defined_classes(text, namespaces):
            where.setdefault(cls, []).append(name)
    return {cls: names for cls, names in where.items() if len(names) > 1}


def problems():
    for folder in FOLDERS:
        if not (source / folder).is_dir():
            continue
        spread = spread_classes(folder)
        allowed = ALLOWED.get(folder, {})
        for cls, names in sorted(spread.items()):
            extra = [name for name in names if name not in allowed.get(cls, ())]
            if cls in allowed and not extra:
                print(f'allowed for now: {cls} in {", ".join(names)}')
            elif cls in allowed:
                yield f'{cls} spreads beyond its allowed files into {", ".join(extra)}'
            else:
                yield f'{cls} is defined in {len(names)} files: {", ".join(names)}'
        for cls in sorted(set(allowed) - set(spread)):
            yield f'{cls} is one file again: remove it from ALLOWED["{folder}"]'


found = list(problems())
for problem in found:
    print(problem)
print(f'{len(found)} class file problem(s)' if found else 'every class is defined in one .cpp')
sys.exit(1 if found else 0)
