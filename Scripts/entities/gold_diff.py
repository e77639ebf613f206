#!/usr/bin/env python3
"""Every entity and date error of a `parole analyze --format jsonl` run against a gold set,
per document, grouped the way score.py counts them.

    python3 Scripts/entities/gold_diff.py --gold ../shared/gold/wikinews --pred run.jsonl
        [--only entities|dates] [--doc wn_03]

Entities (exact span and label): `LABEL` a predicted entity whose span is gold but whose
label differs; `MISS` a gold entity not predicted (with any overlapping prediction shown);
`SPUR` a prediction with no gold at its span. Dates (overlap >= 0.5, then value): `MISS`,
`SPUR`, `VALUE` (matched span, wrong value; gold and predicted values shown).
Uses ../shared/tools/score.py's own span finding and matching. Standard library only.
"""
import argparse, collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_pairs import gold_documents, load_score


def context(body, start, end, width=40):
    left = body[max(0, start - width):start].replace("\n", " ")
    right = body[end:end + width].replace("\n", " ")
    return f"…{left}[{body[start:end]}]{right}…"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", required=True)
    parser.add_argument("--pred", required=True)
    parser.add_argument("--only", choices=["entities", "dates"])
    parser.add_argument("--doc")
    parser.add_argument("--no-context", action="store_true")
    args = parser.parse_args()
    score = load_score()
    preds = score.load_pred(args.pred)
    counts = collections.Counter()
    for gold, doc in gold_documents(args.gold, preds):
        if args.doc and gold["id"] != args.doc:
            continue
        body = doc.get("text", "")
        lines = []

        def show(start, end):
            return "" if args.no_context else "  " + context(body, start, end)

        def spans(items):
            out = []
            for it in items:
                sp = score.find(body, it["text"], it.get("occurrence", 0))
                if sp is not None:
                    out.append((sp, it))
            return out

        if args.only in (None, "entities"):
            gold_entities = {sp: it["label"] for sp, it in spans(gold.get("entities", []))}
            pred_entities = {(e["start"], e["end"]): e.get("label") for e in doc.get("entities", [])}
            for sp, label in sorted(gold_entities.items()):
                if sp in pred_entities:
                    if pred_entities[sp] != label:
                        counts["ent LABEL"] += 1
                        lines.append(f"  ent LABEL {body[sp[0]:sp[1]]!r} gold {label} pred {pred_entities[sp]}" + show(*sp))
                    continue
                counts["ent MISS"] += 1
                near = [f"{body[p[0]:p[1]]!r}/{l}" for p, l in pred_entities.items() if p[0] < sp[1] and sp[0] < p[1]]
                lines.append(f"  ent MISS  {body[sp[0]:sp[1]]!r} {label}" + (f" ~ pred {', '.join(near)}" if near else "") + show(*sp))
            for sp, label in sorted(pred_entities.items()):
                if sp in gold_entities:
                    continue
                overlaps = any(g[0] < sp[1] and sp[0] < g[1] for g in gold_entities)
                counts["ent SPUR" + ("(overlap)" if overlaps else "")] += 1
                lines.append(f"  ent SPUR  {body[sp[0]:sp[1]]!r} {label}" + (" (overlaps gold)" if overlaps else "") + show(*sp))
        if args.only in (None, "dates"):
            g = spans(gold.get("dates", []))
            p = [((d["start"], d["end"]), d) for d in doc.get("dates", [])]
            m = score.match(g, p, 0.5)
            matched_g = {i for i, _ in m}
            matched_p = {j for _, j in m}
            for i, j in m:
                gv, pv = g[i][1].get("value", ""), str(p[j][1].get("value", ""))
                ok = pv == gv or (re.fullmatch(r"\d{4}-\d{2}", gv) is not None and pv.startswith(gv))
                if not ok:
                    counts["date VALUE"] += 1
                    sp = g[i][0]
                    lines.append(f"  date VALUE {body[sp[0]:sp[1]]!r} gold {gv} pred {pv} (pred span {body[p[j][0][0]:p[j][0][1]]!r})" + show(*sp))
            for i, (sp, it) in enumerate(g):
                if i not in matched_g:
                    counts["date MISS"] += 1
                    near = [f"{body[q[0]:q[1]]!r}={d.get('value')}" for q, d in p if q[0] < sp[1] and sp[0] < q[1]]
                    lines.append(f"  date MISS  {body[sp[0]:sp[1]]!r} {it.get('value')}" + (f" ~ pred {', '.join(near)}" if near else "") + show(*sp))
            for j, (sp, d) in enumerate(p):
                if j not in matched_p:
                    counts["date SPUR"] += 1
                    lines.append(f"  date SPUR  {body[sp[0]:sp[1]]!r} {d.get('value')}" + show(*sp))
        if lines:
            print(f"{gold['id']} ({gold.get('date', '')})")
            print("\n".join(lines))
    print("totals:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
