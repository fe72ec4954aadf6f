#!/usr/bin/env python3
"""Fails when a user-visible text in the desktop app bypasses tr().

Scans C++ files for calls that put text on screen (setText, setToolTip, addAction, QLabel(...),
QMessageBox::warning, ...) and reports each argument in a text position that is a bare string
literal (QStringLiteral("..."), u"...", "...", QLatin1String(...)) instead of tr(...).

A literal without any letter (a glyph such as "⚙", a separator " · ") is not language and
passes. A line that must show a fixed text (a product name, say) ends with the comment
`// tr-exempt: <why>`.

Usage: check-tr.py PATH...   (files or directories; exit 1 when anything bypasses tr())
"""
import pathlib
import re
import sys

# Call name -> argument positions that hold user-visible text. None: every argument.
TEXT_ARGUMENTS = {
    "setText": [0], "setWindowTitle": [0], "setToolTip": [0], "setPlaceholderText": [0],
    "setStatusTip": [0], "setWhatsThis": [0], "setTitle": [0], "setLabelText": [0],
    "setAccessibleName": [0], "setAccessibleDescription": [0], "setWindowIconText": [0],
    "setInformativeText": [0], "setDetailedText": [0], "setSpecialValueText": [0],
    "setSuffix": [0], "setPrefix": [0], "setButtonText": [1], "setOkButtonText": [0],
    "setCancelButtonText": [0], "setTabText": [1], "setTabToolTip": [1], "setItemText": [1],
    "addTab": [1], "insertTab": [2], "addItem": [0], "insertItem": [1], "addAction": [0, 1],
    "addMenu": [0, 1], "addRow": [0], "addSection": [0, 1], "showMessage": [0, 1],
    "setSubtitle": [0], "setHint": [0], "setNotice": [0], "showError": [0], "setMessage": [0],
    "setEmptyText": [0], "setHeaderText": [0],
    "QLabel": [0], "QPushButton": [0], "QCheckBox": [0], "QRadioButton": [0], "QGroupBox": [0],
    "QAction": [0, 1], "QMenu": [0], "QToolButton": [], "QCommandLinkButton": [0, 1],
    "information": [1, 2], "warning": [1, 2], "critical": [1, 2], "question": [1, 2],
    "about": [1, 2],
}
CALL = re.compile(r"\b(" + "|".join(TEXT_ARGUMENTS) + r")\s*\(")
EXEMPT = "// tr-exempt:"


def strip_comments(text):
    """Blanks comments (keeping line breaks and string literals) so positions stay put."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append("".join(c if c == "\n" else " " for c in text[i:end]))
            i = end
        elif text[i] == '"' or (text[i] == "'" and i + 2 < n):
            quote, j = text[i], i + 1
            while j < n and text[j] != quote:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def split_arguments(text, start):
    """Top-level arguments of the call whose '(' is at text[start - 1]."""
    args, depth, current, i = [], 0, [], start
    while i < len(text):
        c = text[i]
        if c == '"':
            j = i + 1
            while j < len(text) and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            current.append(text[i:j + 1])
            i = j + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                args.append("".join(current).strip())
                return args
            depth -= 1
        elif c == "," and depth == 0:
            args.append("".join(current).strip())
            current = []
            i += 1
            continue
        current.append(c)
        i += 1
    return args


# Calls whose string arguments are not shown as text: translated ones, and key sequences, icon
# names, URLs and colours.
TRANSLATED = re.compile(r"\b(tr|translate|qtTrId|QT_TR_NOOP|QT_TRANSLATE_NOOP|QKeySequence|"
                        r"QIcon|fromTheme|QUrl|QColor)\s*\(")


def without_translated_calls(argument):
    """The argument without the TRANSLATED calls (tr(...), QKeySequence(...), ...)."""
    while True:
        match = TRANSLATED.search(argument)
        if not match:
            return argument
        depth, i = 1, match.end()
        while i < len(argument) and depth:
            if argument[i] == '"':
                i += 1
                while i < len(argument) and argument[i] != '"':
                    i += 2 if argument[i] == "\\" else 1
            elif argument[i] == "(":
                depth += 1
            elif argument[i] == ")":
                depth -= 1
            i += 1
        argument = argument[:match.start()] + argument[i:]


def shows_untranslated_words(argument):
    """True when a string literal outside tr() holds words: letters once markup
    (<span style=...>), entities (&nbsp;) and placeholders (%1, %n) are taken out."""
    strings = re.findall(r'"((?:[^"\\]|\\.)*)"', without_translated_calls(argument))
    for text in strings:
        text = re.sub(r"<[^>]*>|&\w+;|%\d+|%n|\\[nt]", "", text)
        if re.search(r"[^\W\d_]", text):
            return True
    return False


def check_file(path):
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    code = strip_comments(raw)
    problems = []
    for match in CALL.finditer(code):
        name = match.group(1)
        positions = TEXT_ARGUMENTS[name]
        args = split_arguments(code, match.end())
        for position, argument in enumerate(args):
            if position not in positions:
                continue
            if not shows_untranslated_words(argument):
                continue
            line_number = code.count("\n", 0, match.start()) + 1
            call_lines = lines[line_number - 1:line_number - 1 + argument.count("\n") + 3]
            if any(EXEMPT in line for line in call_lines):
                continue
            problems.append((line_number, name, " ".join(argument.split())))
    return problems


def main(paths):
    files = []
    for name in paths:
        path = pathlib.Path(name)
        files += sorted(path.rglob("*.cpp")) + sorted(path.rglob("*.h")) if path.is_dir() else [path]
    count = 0
    for path in files:
        for line, call, argument in check_file(path):
            print(f"{path}:{line}: {call}() shows {argument} without tr()")
            count += 1
    if count:
        print(f"check-tr: {count} user-visible text(s) bypass tr()", file=sys.stderr)
        return 1
    print(f"check-tr: {len(files)} files, every user-visible text goes through tr()")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
