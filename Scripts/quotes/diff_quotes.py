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
import argparse, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "tools", "score.py"))


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
    for name in sorted(os.listdir(args.gold)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(args.gold, name), encoding="utf-8"))
        doc = preds.get(gold["id"], {"text": "", "quotes": []})
        body = doc.get("text", "")
        g = []
        for item in gold.get("quotes", []):
            span = score.find(body, item["text"], item.get("occurrence", 0))
            if span is not None:
                g.append((score.trim(body, *span), item))
        p = [(score.trim(body, q["start"], q["end"]), q) for q in doc.get("quotes", [])]
        pairs = score.match(g, p, 0.5)
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
