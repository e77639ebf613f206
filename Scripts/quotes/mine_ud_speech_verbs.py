#!/usr/bin/env python3
"""Mine the UD French training treebanks for verbs that govern a reported clause.

  python3 Scripts/quotes/mine_ud_speech_verbs.py [--min 2] [--missing | --unattested]

Reads the training files only (`../shared/data/ud/*/*-train.conllu`; never dev or test)
and counts, per verb lemma:
  que   a `ccomp` clause opened by `que` (a `mark` child with lemma `que`): dit que ...
  inf   an infinitive (`xcomp` or `ccomp`) with no marker: affirme avoir ...
  de    an infinitive (`xcomp` or `ccomp`) opened by `de`/`d'`: promet de ...
and compares them with `Resources/lexicons/quotes-speech-verbs.txt`:
  --missing     lemmas with at least --min `que` clauses that the inventory lacks
  --unattested  inventory lemmas with the `que` frame and no `que` clause in the treebanks
  --frames      inventory lemmas with a `que`, `inf` or `de` use in the treebanks that
                their row lacks
  --examples    one treebank sentence per listed lemma
Without either, prints every lemma with its counts. Standard library only.
"""
import argparse, collections, glob, os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
UD = os.path.join(ROOT, "..", "shared", "data", "ud")
LEXICON = os.path.join(ROOT, "Resources", "lexicons", "quotes-speech-verbs.txt")


def sentences(path):
    """Yield each sentence of a CoNLL-U file as a list of its word rows (no ranges)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield rows
                rows = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    rows.append(cols)
    if rows:
        yield rows


def count(paths):
    """Count, per verb lemma, its `que` clauses, bare infinitives and `de` infinitives."""
    counts = collections.defaultdict(collections.Counter)
    examples = {}
    for path in paths:
        for rows in sentences(path):
            children = collections.defaultdict(list)
            for r in rows:
                children[r[6]].append(r)
            for r in rows:
                rel = r[7].split(":")[0]
                if rel not in ("ccomp", "xcomp"):
                    continue
                head = rows[int(r[6]) - 1] if r[6] != "0" else None
                if head is None or head[3] != "VERB":
                    continue
                marks = [c[2].lower() for c in children[r[0]] if c[7] == "mark"]
                lemma = head[2].lower()
                if rel == "ccomp" and "que" in marks:
                    frame = "que"
                elif "VerbForm=Inf" in r[5]:
                    frame = "de" if "de" in marks else ("inf" if not marks else None)
                else:
                    frame = None
                if frame:
                    counts[lemma][frame] += 1
                    examples.setdefault((lemma, frame), " ".join(w[1] for w in rows))
    return counts, examples


def inventory():
    """The inventory's lemmas (pronominal marker dropped) with their frames."""
    lemmas = {}
    with open(LEXICON, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            lemma, frames = line.rstrip("\n").split("\t")
            for prefix in ("se ", "s'"):
                if lemma.startswith(prefix):
                    lemma = lemma[len(prefix):]
            lemmas.setdefault(lemma, set()).update(frames.split(","))
    return lemmas


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min", type=int, default=2)
    ap.add_argument("--missing", action="store_true")
    ap.add_argument("--unattested", action="store_true")
    ap.add_argument("--frames", action="store_true")
    ap.add_argument("--examples", action="store_true")
    args = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(UD, "*", "*-train.conllu")))
    counts, examples = count(paths)
    known = inventory()
    if args.unattested:
        for lemma in sorted(known):
            if "que" in known[lemma] and counts[lemma]["que"] == 0:
                c = counts[lemma]
                print(f"{lemma}\tque=0 inf={c['inf']} de={c['de']}")
        return
    if args.frames:
        for lemma in sorted(known):
            c = counts.get(lemma, collections.Counter())
            lacking = [f for f in ("que", "inf", "de") if c[f] and f not in known[lemma]]
            if lacking:
                print(f"{lemma}\tlacks {','.join(lacking)}\tque={c['que']} inf={c['inf']} de={c['de']}")
                if args.examples:
                    print("    " + examples[(lemma, lacking[0])][:200])
        return
    rows = sorted(counts.items(), key=lambda kv: -kv[1]["que"])
    for lemma, c in rows:
        if args.missing and (lemma in known or c["que"] < args.min):
            continue
        if not args.missing and not c["que"]:
            continue
        print(f"{lemma}\tque={c['que']} inf={c['inf']} de={c['de']}")
        if args.examples and (lemma, "que") in examples:
            print("    " + examples[(lemma, "que")][:200])


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        pass
