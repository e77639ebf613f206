#!/usr/bin/env python3
"""Lists the dates stage's errors against a gold set, paired exactly as score.py pairs them
(overlap 0.5, then value), and counts them by kind:

    python3 Scripts/dates/diff_dates.py GOLD_DIR PRED.jsonl [--kind miss|spurious|value|span]

Kinds: `miss` (a gold date with no prediction), `spurious` (a prediction with no gold date),
`value` (paired, wrong value; subdivided by the shape of the two values), `span` (paired,
right value, boundaries differ: not counted by the scorer, listed for inspection).
Standard library only.
"""
import argparse, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_pairs import gold_documents, load_score  # noqa: E402


def value_kind(gold, pred):
    """A coarse reason for a wrong value, from the two values' shapes."""
    day = re.compile(r"^\d{4}-\d{2}-\d{2}")
    if gold.startswith("P") != pred.startswith("P"):
        return "duration-vs-point"
    if gold.startswith("P"):
        return "duration"
    if gold.endswith("_REF") or pred.endswith("_REF"):
        return "reference"
    if day.match(gold) and day.match(pred):
        if gold[:10] != pred[:10]:
            return "day-shift"
        return "time-of-day"
    if len(gold) != len(pred) or gold[:4] != pred[:4]:
        return "granularity-or-year"
    return "other"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("pred")
    parser.add_argument("--kind")
    args = parser.parse_args()
    score = load_score()
    preds = score.load_pred(args.pred)
    counts = {}
    for gold, doc in gold_documents(args.gold, preds):
        body = doc.get("text", "")
        g = []
        for item in gold.get("dates", []):
            span = score.find(body, item["text"], item.get("occurrence", 0))
            if span is not None:
                g.append((span, item))
        p = [((d["start"], d["end"]), d) for d in doc.get("dates", [])]
        pairs = score.match(g, p, 0.5)
        paired_g = {i for i, _ in pairs}
        paired_p = {j for _, j in pairs}
        rows = []
        for i, (span, item) in enumerate(g):
            if i not in paired_g:
                rows.append(("miss", span, f"{item['text']!r} {item.get('value')}"))
        for j, (span, item) in enumerate(p):
            if j not in paired_p:
                rows.append(("spurious", span, f"{body[span[0]:span[1]]!r} {item.get('value')}"))
        for i, j in pairs:
            gv, pv = g[i][1].get("value", ""), str(p[j][1].get("value", ""))
            ok = pv == gv or (re.fullmatch(r"\d{4}-\d{2}", gv) is not None and pv.startswith(gv))
            ps = p[j][0]
            if not ok:
                kind = "value:" + value_kind(gv, pv)
                rows.append((kind, g[i][0], f"{g[i][1]['text']!r} gold {gv} pred {body[ps[0]:ps[1]]!r} {pv}"))
            elif g[i][0] != ps:
                rows.append(("span", g[i][0], f"{g[i][1]['text']!r} pred {body[ps[0]:ps[1]]!r}"))
        for kind, span, text in sorted(rows, key=lambda r: r[1]):
            counts[kind] = counts.get(kind, 0) + 1
            if args.kind is None or kind.startswith(args.kind):
                context = body[max(0, span[0] - 70):span[1] + 40].replace("\n", " ")
                print(f"{gold['id']} [{kind}] {text}\n    … {context} …")
    for kind, count in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"{count:5d} {kind}", file=sys.stderr)


if __name__ == "__main__":
    main()
