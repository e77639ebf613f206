#!/usr/bin/env python3
"""Check that every Swift example of README.md is the visible part of a snippet in
Snippets/ (which `swift build` compiles), white space aside. Package manifest lines
(`.package(…)`, `.target(…)`) are left out: they are checked by Examples/.

    python3 Scripts/dist/check_readme_snippets.py
"""
import os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def visible(path):
    shown, out = True, []
    for line in open(path, encoding="utf-8"):
        marker = line.strip()
        if marker == "// snippet.hide":
            shown = False
        elif marker == "// snippet.show":
            shown = True
        elif shown:
            out.append(line)
    return "".join(out)


def squeeze(text):
    return re.sub(r"\s+", "", text)


def main():
    folder = os.path.join(ROOT, "Snippets")
    snippets = [squeeze(visible(os.path.join(folder, name))) for name in sorted(os.listdir(folder)) if name.endswith(".swift")]
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    blocks = re.findall(r"```swift\n(.*?)```", readme, flags=re.S)
    blocks = [block for block in blocks if not block.lstrip().startswith(".package(")]
    missing = [block for block in blocks if not any(squeeze(block) in s for s in snippets)]
    for block in missing:
        print("README.md example not in Snippets/ (or changed since):\n" + block, file=sys.stderr, end="")
    print(f"check_readme_snippets: {len(blocks) - len(missing)} of {len(blocks)} README examples checked"
          + ("" if not missing else f", {len(missing)} not found"))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
