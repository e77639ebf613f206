#!/usr/bin/env python3
"""Checks the layout rules of issue 16: no source or test folder holds more than 15 Swift
files, and no function, initialiser or closure-free body is longer than 80 lines.

  python3 Scripts/style/check_layout.py [--list] [--max-files 15] [--max-lines 80]

A function's length runs from its declaration line to its closing brace, comments and
blank lines included (what a reader scrolls through). Braces inside string literals and
comments are ignored. Functions listed in Scripts/style/long-functions.txt (one
`path function-name` per line, to be emptied) are reported but do not fail the check;
any other long function or crowded folder makes it exit 1, and so does a listed function
that is no longer long (so that the list only shrinks).
"""
import argparse, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from swift_lexing import pieces  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ALLOWED = os.path.join(ROOT, "Scripts", "style", "long-functions.txt")
DECLARATION = re.compile(
    r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*(?:(?:public|package|private|fileprivate|internal|open|static|class|"
    r"final|override|mutating|nonmutating|nonisolated|convenience|required|@inlinable|@usableFromInline)\s+)*"
    r"(func\s+([^\s(<]+)|(init)[?!]?\s*[(<]|(deinit)\b|(subscript)\s*[(<])")


def code_of(line, state):
    """The line without string literals and comments; `state` carries an open block comment."""
    return "".join(text for kind, text in pieces(line, state) if kind == "code")


def functions(path):
    """(name, first line, length) of every function body in a Swift file."""
    lines = open(path, encoding="utf-8").read().split("\n")
    state = {"block": False}
    code = [code_of(line, state) for line in lines]
    found = []
    for start, line in enumerate(code):
        match = DECLARATION.match(line)
        if not match:
            continue
        name = match.group(2) or match.group(3) or match.group(4) or match.group(5)
        depth, opened = 0, False
        for end in range(start, min(len(code), start + 2000)):
            depth += code[end].count("{") - code[end].count("}")
            opened = opened or "{" in code[end]
            if opened and depth <= 0:
                found.append((name, start + 1, end - start + 1))
                break
            if not opened and (end > start + 20 or (end > start and DECLARATION.match(code[end]))):
                break  # a protocol requirement: no body
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="print every long function, listed or not")
    parser.add_argument("--max-files", type=int, default=15)
    parser.add_argument("--max-lines", type=int, default=80)
    args = parser.parse_args()
    allowed = set()
    if os.path.exists(ALLOWED):
        for row in open(ALLOWED, encoding="utf-8"):
            row = row.split("#")[0].strip()
            if row:
                allowed.add(tuple(row.split()))
    failures, listed_long = [], set()
    for top in ("Sources", "Tests"):
        for folder, _, files in os.walk(os.path.join(ROOT, top)):
            swift = sorted(f for f in files if f.endswith(".swift"))
            relative_folder = os.path.relpath(folder, ROOT)
            if len(swift) > args.max_files:
                failures.append(f"{relative_folder}: {len(swift)} Swift files (at most {args.max_files})")
            for file in swift:
                path = os.path.join(folder, file)
                relative = os.path.relpath(path, ROOT)
                for name, line, length in functions(path):
                    if length <= args.max_lines:
                        continue
                    message = f"{relative}:{line}: {name} is {length} lines (at most {args.max_lines})"
                    if (relative, name) in allowed:
                        listed_long.add((relative, name))
                        if args.list:
                            print("listed:", message)
                    else:
                        failures.append(message)
    for relative, name in sorted(allowed - listed_long):
        failures.append(f"{relative}: {name} is listed in {os.path.relpath(ALLOWED, ROOT)} but no longer long: "
                        "remove it from the list")
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"layout: {len(failures)} problem(s), {len(listed_long)} listed long function(s) left")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
