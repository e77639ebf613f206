#!/usr/bin/env python3
"""Score direct speech on the French novels of AADS (deezer/aads_french, ACL 2023).

The corpus (`aggregated_corpus.json`) gives, for each chapter, its text and the
character spans of its direct speech (« » quotations and dialogue turns opened by a
dash), split into train/val/test. This script scores the `direct` quotes of
`parole analyze` against the spans of one split.

Matching. Both gold and predicted spans are first trimmed, at both ends, of white
space, quotation marks (« » " “ ” ' ‘ ’), dialogue dashes (— – -) and the punctuation
. , ; : ! ? … (so `— « Eh bien ! »` and `Eh bien` are the same span). Then:
  - exact: a predicted span counts when it equals a gold span;
  - overlap: predicted and gold spans are paired one-to-one, best overlap first, when
    their intersection over union is at least 0.5 (as `../shared/tools/score.py` pairs quotes).
Precision, recall and F1 are given for both, over all chapters and per source corpus.

  python3 Scripts/quotes/novels_eval.py run [CORPUS.json] [--split test] [--parole PATH]
      convert the split to JSONL, run `parole analyze`, and score
  python3 Scripts/quotes/novels_eval.py convert CORPUS.json OUT.jsonl [--split test]
  python3 Scripts/quotes/novels_eval.py score CORPUS.json PRED.jsonl [--split test] [--json]

Standard library only.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "data", "quotes", "aads-french-direct-speech", "aggregated_corpus.json")
TRIM = " \t\r\n\u00a0\u202f«»\"“”'‘’—–-.,;:!?…"


def load(corpus_path, split):
    with open(corpus_path, encoding="utf-8") as handle:
        corpus = json.load(handle)
    return {name: doc for name, doc in sorted(corpus.items()) if doc.get("split") == split}


def convert(docs, out_path):
    with open(out_path, "w", encoding="utf-8") as out:
        for name, doc in docs.items():
            out.write(json.dumps({"id": name, "text": doc["text"]}, ensure_ascii=False) + "\n")


def trim(text, start, end):
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def iou(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def overlap_matches(gold, pred):
    """Greedy one-to-one pairing by best IoU >= 0.5; spans sorted by start for a sweep."""
    pairs = []
    pred_sorted = sorted(range(len(pred)), key=lambda j: pred[j][0])
    starts = [pred[j][0] for j in pred_sorted]
    import bisect
    for i, g in enumerate(gold):
        # predicted spans that can overlap g start before g ends
        hi = bisect.bisect_left(starts, g[1])
        for k in range(hi - 1, -1, -1):
            j = pred_sorted[k]
            p = pred[j]
            if p[1] <= g[0]:
                if g[0] - p[1] > 5000:
                    break
                continue
            score = iou(g, p)
            if score >= 0.5:
                pairs.append((score, i, j))
    pairs.sort(reverse=True)
    used_g, used_p, count = set(), set(), 0
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        count += 1
    return count


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f, 1), "tp": tp, "pred": n_pred, "gold": n_gold}


def score(docs, pred_path):
    preds = {}
    with open(pred_path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                preds[doc["id"]] = doc
    totals = {}
    for name, doc in docs.items():
        text = doc["text"]
        gold = [trim(text, s, e) for s, e in doc["labels"]]
        gold = [span for span in gold if span[0] < span[1]]
        pred_doc = preds.get(name, {"quotes": [], "text": text})
        if pred_doc.get("text", text) != text:
            print(f"warning: {name}: output text differs from the corpus text", file=sys.stderr)
        pred = [trim(text, q["start"], q["end"]) for q in pred_doc.get("quotes", []) if q.get("type") == "direct"]
        pred = [span for span in pred if span[0] < span[1]]
        exact = len(set(gold) & set(pred))
        overlap = overlap_matches(gold, pred)
        for key in ("all", doc.get("original_corpus", "?")):
            t = totals.setdefault(key, [0, 0, 0, 0])
            t[0] += exact
            t[1] += overlap
            t[2] += len(pred)
            t[3] += len(gold)
    return {
        key: {"exact": prf(t[0], t[2], t[3]), "overlap": prf(t[1], t[2], t[3])}
        for key, t in sorted(totals.items(), key=lambda item: (item[0] != "all", item[0]))
    }


def report(result, as_json):
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    for key, scores in result.items():
        e, o = scores["exact"], scores["overlap"]
        print(f"{key:14} exact P {e['p']:5} R {e['r']:5} F1 {e['f1']:5}   overlap P {o['p']:5} R {o['r']:5} F1 {o['f1']:5}"
              f"   (gold {e['gold']}, predicted {e['pred']})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["run", "convert", "score"])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--split", default="test")
    parser.add_argument("--parole", default=os.path.join(ROOT, ".build", "release", "parole"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.command == "convert":
        corpus, out = args.paths
        convert(load(corpus, args.split), out)
    elif args.command == "score":
        corpus, pred = args.paths
        report(score(load(corpus, args.split), pred), args.json)
    else:
        corpus = args.paths[0] if args.paths else DEFAULT_CORPUS
        docs = load(corpus, args.split)
        with tempfile.TemporaryDirectory() as work:
            source = os.path.join(work, "novels.jsonl")
            output = os.path.join(work, "quotes.jsonl")
            convert(docs, source)
            with open(output, "w", encoding="utf-8") as out:
                subprocess.run(
                    [args.parole, "analyze", source, "--format", "jsonl", "--stages", "tokenize,sentences,entities,quotes"],
                    stdout=out, check=True)
            report(score(docs, output), args.json)


if __name__ == "__main__":
    main()
