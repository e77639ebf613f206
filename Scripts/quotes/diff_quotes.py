#!/usr/bin/env python3
"""List the quotes Parole misses, adds or attributes wrongly, per document.

  python3 Scripts/quotes/diff_quotes.py --gold DIR --pred FILE.jsonl [--only miss,spurious,speaker,type]

Pairs gold and predicted quotes as `../shared/tools/score.py` does (trimmed spans, greedy
one-to-one by overlap, IoU >= 0.5) and prints, per document:
  MISS      a gold quote no prediction matches (gold text, type, speakers, cue)
  SPURIOUS  a prediction no gold quote matches (predicted text, type, speaker, cue)
  SPEAKER   a matched pair whose speaker is wrong (both speakers)
  TYPE      a matched pair whose type differs (informative only: the scorer ignores types)
A count per kind closes the listing. Standard library only.
"""
import argparse, os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_pairs import SCORE, gold_documents, load_score, quote_pairs


def short(text, width):
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def speaker_text(sp):
    if not sp:
        return "∅"
    text, canonical = sp.get("text") or "", sp.get("canonical") or ""
    return text if not canonical or canonical == text else f"{text} → {canonical}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", required=True)
    parser.add_argument("--pred", required=True)
    parser.add_argument("--score", default=SCORE, help="path to score.py")
    parser.add_argument("--only", default="miss,spurious,speaker,type")
    parser.add_argument("--width", type=int, default=160)
    args = parser.parse_args()
    score = load_score(args.score)
    kinds = set(args.only.split(","))
    preds = score.load_pred(args.pred)
    counts = {"miss": 0, "spurious": 0, "speaker": 0, "type": 0}
    for gold, doc in gold_documents(args.gold, preds):
        body = doc.get("text", "")
        quotes = gold.get("quotes", [])
        g, p, pairs = quote_pairs(score, gold, doc)
        g = [(span, quotes[index]) for span, index in g]
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        lines = []
        for i, (span, item) in enumerate(g):
            if i not in matched_g:
                counts["miss"] += 1
                if "miss" in kinds:
                    lines.append((span[0], f"  MISS     [{item.get('type')}] cue={item.get('cue')} spk={item.get('speaker')}\n"
                                           f"           {short(body[span[0]:span[1]], args.width)}"))
        for j, (span, q) in enumerate(p):
            if j not in matched_p:
                counts["spurious"] += 1
                if "spurious" in kinds:
                    cue = (q.get("cue") or {}).get("lemma")
                    lines.append((span[0], f"  SPURIOUS [{q.get('type')}] cue={cue} spk={speaker_text(q.get('speaker'))}\n"
                                           f"           {short(body[span[0]:span[1]], args.width)}"))
        for i, j in pairs:
            (gspan, item), (pspan, q) = g[i], p[j]
            if not score.speaker_ok(item.get("speaker", []), q.get("speaker")):
                counts["speaker"] += 1
                if "speaker" in kinds:
                    lines.append((gspan[0], f"  SPEAKER  [{item.get('type')}] gold={item.get('speaker')} pred={speaker_text(q.get('speaker'))}\n"
                                            f"           {short(body[gspan[0]:gspan[1]], args.width)}"))
            if item.get("type") != q.get("type"):
                counts["type"] += 1
                if "type" in kinds:
                    lines.append((gspan[0], f"  TYPE     gold={item.get('type')} pred={q.get('type')}\n"
                                            f"           {short(body[gspan[0]:gspan[1]], args.width)}"))
        if lines:
            print(f"== {gold['id']}")
            for _, line in sorted(lines, key=lambda x: x[0]):
                print(line)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    sys.exit(main())
