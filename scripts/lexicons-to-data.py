#!/usr/bin/env python3
"""Moves a lexicon rule's entries out of its Rust file into its data file (NAME.lexicon.json beside it).

For each rule file under src/engine/rules/<principle>/ (or the files named on the command line) that still holds a
`const NAME: Lexicon = Lexicon { entries: &[flag(..), swap(..), aimed(..), block(..)] }`, this writes the entries, in
order, to NAME.lexicon.json (each `//` comment becomes the `note` of the entry after it), keeps the `examples` and
`counterexamples` an existing data file gives a phrase, and rewrites the rule file to name its data file
(`lexicon: "NAME.lexicon.json"`). A file already converted is left alone, so it can be re-run after a merge that
brings back Rust entries.

Usage: scripts/lexicons-to-data.py [RULE_FILE.rs ...]
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "src" / "engine" / "rules"
KINDS = {"flag": 1, "swap": 2, "aimed": 1, "block": 1}
# Fields in the order they are written.
FIELDS = ("note", "phrase", "replacement", "aimed", "blocks", "examples", "counterexamples")
WIDTH = 120


class ConvertError(Exception):
    pass


def unescape(body: str, where: str) -> str:
    """The value of a Rust string literal's body."""
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        nxt = body[i + 1]
        simple = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}
        if nxt in simple:
            out.append(simple[nxt])
            i += 2
        elif nxt == "u":
            close = body.index("}", i)
            out.append(chr(int(body[i + 3 : close].replace("_", ""), 16)))
            i = close + 1
        elif nxt == "x":
            out.append(chr(int(body[i + 2 : i + 4], 16)))
            i += 4
        else:
            raise ConvertError(f"{where}: unsupported escape \\{nxt}")
    return "".join(out)


TOKEN = re.compile(r'\s+|//[^\n]*|"(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_]*|.', re.S)


def tokens(text: str):
    for match in TOKEN.finditer(text):
        token = match.group(0)
        if not token.isspace():
            yield token


def parse_entries(body: str, where: str) -> list:
    """The entries of the text between `entries: &[` and its `]`."""
    entries = []
    note = []
    stream = list(tokens(body))
    i = 0
    while i < len(stream):
        token = stream[i]
        if token.startswith("//"):
            note.append(token[2:].strip())
            i += 1
            continue
        if token == ",":
            i += 1
            continue
        if token not in KINDS or stream[i + 1] != "(":
            raise ConvertError(f"{where}: expected flag(..), swap(..), aimed(..) or block(..), found {token!r}")
        args = []
        j = i + 2
        while stream[j] != ")":
            if stream[j] != ",":
                if not stream[j].startswith('"'):
                    raise ConvertError(f"{where}: {token}(..) takes string literals, found {stream[j]!r}")
                args.append(unescape(stream[j][1:-1], where))
            j += 1
        if len(args) != KINDS[token]:
            raise ConvertError(f"{where}: {token}(..) takes {KINDS[token]} string(s), found {len(args)}")
        entry = {}
        if note:
            entry["note"] = " ".join(note)
            note = []
        entry["phrase"] = args[0]
        if token == "swap":
            entry["replacement"] = args[1]
        if token == "aimed":
            entry["aimed"] = True
        if token == "block":
            entry["blocks"] = True
        entries.append(entry)
        i = j + 1
    if note:
        raise ConvertError(f"{where}: a comment after the last entry has no entry to be the note of")
    return entries


def dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def render(entries: list) -> str:
    """The data file: one entry a line where it fits, else one field a line (a list's texts one a line if need be)."""
    lines = []
    for entry in entries:
        fields = [(key, entry[key]) for key in FIELDS if key in entry]
        one = "    { " + ", ".join(f"{dump(key)}: {dump(value)}" for key, value in fields) + " }"
        if len(one) + 1 <= WIDTH:
            lines.append(one)
            continue
        parts = []
        for key, value in fields:
            line = f"      {dump(key)}: {dump(value)}"
            if isinstance(value, list) and len(line) + 1 > WIDTH:
                items = ",\n".join(f"        {dump(item)}" for item in value)
                parts.append(f"      {dump(key)}: [\n{items}\n      ]")
            else:
                parts.append(line)
        lines.append("    {\n" + ",\n".join(parts) + "\n    }")
    return '{\n  "entries": [\n' + ",\n".join(lines) + "\n  ]\n}\n"


def convert(path: Path) -> bool:
    source = path.read_text()
    const = re.search(r"(?:///[^\n]*\n)*const ([A-Z0-9_]+): Lexicon = Lexicon \{", source)
    if not const:
        return False
    where = str(path.relative_to(ROOT))
    name = const.group(1)
    open_bracket = source.index("entries: &[", const.end()) + len("entries: &")
    depth = 0
    in_string = False
    close = None
    k = open_bracket
    while k < len(source):
        c = source[k]
        if in_string:
            if c == "\\":
                k += 2
                continue
            if c == '"':
                in_string = False
        elif source.startswith("//", k):
            k = source.index("\n", k)
            continue
        elif c == '"':
            in_string = True
        elif c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                close = k
                break
        k += 1
    if close is None:
        raise ConvertError(f"{where}: {name}'s entries have no closing ]")
    end = re.compile(r"\s*,?\s*\}\s*;\n").match(source, close + 1)
    if not end:
        raise ConvertError(f"{where}: {name} does not end with `}};` after its entries")
    entries = parse_entries(source[open_bracket + 1 : close], where)

    data_path = path.with_name(path.stem + ".lexicon.json")
    if data_path.exists():
        kept = {}
        for old in json.loads(data_path.read_text())["entries"]:
            tests = {key: old[key] for key in ("examples", "counterexamples") if key in old}
            if tests:
                kept.setdefault(old["phrase"], tests)
        for entry in entries:
            entry.update(kept.get(entry["phrase"], {}))
    data_path.write_text(render(entries))

    rest = source[: const.start()] + source[end.end() :]
    rest = re.sub(r"\n\n\n+", "\n\n", rest)
    hook = f"lexicon: {name},"
    if hook not in rest:
        raise ConvertError(f"{where}: the declaration does not say `{hook}`")
    rest = rest.replace(hook, f'lexicon: "{data_path.name}",')
    rest = re.sub(r"use super::Lexicon;\n", "", rest)
    rest = re.sub(r"use crate::engine::lexicon::(?:\{[^}]*\}|\w+);\n", "", rest)
    rest = re.sub(r"(//![^\n]*\n(?://![^\n]*\n)*)\n+declare_rule!", r"\1\ndeclare_rule!", rest)
    path.write_text(rest)
    print(f"{where}: {len(entries)} entries -> {data_path.relative_to(ROOT)}")
    return True


def main() -> int:
    files = [Path(arg).resolve() for arg in sys.argv[1:]] or sorted(RULES.glob("*/*.rs"))
    try:
        converted = sum(convert(path) for path in files)
    except ConvertError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{converted} rule file(s) converted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
