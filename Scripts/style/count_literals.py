#!/usr/bin/env python3
"""Counts the French word literals left in the Swift of the stage modules (issue 10: French
word lists belong in Resources/lexicons, not in code).

  python3 Scripts/style/count_literals.py [--files] [--list] [--max N]

A literal counts when, outside comments, it is a string literal of two or more lowercase
letters (apostrophes, hyphens and spaces allowed: `"de"`, `"d'"`, `"nord-est"`, `"jusqu'a"`,
`"saint-"`) and it is a French word: a form of the French dictionary (`Resources/lexicons/french-forms.txt`),
or its parts are, or it is the first field of a row of any other file of `Resources/lexicons`
(the lists of words Parole keeps: `von`, `st`, folded keys such as `pres`). Resource names,
option keys, rule names and other identifiers (`entities-cues`, `speaker-ranker`) are not
French words and do not count; nor do the identifiers that happen to be spelled as French
words (a lexicon's class codes, a model's feature names, option keys), listed with the
reason by file in Scripts/style/literal-identifiers.txt. `--max N` exits 1 when more than N
are left.
"""
import argparse, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from swift_lexing import pieces  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODULES = ["ParoleQuotes", "ParoleEntities", "ParoleDates"]
LEXICONS = os.path.join(ROOT, "Resources", "lexicons")
IDENTIFIERS = os.path.join(ROOT, "Scripts", "style", "literal-identifiers.txt")
WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœæ'’ -]{2,}")


def fold(word):
    """Lowercase without accents, as the stages' folding keys."""
    table = str.maketrans("àâäçéèêëîïôöûùüÿ’", "aaaceeeeiioouuuy'")
    return word.lower().translate(table)


def french_words():
    """The folded forms of french-forms.txt and the first fields of every other lexicon."""
    words, paradigms = set(), {}
    for name in sorted(os.listdir(LEXICONS)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(LEXICONS, name), encoding="utf-8") as handle:
            for line in handle:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                fields = line.split("\t")
                if name != "french-forms.txt":
                    words.add(fold(fields[0].strip()))
                elif fields[0] == "P" and len(fields) == 3:
                    paradigms[fields[1]] = [cell.split(",")[:2] for cell in fields[2].split(" ")]
                elif len(fields) == 2:
                    lemma = fields[0]
                    for strip, add in paradigms.get(fields[1], []):
                        stem = lemma[: len(lemma) - int(strip)] if int(strip) else lemma
                        words.add(fold(stem + add))
    return words


def identifiers():
    """(path, literal) pairs that are identifiers, from literal-identifiers.txt."""
    pairs = set()
    for line in open(IDENTIFIERS, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            path, literal = line.rstrip("\n").split("\t")[:2]
            pairs.add((path, literal))
    return pairs


def literals(path):
    """(line number, text) of every string literal outside comments."""
    state = {"block": False}
    return [
        (number, text)
        for number, line in enumerate(open(path, encoding="utf-8"), 1)
        for kind, text in pieces(line, state)
        if kind == "string"
    ]


def is_french(text, words):
    if not WORD.fullmatch(text):
        return False
    key = fold(text).strip("- ")  # `saint-` as a prefix is `saint`

    def known(word):  # an elided word is known by its full form: `d'` is `de`, `qu'` is `que`
        return word in words or (word.endswith("'") and word[:-1] + "e" in words)

    if known(key):
        return True
    parts = [part for part in re.split(r"(?<=')|[ -]", key) if part]
    return len(parts) > 1 and all(known(part) for part in parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", action="store_true", help="also print the count of every file")
    parser.add_argument("--list", action="store_true", help="print every literal counted")
    parser.add_argument("--max", type=int, help="exit 1 when more literals than this are left")
    args = parser.parse_args()
    words = french_words()
    skipped = identifiers()
    total = 0
    for module in MODULES:
        per_file = {}
        for folder, _, names in os.walk(os.path.join(ROOT, "Sources", module)):
            for name in sorted(names):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(folder, name)
                relative = os.path.relpath(path, ROOT)
                hits = [
                    (line, text)
                    for line, text in literals(path)
                    if (relative, text) not in skipped and is_french(text, words)
                ]
                if hits:
                    per_file[relative] = hits
        count = sum(len(hits) for hits in per_file.values())
        total += count
        print(f"{module}: {count}")
        for path, hits in sorted(per_file.items(), key=lambda item: (-len(item[1]), item[0])):
            if args.files or args.list:
                print(f"  {len(hits):4d} {path}")
            if args.list:
                for line, text in hits:
                    print(f"         {path}:{line}: \"{text}\"")
    print(f"total: {total}")
    if args.max is not None and total > args.max:
        print(f"error: {total} French word literals in {', '.join(MODULES)}; at most {args.max}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
