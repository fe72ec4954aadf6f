#!/usr/bin/env python3
"""Checks the translators' .ts files the way a reviewer would, so mistakes fail CI:

- no entry is unfinished, vanished or obsolete, and none is empty;
- plural (numerus) entries have exactly the forms the language needs, each showing %n;
- every placeholder of the source (%1, %2, ..., %n) is kept;
- a source with a keyboard mnemonic (&Language) keeps one in the translation;
- the file's language matches its name (confab_pt_BR.ts is pt_BR).

Usage: check-translations.py DIR_OR_TS_FILE...
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ElementTree

# Plural forms per language, as Qt's numerus rules have them.
PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "pt_BR": 2, "pt": 2, "it": 2, "nl": 2, "ja": 1,
                "zh_CN": 1, "ko": 1, "ru": 3, "pl": 3, "cs": 3, "uk": 3}
PLACEHOLDER = re.compile(r"%(\d+|n)")
MNEMONIC = re.compile(r"&(?!&)\w")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def check_text(where, source, translation, problems, need_n=False):
    if not translation.strip():
        problems.append(f"{where}: empty translation")
        return
    wanted = [p for p in placeholders(source) if p != "n" or need_n]
    have = [p for p in placeholders(translation) if p != "n" or need_n]
    if wanted != have:
        problems.append(f"{where}: placeholders {wanted} in the source, {have} in the translation")
    if MNEMONIC.search(source) and not MNEMONIC.search(translation):
        problems.append(f"{where}: the source has a mnemonic (&), the translation none")


def check_file(path):
    problems = []
    root = ElementTree.parse(path).getroot()
    language = root.get("language", "")
    expected = path.stem.removeprefix("confab_")
    if language != expected:
        problems.append(f"{path}: language is '{language}', the file name says '{expected}'")
    forms = PLURAL_FORMS.get(language)
    if forms is None:
        problems.append(f"{path}: add the plural form count of '{language}' to this script")
        forms = 0
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{path.name}: {name}: \"{source[:60]}\""
            translation = message.find("translation")
            if translation is None:
                problems.append(f"{where}: no translation element")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
                if len(texts) != forms:
                    problems.append(f"{where}: {len(texts)} plural forms, {language} has {forms}")
                for text in texts:
                    check_text(where, source, text, problems, need_n=True)
            else:
                check_text(where, source, translation.text or "", problems)
    return count, problems


def main(arguments):
    files = []
    for argument in arguments:
        path = pathlib.Path(argument)
        files += sorted(path.glob("confab_*.ts")) if path.is_dir() else [path]
    if not files:
        print("check-translations: no .ts files found", file=sys.stderr)
        return 1
    failed = False
    for path in files:
        count, problems = check_file(path)
        for problem in problems:
            print(problem)
        failed = failed or bool(problems)
        print(f"{path.name}: {count} messages, {len(problems)} problem(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
