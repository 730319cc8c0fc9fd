#!/usr/bin/env python3
"""Each layer includes only what its target links (docs/architecture.md).

The include path alone cannot hold the line: Qt's headers share one root, and nlohmann/json and
sqlite3.h sit in /usr/include, so a Core file could include <QTcpSocket> and still compile.
This reads every #include of every layer's sources, finds which Qt module or FeedbackKit library
each one belongs to, and fails on the first one that the layer does not link.

    check_layers.py SOURCE_DIR QT_HEADERS_DIR
"""
import pathlib
import re
import sys

source = pathlib.Path(sys.argv[1])
qt_headers = pathlib.Path(sys.argv[2])

# layer folder -> (Qt modules, FeedbackKit libraries, other headers it may include)
LAYERS = {
    'core/src': ({'QtCore'}, {'core'}, {'nlohmann'}),
    'delivery/src': ({'QtCore', 'QtNetwork', 'QtSql'}, {'core', 'delivery'}, {'sqlite3.h'}),
    'widgets/src': ({'QtCore', 'QtGui', 'QtWidgets', 'QtSvg'}, {'core', 'delivery', 'widgets'},
                    set()),
    'quick/src': ({'QtCore', 'QtGui', 'QtQml', 'QtQuick'}, {'core', 'delivery', 'quick'},
                  set()),
}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def public_classes():
    """<FeedbackKit/Class> -> the library whose CMakeLists.txt declares it."""
    owners = {}
    for library in ('core', 'delivery', 'widgets', 'quick'):
        cmake = source / library / 'CMakeLists.txt'
        if cmake.exists():
            for name in re.findall(r'^\s+(\w+)=\S+\.h\s*$', cmake.read_text(), re.M):
                owners[name] = library
    for library in ('core', 'delivery', 'widgets', 'quick'):
        owners[f'feedbackkit_{library}_export.h'] = library
    return owners


def qt_module(header):
    """The Qt module whose folder holds <header>, or None when it is not a Qt header."""
    first = header.split('/')[0]
    if first.startswith('Qt') and (qt_headers / first).is_dir():
        return first
    for module in sorted(p.name for p in qt_headers.iterdir() if p.is_dir()):
        if (qt_headers / module / header).exists():
            return module
    return None


def problems():
    owners = public_classes()
    for folder, (modules, libraries, others) in LAYERS.items():
        for path in sorted((source / folder).rglob('*')):
            if path.suffix not in ('.h', '.cpp'):
                continue
            for kind, header in INCLUDE.findall(path.read_text()):
                closing = '>' if kind == '<' else '"'
                where = f'{path.relative_to(source)}: #include {kind}{header}{closing}'
                if header.startswith('FeedbackKit/'):
                    owner = owners.get(header.split('/', 1)[1])
                    if owner is None:
                        yield f'{where}: no FeedbackKit library declares it'
                    elif owner not in libraries:
                        yield f'{where}: {owner} is above {folder}'
                    continue
                if kind == '"':
                    if not (path.parent / header).exists() and not in_linked_private(header, libraries):
                        yield f'{where}: not a header of this layer or of a layer it links'
                    continue
                top = header.split('/')[0]
                if top in others or header in others:
                    continue
                module = qt_module(header)
                if module is not None and module not in modules:
                    yield f'{where}: {module} is not linked by {folder}'
                if module is None and (top == 'nlohmann' or header == 'sqlite3.h'):
                    yield f'{where}: {folder} does not link it'


def in_linked_private(header, libraries):
    """A private header of a layer below, reached through FeedbackKit::<Layer>Private."""
    for library in libraries:
        if list((source / library / 'src').rglob(pathlib.Path(header).name)):
            return True
    return False


found = list(problems())
for problem in found:
    print(problem)
print(f'{len(found)} layering problem(s)' if found else 'every layer includes only what it links')
sys.exit(1 if found else 0)
