#!/usr/bin/env python3
"""Count the quote boundary errors over the development sets, by what lies between the ends.

  python3 Scripts/quotes/boundary_errors.py [--binary .build/release/parole] [--sets real-1,…,wikinews]
                                            [--list] [--class CLASS] [--tails]

The scorer pairs a predicted and a gold quote only at IoU >= 0.5, so a span that is too long or
too short counts as a miss and a spurious quote. This script runs `parole analyze` with the
`morphology` stage added (the quotes are the same; the tokens then carry `upos` and `lemma`) on
each set's corpus, pairs quotes as `../shared/tools/score.py` does, and lists every boundary
error:
  * a gold quote matched by no prediction but overlapped by one, and
  * a prediction matched by no gold quote but overlapping one whose match is another prediction.
A prediction nested in a gold quote whose nested neighbour it matches (or the reverse: an
indirect clause and its partial fragment, one found and one not) is no boundary error; those are
counted apart (`nested-missed`, `nested-spurious`). Each boundary error is put in one class, named by where the ends differ and what the extra or missing words are:
  end-long:…    the prediction runs on past the gold end (the words after the gold end)
  end-short:…   the prediction stops before the gold end (the words it leaves out)
  start-long:…, start-short:…   the same at the start
  merge:…       one prediction covers two gold quotes (the words between them)
  split:…       a second prediction inside one gold quote (the words between the two pieces)
What the words are (from the first words of the stretch, by UPOS):
  circumstantial  a comma (or nothing) then a preposition-headed phrase or a time adverb
  main-clause     a comma or coordinator, then a subject and a finite verb of its own
  relative        a relative pronoun (`qui`, `dont`, `où`, …)
  coordination    a coordinating conjunction without a new subject
  incise          a speech verb of the cue's kind with its subject after the first words
  quote-mark      the stretch starts or ends at a quotation mark
  comma           a comma inside the content (end-short) / one clause more (end-long)
  colon, other
Prints the counts per class and per set; `--list` prints each error with its stretch.

`--tails` tests, before writing a rule, what a candidate end would do: in every predicted
indirect quote of the sets of `--sets` (by default the nine development sets and the seeds,
dev and written sets), each comma outside marks
followed by (a) a phrase led by a preposition other than `de`, or (b) a subject and a finite
verb (by UPOS), counted by whether the gold quote ends at that comma (`cut`: the rule would be
right), runs on past it (`keep`: the rule would be wrong) or neither (`none`). Kind (b) is
counted apart when the cue stands in a fronted dependent clause (`Après que X a dit que …, il
…`, `À l'opposition qui assure que …, le maire …`: a subordinating conjunction or `qui` before
the cue and no finite verb before it in the sentence), where the comma would close the fronted
clause. Also counted: (c) a comma then a finite verb with no subject (the verb of a subject
that a relative clause holding the cue interrupted), and (d) a clause-linking word inside the
span, outside marks and not at its start (a subordinating conjunction other than `que`, an
adverb or preposition before `que` such as `tandis que`, `alors que`, `sans que`, `mais`, `car`,
`selon`), by the word. Each kind also shows in how many sets the gold cuts there.
Standard library only.
"""
import argparse, json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_pairs import ROOT, SHARED, gold_documents, load_score, quote_pairs

SETS = [f"real-{i}" for i in range(1, 9)] + ["wikinews"]
TRACKED = ["seeds", "dev"] + [f"written-{i}" for i in range(1, 7)]
STAGES = "tokenize,sentences,morphology,entities,dates,quotes"
QUOTE_MARKS = set("«»\"“”‘’")
RELATIVE = {"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles",
            "auquel", "auxquels", "duquel"}
SUBJECT_UPOS = {"DET", "PROPN", "PRON", "NOUN"}


def set_dirs(name):
    if name in ("wikinews", "seeds", "dev"):
        return os.path.join(SHARED, "corpus", name), os.path.join(SHARED, "gold", name)
    base = os.path.join(ROOT, "Evaluation", name)
    return os.path.join(base, "corpus"), os.path.join(base, "gold")


def fail(message):
    print(f"boundary_errors.py: error: {message}", file=sys.stderr)
    sys.exit(2)


def check_inputs(binary, names):
    """Exits with a clear message when the binary or a set's corpus or gold folder is missing."""
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        fail(f"no executable {binary} (build it with `swift build -c release`, or pass --binary)")
    for name in names:
        for folder in set_dirs(name):
            if not os.path.isdir(folder):
                fail(f"set {name}: no folder {folder}")


def analyse(binary, corpus):
    run = subprocess.run([binary, "analyze", corpus, "--stages", STAGES, "--format", "jsonl", "--quiet"],
                         capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"`{binary} analyze {corpus}` exited with status {run.returncode}:\n{run.stderr.strip()}")
    if run.stderr.strip():
        print(run.stderr.rstrip(), file=sys.stderr)
    return {d["id"]: d for d in map(json.loads, filter(None, run.stdout.splitlines()))}


def words_in(doc, start, end):
    """The tokens whose start lies in [start, end)."""
    return [t for t in doc.get("tokens", []) if start <= t["start"] < end]


def finite(t):
    """A verb or auxiliary that is not an infinitive (its norm is its lemma), a participle or a
    gerund by its ending (`montre`, `entre` are finite; `montrer`, `entré`, `montrant` are not)."""
    if t.get("upos") not in ("VERB", "AUX"):
        return False
    w = t["norm"]
    if w == (t.get("lemma") or "").lower():
        return False
    return not (w.endswith("ant") or w.endswith(("é", "ée", "és", "ées")))


def has_clause(tokens):
    """A subject (determiner, name, pronoun) followed by a finite verb within the first eight words."""
    seen_subject = False
    for t in tokens[:8]:
        if t["kind"] == "punctuation" and t["text"] in ",;:":
            break
        if t.get("upos") in SUBJECT_UPOS:
            seen_subject = True
        elif finite(t) and seen_subject:
            return True
    return False


def has_incise(tokens):
    """A comma, then a verb with an inverted subject pronoun (`estime-t-il`) or a verb and its
    subject (`explique Sébastien Goudeau`), then a comma or an end mark: an incise."""
    for k, t in enumerate(tokens[:-1]):
        if t["text"] != ",":
            continue
        rest = tokens[k + 1:k + 9]
        if len(rest) > 1 and rest[1]["text"].startswith("-") or rest and "-t-" in rest[0]["text"]:
            return True
        if not rest or rest[0].get("upos") not in ("VERB", "AUX"):
            continue
        if any(r.get("upos") in ("PROPN", "NOUN") for r in rest[1:4]):
            return True
    return False


def kind_of(doc, start, end, side):
    """The class of the stretch [start, end) of the document's text."""
    body = doc["text"]
    if side == "end-long":
        # a closing mark the prediction runs past is not what decides: what follows it is
        while start < end and (body[start] in QUOTE_MARKS or body[start].isspace()):
            start += 1
    text = body[start:end].strip()
    if not text:
        return "other"
    if side in ("start-short", "start-long", "end-long") and has_incise(words_in(doc, start, end)):
        return "incise"
    if text[0] in QUOTE_MARKS or text[-1] in QUOTE_MARKS or side in ("end-short", "start-short") and (
            any(c in QUOTE_MARKS for c in text[:2])):
        if side != "merge":
            return "quote-mark"
    tokens = [t for t in words_in(doc, start, end) if t["text"] not in QUOTE_MARKS]
    if not tokens:
        return "other"
    lead = tokens[0]["text"]
    rest = tokens[1:] if lead in ",;:-–—()" else tokens
    if lead == ":":
        return "colon"
    if side in ("merge", "split"):
        # the words between two quotes: an incise holds a verb and its subject
        if any(t.get("upos") in ("VERB", "AUX") for t in tokens) and len(tokens) <= 12:
            return "incise"
        return "other"
    if side in ("end-short", "start-short") and lead == ",":
        return "comma"
    if not rest:
        return "other"
    first = rest[0]
    if first["norm"] in RELATIVE and first.get("upos") == "PRON":
        return "relative"
    if first.get("upos") == "CCONJ":
        return "main-clause" if has_clause(rest[1:]) else "coordination"
    if first.get("upos") == "ADP" or first.get("upos") == "ADV" and len(rest) > 1 and rest[1].get("upos") == "ADP":
        return "circumstantial"
    if lead == "," and any(t.get("upos") in ("VERB", "AUX") for t in rest[:4]) and \
            any(t.get("upos") in ("PRON", "PROPN") for t in rest[:5]) and first.get("upos") in ("VERB", "AUX"):
        return "incise"
    if has_clause(rest):
        return "main-clause"
    if lead == ",":
        return "comma"
    return "other"


def errors(score, gold, doc):
    """(class, gold text, predicted text, stretch) for each boundary error of one document."""
    body = doc.get("text", "")
    g, p, pairs = quote_pairs(score, gold, doc)
    by_g = {i: j for i, j in pairs}
    by_p = {j: i for i, j in pairs}
    out, nested = [], []

    def inside(a, b):
        return b[0] <= a[0] and a[1] <= b[1]

    def overlap(a, b):
        return max(0, min(a[1], b[1]) - max(a[0], b[0]))

    for i, (gs, _) in enumerate(g):
        if i in by_g:
            continue
        cands = [(overlap(gs, ps), j) for j, (ps, _) in enumerate(p) if overlap(gs, ps) > 0]
        if not cands:
            continue
        _, j = max(cands)
        ps = p[j][0]
        if j in by_p:
            other = g[by_p[j]][0]
            if inside(ps, gs) or inside(gs, ps):
                # a quote nested in another (an indirect clause and its partial fragment): the
                # prediction matches one of the two and the other has none; no boundary error
                nested.append(("nested-missed", body[gs[0]:gs[1]], body[ps[0]:ps[1]]))
                continue
            a, b = (gs, other) if gs[0] < other[0] else (other, gs)
            side, stretch = "merge", (a[1], b[0])
        elif ps[1] > gs[1] + 1:
            side, stretch = "end-long", (gs[1], ps[1])
        elif ps[1] < gs[1] - 1:
            side, stretch = "end-short", (ps[1], gs[1])
        elif ps[0] < gs[0] - 1:
            side, stretch = "start-long", (ps[0], gs[0])
        else:
            side, stretch = "start-short", (gs[0], ps[0])
        out.append((f"{side}:{kind_of(doc, *stretch, side)}", body[gs[0]:gs[1]], body[ps[0]:ps[1]],
                    body[stretch[0]:stretch[1]]))
    for j, (ps, _) in enumerate(p):
        if j in by_p:
            continue
        cands = [(overlap(gs, ps), i) for i, (gs, _) in enumerate(g) if overlap(gs, ps) > 0]
        if not cands:
            continue
        _, i = max(cands)
        if i not in by_g:
            continue  # counted from the gold side
        gs, other = g[i][0], p[by_g[i]][0]
        if not (inside(ps, gs) and inside(other, gs)):
            # a prediction around (or across) a quote that another prediction matches: an extra
            # wrapper (an indirect clause around a partial fragment), no boundary error
            nested.append(("nested-spurious", body[gs[0]:gs[1]], body[ps[0]:ps[1]]))
            continue
        a, b = (ps, other) if ps[0] < other[0] else (other, ps)
        stretch = (a[1], b[0]) if a[1] < b[0] else (ps[0], ps[0])
        out.append((f"split:{kind_of(doc, *stretch, 'split')}", body[gs[0]:gs[1]], body[ps[0]:ps[1]],
                    body[stretch[0]:stretch[1]]))
    return out, nested


LINKS = {"mais", "car", "selon"}


def fronted_cue(doc, cue_start):
    """Whether the cue stands in a fronted dependent clause: a subordinating conjunction or a
    relative `qui` comes before it in its sentence, and no finite verb before that word."""
    start = max((s["start"] for s in doc.get("sentences", []) if s["start"] <= cue_start), default=0)
    for t in doc.get("tokens", []):
        if t["start"] < start:
            continue
        if t["start"] >= cue_start or finite(t):
            return False
        if t.get("upos") == "SCONJ" or (t["norm"] == "qui" and t.get("upos") == "PRON"):
            return True
    return False


def tail_kind(rest, fronted):
    """The candidate end a comma before `rest` would be, or None."""
    if rest[0].get("upos") == "ADP" and rest[0]["norm"] not in ("de", "d'", "d’"):
        return "comma+preposition"
    if rest[0]["norm"] not in RELATIVE and has_clause(rest):
        return "fronted, comma+subject+verb" if fronted else "comma+subject+finite verb"
    if finite(rest[0]) or (rest[0]["norm"] in ("ne", "n'", "n’") and len(rest) > 1 and finite(rest[1])):
        return "comma+finite verb"
    return None


def tail_outcome(g, cut):
    if any(abs(ge - cut) <= 2 and gs < cut for (gs, ge), _ in g):
        return "cut"
    if any(ge > cut + 2 and gs < cut for (gs, ge), _ in g):
        return "keep"
    return "none"


def tails(score, gold, doc, counts, name):
    """Adds to `counts[(kind, outcome)]` the candidate ends of the document's indirect quotes, and
    `name` to `counts[(kind, "sets")]` when the gold quote ends there."""
    body, tokens = doc.get("text", ""), doc.get("tokens", [])
    g, _, _ = quote_pairs(score, gold, doc)
    for q in doc.get("quotes", []):
        if q.get("type") != "indirect":
            continue
        s, e = score.trim(body, q["start"], q["end"])
        inside, quoted = words_in(doc, s, e), False
        fronted = bool(q.get("cue")) and fronted_cue(doc, q["cue"]["start"])
        for k, t in enumerate(inside[:-1]):
            if t["text"] in QUOTE_MARKS:
                quoted = not quoted
            if quoted:
                continue
            if k and (t.get("upos") == "SCONJ" and t["norm"] not in RELATIVE or t["norm"] in LINKS):
                kind = f"link:{t['norm']}"
            elif k and t.get("upos") in ("ADV", "ADP") and inside[k + 1]["norm"] in ("que", "qu'", "qu’"):
                kind = f"link:{t['norm']} que"
            elif t["text"] == ",":
                kind = tail_kind(inside[k + 1:k + 8], fronted)
            else:
                kind = None
            if kind:
                outcome = tail_outcome(g, t["start"] - 1 if kind.startswith("link") else t["start"])
                counts[(kind, outcome)] = counts.get((kind, outcome), 0) + 1
                if outcome == "cut":
                    counts.setdefault((kind, "sets"), set()).add(name)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "parole"))
    parser.add_argument("--sets", default=None,
                        help="comma-separated sets (default: the nine; with --tails, also seeds, dev, written-*)")
    parser.add_argument("--list", action="store_true", help="print each error")
    parser.add_argument("--class", dest="only", default=None, help="list only this class (prefix)")
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    parser.add_argument("--tails", action="store_true", help="count what candidate ends would do (see above)")
    args = parser.parse_args()
    sets = args.sets.split(",") if args.sets else SETS + TRACKED if args.tails else SETS
    check_inputs(args.binary, sets)
    score = load_score()
    if args.tails:
        counts = {}
        for name in sets:
            corpus, gold_dir = set_dirs(name)
            for gold, doc in gold_documents(gold_dir, analyse(args.binary, corpus)):
                tails(score, gold, doc, counts, name)
        for kind in sorted({k for k, _ in counts}):
            cut_sets = len(counts.get((kind, "sets"), ()))
            print(f"{kind:30}" + "".join(f"  {o} {counts.get((kind, o), 0):3}" for o in ("cut", "keep", "none"))
                  + f"  cut in {cut_sets} sets")
        return
    table, others = {}, {}
    for name in sets:
        corpus, gold_dir = set_dirs(name)
        preds = analyse(args.binary, corpus)
        for gold, doc in gold_documents(gold_dir, preds):
            found, nested = errors(score, gold, doc)
            for cls, gtext, ptext in nested:
                others.setdefault(cls, {}).setdefault(name, 0)
                others[cls][name] += 1
                if args.list and args.only is not None and cls.startswith(args.only):
                    print(f"{name} {gold['id']} {cls}\n  gold: {' '.join(gtext.split())[:220]}\n"
                          f"  pred: {' '.join(ptext.split())[:220]}")
            for cls, gtext, ptext, stretch in found:
                table.setdefault(cls, {}).setdefault(name, 0)
                table[cls][name] += 1
                if args.list and (args.only is None or cls.startswith(args.only)):
                    print(f"{name} {gold['id']} {cls}\n  gold: {' '.join(gtext.split())[:220]}\n"
                          f"  pred: {' '.join(ptext.split())[:220]}\n  between: {' '.join(stretch.split())[:160]!r}")
    if args.json:
        print(json.dumps(table, ensure_ascii=False, sort_keys=True))
        return
    short = [s.replace("real-", "r") .replace("wikinews", "wn") for s in sets]
    print(f"{'class':32}" + "".join(f"{s:>5}" for s in short) + "  total  sets")
    totals = [0] * len(sets)
    for cls in sorted(table, key=lambda c: -sum(table[c].values())):
        row = [table[cls].get(s, 0) for s in sets]
        totals = [a + b for a, b in zip(totals, row)]
        print(f"{cls:32}" + "".join(f"{n:5}" for n in row) + f"{sum(row):7}{sum(1 for n in row if n):6}")
    print(f"{'all':32}" + "".join(f"{n:5}" for n in totals) + f"{sum(totals):7}")
    print("not boundary errors (a nested quote missed or added while its neighbour matches):")
    for cls in sorted(others):
        row = [others[cls].get(s, 0) for s in sets]
        print(f"{cls:32}" + "".join(f"{n:5}" for n in row) + f"{sum(row):7}{sum(1 for n in row if n):6}")


if __name__ == "__main__":
    main()
