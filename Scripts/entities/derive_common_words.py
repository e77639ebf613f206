#!/usr/bin/env python3
"""Derive Resources/lexicons/entities-common-words.txt from the UD French treebanks.

The entities stage uses this list to tell a capitalised common word (a sentence-initial
`Davantage`, `Proposition`, `Si`) from a name, and the part of speech to see adjectives
(`Union européenne`) and verbs (where a name stops).

Every word form that the treebanks tag with a part of speech other than PROPN, X, SYM,
NUM or PUNCT is written lowercased, with its most frequent tag. Forms tagged PROPN at
least as often as anything else are left out (`France`, `Paris`).

Usage (from the repository root):
    python3 Scripts/entities/derive_common_words.py ../shared/data/ud > Resources/lexicons/entities-common-words.txt
"""
import collections
import glob
import os
import sys
import unicodedata

SKIP = {"PROPN", "X", "SYM", "NUM", "PUNCT"}


def main(root):
    tags = collections.defaultdict(collections.Counter)
    files = sorted(glob.glob(os.path.join(root, "UD_French-*", "*.conllu")))
    for path in files:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if not line or line[0] == "#" or line == "\n":
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 4 or "-" in cols[0] or "." in cols[0]:
                    continue
                form = unicodedata.normalize("NFC", cols[1]).replace("\u2019", "'")
                tags[form.lower()][cols[3]] += 1
    out = []
    for form, counter in tags.items():
        if not any(c.isalpha() for c in form) or "_" in form:
            continue
        propn = counter.get("PROPN", 0)
        best, count = max(((t, n) for t, n in counter.items() if t not in SKIP), default=(None, 0), key=lambda x: x[1])
        if best is None or propn >= count:
            continue
        out.append((form, best))
    out.sort()
    names = ", ".join(os.path.basename(os.path.dirname(p)) for p in files[::3])
    print("# Common French word forms (lowercased) with their most frequent UD part of speech.")
    print("# Derived by Scripts/entities/derive_common_words.py from the Universal Dependencies")
    print("# French treebanks GSD, ParisStories, Rhapsodie (CC BY-SA 4.0) and Sequoia (LGPL-LR),")
    print("# as stored in ../shared/data/ud; this derived list is shared under CC BY-SA 4.0.")
    print("# Forms tagged PROPN as often as anything else are excluded.")
    for form, tag in out:
        print(f"{form}\t{tag}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ud")
