#!/usr/bin/env python3
"""Trains Parole's part-of-speech tagger (an averaged perceptron over hashed features) and
its lemma table on UD French treebanks, and writes Resources/models/tagger.bin.

Usage: python3 Scripts/tagger/train_tagger.py [--ud ../shared/data/ud] [--epochs 10]
           [--out Resources/models/tagger.bin] [--check FILE.conllu ...]

Training files (never the test files): Sequoia train, GSD dev, ParisStories train and dev,
Rhapsodie train and dev. --check scores UPOS and lemma on gold tokens of other files.
Multi-word tokens (du = de + le, au, aux, des) become one token tagged with their first
part (du: ADP, lemma de), as Parole's tokenizer keeps them whole.

Output layout (little-endian): a text header of `#` lines ended by an empty line, then
  "PTAG", u32 version (1), u32 hash bits, u32 classes (17), u32 row count n,
  n x (u32 bucket, classes x float16 weights)          the weights of used buckets
  u32 m, m x (u16 len, utf8 form, u8 upos, u16 len, utf8 lemma)   the UD lemma table
Weights are pruned below 0.005 in every class. The --check lemmas follow the Swift stage
except its ending rules for unknown words (Resources/lexicons/lemma-suffixes.txt), so they
run slightly below `parole eval`. Standard library only.
"""
import argparse
import collections
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tagger_features import UPOS, UPOS_INDEX, START_TAG, Token, features, norm  # noqa: E402

TRAIN = ["UD_French-Sequoia/fr_sequoia-ud-train.conllu", "UD_French-GSD/fr_gsd-ud-dev.conllu",
         "UD_French-ParisStories/fr_parisstories-ud-train.conllu",
         "UD_French-ParisStories/fr_parisstories-ud-dev.conllu",
         "UD_French-Rhapsodie/fr_rhapsodie-ud-train.conllu", "UD_French-Rhapsodie/fr_rhapsodie-ud-dev.conllu"]
LEXICON_CLASSES = ["ADJ", "ADP", "ADV", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PRON", "PROPN", "SCONJ", "VERB"]


def read_conllu(path):
    """Runs of ten sentences as lists of (form, upos, lemma): the tagger reads running text."""
    docs, doc = [], []
    skip_until = 0
    sentences = 0
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            skip_until = 0
            sentences += 1
            if sentences % 10 == 0 and doc:
                docs.append(doc)
                doc = []
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        if "." in c[0]:
            continue
        if "-" in c[0]:
            a, b = map(int, c[0].split("-"))
            skip_until = b
            pending = [c[1], None, None, a]
            doc.append(pending)
            continue
        i = int(c[0])
        if i <= skip_until:
            if doc and doc[-1][3] == i and doc[-1][1] is None:
                doc[-1][1], doc[-1][2] = c[3], c[2]
            continue
        doc.append([c[1], c[3], c[2], i])
    if doc:
        docs.append(doc)
    return [[(f, u, l) for f, u, l, _ in d] for d in docs]


def load_lexicon(path):
    tags, paradigms, forms = {}, {}, collections.defaultdict(set)
    lemmas = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if f[0] == "T" and len(f) == 3:
            tags[int(f[1])] = f[2].split("|")[0]
        elif f[0] == "P" and len(f) == 3:
            paradigms[int(f[1])] = [(int(a), b, int(c)) for a, b, c in (x.split(",") for x in f[2].split(" "))]
        else:
            lemma = f[0]
            for s, a, t in paradigms[int(f[1])]:
                form = lemma[: len(lemma) - s] + a
                cls = tags[t]
                forms[form].add(cls)
                lemmas[(form, cls)].append(lemma)
    return forms, lemmas


class Lexicon:
    def __init__(self, path):
        self.forms, self.lemmas = load_lexicon(path)
        self.cache = {}

    def mask(self, form):
        return sum(1 << UPOS_INDEX[c] for c in self.forms.get(form, ()))

    def amb(self, form):
        exact = form.replace("\u2019", "'")
        lower = norm(form)
        return self.mask(exact) | ((self.mask(lower) if lower != exact else 0) << 17)

    def token(self, form):
        t = self.cache.get(form)
        if t is None:
            t = self.cache[form] = Token(form, self.amb(form))
        return t


class Perceptron:
    def __init__(self, bits):
        self.mask = (1 << bits) - 1
        self.n = len(UPOS)
        self.w, self.totals, self.stamps = {}, {}, {}
        self.i = 0

    def scores(self, feats):
        s = [0.0] * self.n
        for f in feats:
            row = self.w.get(f & self.mask)
            if row:
                for c in range(self.n):
                    s[c] += row[c]
        return s

    def predict(self, feats):
        s = self.scores(feats)
        return max(range(self.n), key=lambda c: (s[c], -c))

    def update(self, truth, guess, feats):
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            b = f & self.mask
            row = self.w.get(b)
            if row is None:
                row = self.w[b] = [0.0] * self.n
                self.totals[b] = [0.0] * self.n
                self.stamps[b] = [0] * self.n
            for c, v in ((truth, 1.0), (guess, -1.0)):
                self.totals[b][c] += (self.i - self.stamps[b][c]) * row[c]
                self.stamps[b][c] = self.i
                row[c] += v

    def average(self):
        for b, row in self.w.items():
            for c in range(self.n):
                total = self.totals[b][c] + (self.i - self.stamps[b][c]) * row[c]
                row[c] = total / self.i


def tag_doc(model, toks):
    prev, prev2, out = START_TAG, START_TAG, []
    for i in range(len(toks)):
        g = model.predict(features(toks, i, prev, prev2))
        out.append(g)
        prev2, prev = prev, g
    return out


def lemma_of(form, upos, ud_table, lexicon):
    n = norm(form)
    hit = ud_table.get((n, upos))
    if hit is not None:
        return hit
    if upos == "PROPN":
        return form
    if upos in ("PUNCT", "SYM", "NUM"):
        return form
    cls = "VERB" if upos == "AUX" else upos
    for f in (form.replace("\u2019", "'"), n):
        lemmas = lexicon.lemmas.get((f, cls))
        if lemmas:
            return min(lemmas, key=lambda l: (l != l.lower(), l))
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ud", default="../shared/data/ud")
    ap.add_argument("--lexicon", default="Resources/lexicons/french-forms.txt")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--bits", type=int, default=19)
    ap.add_argument("--out", default="Resources/models/tagger.bin")
    ap.add_argument("--check", nargs="*", default=[])
    args = ap.parse_args()
    lexicon = Lexicon(args.lexicon)
    docs = []
    for name in TRAIN:
        docs += read_conllu(os.path.join(args.ud, name))
    print(f"{sum(map(len, docs))} training tokens in {len(docs)} documents", file=sys.stderr)
    counts = collections.defaultdict(collections.Counter)
    for d in docs:
        for f, u, l in d:
            counts[(norm(f), u)][l if u == "PROPN" else l] += 1
    ud_table = {}
    for key, c in counts.items():
        lemma, k = c.most_common(1)[0]
        if key[1] != "PROPN" and k >= 1:
            ud_table[key] = lemma
    data = [([lexicon.token(f) for f, _, _ in d], [UPOS_INDEX[u] for _, u, _ in d]) for d in docs]
    model = Perceptron(args.bits)
    rng = random.Random(7)
    for epoch in range(args.epochs):
        rng.shuffle(data)
        right = total = 0
        for toks, gold in data:
            prev, prev2 = START_TAG, START_TAG
            for i in range(len(toks)):
                feats = features(toks, i, prev, prev2)
                g = model.predict(feats)
                model.update(gold[i], g, feats)
                right += g == gold[i]
                total += 1
                prev2, prev = prev, gold[i]
        print(f"epoch {epoch + 1}: {100 * right / total:.2f}", file=sys.stderr)
    model.average()
    for path in args.check:
        right = lright = total = 0
        errs = collections.Counter()
        for d in read_conllu(path):
            toks = [lexicon.token(f) for f, _, _ in d]
            for (f, u, l), g in zip(d, tag_doc(model, toks)):
                total += 1
                right += UPOS[g] == u
                lem = lemma_of(f, UPOS[g], ud_table, lexicon)
                lright += lem == l
                if lem != l and UPOS[g] == u:
                    errs[(f, u, l, lem)] += 1
        print(f"{path}: UPOS {100 * right / total:.2f} lemma {100 * lright / total:.2f} ({total} tokens)",
              file=sys.stderr)
        if os.environ.get("SHOW_ERRORS"):
            print(errs.most_common(40), file=sys.stderr)
    write(args, model, ud_table)


def write(args, model, ud_table):
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    rows = sorted((b, row) for b, row in model.w.items() if any(abs(v) >= 0.005 for v in row))
    with open(args.out, "wb") as out:
        header = ("# Parole part-of-speech tagger: averaged perceptron weights (float16, hashed features,"
                  " see Scripts/tagger/tagger_features.py) and a form+UPOS -> lemma table.\n"
                  "# Trained on UD French treebanks (CC BY-SA 4.0 / LGPL-LR, see ../shared/data/ud): "
                  + ", ".join(TRAIN) + "\n"
                  f"# Generated by: python3 Scripts/tagger/train_tagger.py --epochs {args.epochs} --bits {args.bits}\n\n")
        out.write(header.encode("utf-8"))
        out.write(b"PTAG")
        out.write(struct.pack("<IIII", 1, args.bits, len(UPOS), len(rows)))
        for b, row in rows:
            out.write(struct.pack("<I", b))
            out.write(struct.pack("<" + "e" * len(UPOS), *row))
        items = sorted(ud_table.items())
        out.write(struct.pack("<I", len(items)))
        for (form, upos), lemma in items:
            fb, lb = form.encode("utf-8"), lemma.encode("utf-8")
            out.write(struct.pack("<H", len(fb)) + fb + struct.pack("<B", UPOS_INDEX[upos])
                      + struct.pack("<H", len(lb)) + lb)
    print(f"{len(rows)} weight rows, {len(items)} lemmas -> {args.out} ({os.path.getsize(args.out)} bytes)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
