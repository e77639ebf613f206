#!/usr/bin/env python3
"""Entity span errors by shape, counted per set: where a predicted name overlaps a gold name
but the spans differ, which way they differ (cut, run on, split, merged) and at what kind of
token the boundary falls.

    python3 Scripts/entities/span_errors.py --set real-1=run1.jsonl ... [--set wikinews=wn.jsonl]
        [--list SHAPE] [--markdown]

A set name `real-N` is read from Evaluation/real-N/gold and `wikinews` from
../shared/gold/wikinews; `NAME:GOLD_DIR=PRED.jsonl` names any other gold folder. Spans are
found and compared exactly as ../shared/tools/score.py does (exact span; labels ignored here).

Each group of overlapping gold and predicted names with at least one span mismatch is one
error, classified as:
- `cut-left`/`cut-right`/`cut-both`: one prediction inside one gold name, the gold name's
  missing part on that side; the kind is that of the missing token next to the prediction
  (`cut-left lowercase` for *tribunal de [Namur]*, `cut-right comma` for *[Département de la
  formation], de la culture*);
- `run-left`/`run-right`/`run-both`: one prediction over one gold name and more; the kind is
  that of the extra token next to the gold name (`run-right capitalized` for *[Gouvernement]
  Nathalie*);
- `split`: several predictions inside one gold name; the kind is that of the first token
  between two of them (`split apostrophe` for *[Michaël Goblet] d’[Alviella]*);
- `merged`: one prediction over several gold names; the kind is that of the first token
  between two of them;
- `crossing`/`mixed`: the rest.
Token kinds: comma, apostrophe (an elided *d’ l’ N'*), hyphen, particle (*de du des la le
les l à au aux*), lowercase, capitalized, caps (all capitals, two letters or more), number,
quote, period, bracket, other. Standard library only.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_pairs import ROOT, SHARED, gold_documents, load_score

TOKEN = re.compile(r"\b\w{1,2}['’]|\w+|[^\w\s]")
PARTICLES = {"de", "du", "des", "la", "le", "les", "l", "à", "au", "aux", "et", "d"}
QUOTES = set("«»“”‘’\"„")


def kind(token):
    """The kind of one token (see the module comment)."""
    if token == ",":
        return "comma"
    if token[-1] in "'’" and len(token) > 1:
        return "apostrophe"
    if token in "-‑–":
        return "hyphen"
    if token in QUOTES or token == "'":
        return "quote"
    if token == ".":
        return "period"
    if token in "()[]":
        return "bracket"
    if token.isdigit():
        return "number"
    if token.lower() in PARTICLES:
        return "particle"
    if token[0].isalpha():
        if token.isupper() and len(token) > 1:
            return "caps"
        return "capitalized" if token[0].isupper() else "lowercase"
    return "other"


def first_kind(text, from_end=False):
    tokens = TOKEN.findall(text)
    if not tokens:
        return "space"
    return kind(tokens[-1] if from_end else tokens[0])


def classify(body, golds, preds):
    """(shape, kind) of one group of overlapping gold and predicted spans."""
    if len(golds) == 1 and len(preds) == 1:
        (gs, ge), (ps, pe) = golds[0], preds[0]
        if gs <= ps and pe <= ge:
            side = "both" if gs < ps and pe < ge else ("left" if gs < ps else "right")
            k = first_kind(body[gs:ps], from_end=True) if side != "right" else first_kind(body[pe:ge])
            return f"cut-{side}", k
        if ps <= gs and ge <= pe:
            side = "both" if ps < gs and ge < pe else ("left" if ps < gs else "right")
            k = first_kind(body[ps:gs], from_end=True) if side != "right" else first_kind(body[ge:pe])
            return f"run-{side}", k
        return "crossing", "-"
    if len(golds) == 1:
        gs, ge = golds[0]
        inside = sorted(p for p in preds if gs <= p[0] and p[1] <= ge)
        if len(inside) == len(preds):
            return "split", first_kind(body[inside[0][1]:inside[1][0]])
        return "mixed", "-"
    if len(preds) == 1:
        ps, pe = preds[0]
        inside = sorted(g for g in golds if ps <= g[0] and g[1] <= pe)
        if len(inside) == len(golds):
            return "merged", first_kind(body[inside[0][1]:inside[1][0]])
    return "mixed", "-"


def groups(gold_spans, pred_spans):
    """Connected groups of overlapping gold and predicted spans holding a mismatch."""
    items = [("g", s) for s in gold_spans] + [("p", s) for s in pred_spans]
    items.sort(key=lambda it: it[1])
    out, current, end = [], [], -1
    for item in items:
        if current and item[1][0] >= end:
            out.append(current)
            current = []
        current.append(item)
        end = max(end, item[1][1]) if len(current) > 1 else item[1][1]
    if current:
        out.append(current)
    for group in out:
        g = sorted({s for t, s in group if t == "g"})
        p = sorted({s for t, s in group if t == "p"})
        if g and p and g != p:
            yield g, p


def set_paths(spec):
    name, pred = spec.split("=", 1)
    if ":" in name:
        name, gold = name.split(":", 1)
    elif name == "wikinews":
        gold = os.path.join(SHARED, "gold", "wikinews")
    else:
        gold = os.path.join(ROOT, "Evaluation", name, "gold")
    return name, gold, pred


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", action="append", required=True, help="NAME[:GOLD_DIR]=PRED.jsonl")
    parser.add_argument("--list", help="print the errors of this shape (e.g. cut-right or cut-right:comma)")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    score = load_score()
    table = collections.defaultdict(collections.Counter)
    names = []
    for spec in args.set:
        name, gold_dir, pred_path = set_paths(spec)
        names.append(name)
        preds = score.load_pred(pred_path)
        for gold, doc in gold_documents(gold_dir, preds):
            body = doc.get("text", "")
            gold_spans = set()
            for item in gold.get("entities", []):
                span = score.find(body, item["text"], item.get("occurrence", 0))
                if span is not None:
                    gold_spans.add(span)
            pred_spans = {(e["start"], e["end"]) for e in doc.get("entities", [])}
            for g, p in groups(gold_spans, pred_spans):
                shape, k = classify(body, g, p)
                key = f"{shape}:{k}"
                table[key][name] += 1
                if args.list and (args.list == key or args.list == shape):
                    gold_text = " | ".join(body[s:e] for s, e in g)
                    pred_text = " | ".join(body[s:e] for s, e in p)
                    print(f"{name} {gold['id']} {key}: gold [{gold_text}] pred [{pred_text}]")
    if args.list:
        return
    keys = sorted(table, key=lambda k: (-sum(table[k].values()), k))
    sep = " | " if args.markdown else "  "
    header = ["shape:kind"] + names + ["total", "sets"]
    rows = [header]
    for k in keys:
        counts = [table[k][n] for n in names]
        rows.append([k] + [str(c) for c in counts] + [str(sum(counts)), str(sum(1 for c in counts if c))])
    totals = [sum(table[k][n] for k in keys) for n in names]
    rows.append(["all"] + [str(t) for t in totals] + [str(sum(totals)), ""])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for i, row in enumerate(rows):
        line = sep.join(c.ljust(widths[j]) if j == 0 else c.rjust(widths[j]) for j, c in enumerate(row))
        print(f"| {line} |" if args.markdown else line)
        if args.markdown and i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


if __name__ == "__main__":
    main()
