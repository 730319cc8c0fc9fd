#!/usr/bin/env python3
"""Every catalogue in translations/ is complete: every entry translated, with its placeholders.

lupdate marks a new or changed source string "unfinished", and lrelease leaves such entries out
of the .qm file, so the user sees English in a German or Arabic interface. This fails on the
first such entry, on an empty translation, and on a translation that drops or adds a %1 or %n.

    check_catalogues.py TRANSLATIONS_DIR
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ElementTree

PLACEHOLDER = re.compile(r'%(?:\d+|n)')


def forms(translation):
    """The texts of a translation: its numerus forms, or its one text."""
    numerus = translation.findall('numerusform')
    return [form.text or '' for form in numerus] if numerus else [translation.text or '']


def problems(ts_file):
    root = ElementTree.parse(ts_file).getroot()
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            translation = message.find('translation')
            where = f'{ts_file.name}: {name}: "{source}"'
            if translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
                yield f'{where} is {translation.get("type")}'
                continue
            expected = set(PLACEHOLDER.findall(source))
            for text in forms(translation):
                if not text.strip() and source.strip():
                    yield f'{where} has an empty translation'
                elif message.get('numerus') != 'yes' and set(PLACEHOLDER.findall(text)) != expected:
                    yield f'{where}: "{text}" has other placeholders'


def main():
    catalogues = sorted(pathlib.Path(sys.argv[1]).glob('*.ts'))
    if not catalogues:
        print(f'no .ts files in {sys.argv[1]}')
        return 1
    found = [problem for ts_file in catalogues for problem in problems(ts_file)]
    for problem in found:
        print(problem)
    print(f'{len(catalogues)} catalogues, {len(found)} problems')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main())
