#!/usr/bin/env python3
"""Speaker kind and gender accuracy against the hand annotation of the Wikinews quotes.

  python3 Scripts/quotes/speaker_attributes.py --pred FILE.jsonl
      [--gold ../shared/gold/wikinews] [--speakers Evaluation/speakers/wikinews.json] [--errors] [--json]

Pairs gold and predicted quotes as `../shared/tools/score.py` does (trimmed spans, greedy
one-to-one by overlap, IoU >= 0.5), then compares the predicted `speaker.kind` and
`speaker.gender` (`null` when there is no speaker) with the annotation of the gold quote
(`Evaluation/speakers/wikinews.json`, one entry per gold quote by `id` and `index`).
Kind accuracy is over the matched quotes whose gold quote has a speaker; gender accuracy
over every matched quote. `--errors` lists the disagreements. Standard library only.
"""
import argparse, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_pairs import ROOT, SCORE, SHARED, gold_documents, load_score, quote_pairs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pred", required=True)
    parser.add_argument("--gold", default=os.path.join(SHARED, "gold", "wikinews"))
    parser.add_argument("--speakers", default=os.path.join(ROOT, "Evaluation", "speakers", "wikinews.json"))
    parser.add_argument("--score", default=SCORE)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    score = load_score(args.score)
    preds = score.load_pred(args.pred)
    annotation = {(a["id"], a["index"]): a for a in json.load(open(args.speakers, encoding="utf-8"))}
    kind_ok = kind_n = gender_ok = gender_n = matched = 0
    errors = []
    for gold, doc in gold_documents(args.gold, preds):
        g, p, pairs = quote_pairs(score, gold, doc)
        for i, j in pairs:
            entry = annotation.get((gold["id"], g[i][1]))
            if entry is None:
                continue
            matched += 1
            speaker = p[j][1].get("speaker") or {}
            kind, gender = speaker.get("kind"), speaker.get("gender")
            if entry["kind"] is not None:
                kind_n += 1
                kind_ok += kind == entry["kind"]
            gender_n += 1
            gender_ok += gender == entry["gender"]
            if kind != entry["kind"] and entry["kind"] is not None or gender != entry["gender"]:
                errors.append(
                    f"{gold['id']}#{g[i][1]}: kind {kind} (gold {entry['kind']}), gender {gender} "
                    f"(gold {entry['gender']}); speaker {speaker.get('text')!r}; evidence {entry['evidence']!r}")
    result = {
        "matched": matched,
        "annotated": len(annotation),
        "kind_accuracy": round(100 * kind_ok / kind_n, 1) if kind_n else 0.0,
        "kind": [kind_ok, kind_n],
        "gender_accuracy": round(100 * gender_ok / gender_n, 1) if gender_n else 0.0,
        "gender": [gender_ok, gender_n],
    }
    if args.errors:
        print("\n".join(errors), file=sys.stderr)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"matched quotes {matched} of {len(annotation)} annotated")
        print(f"kind accuracy   {result['kind_accuracy']}% ({kind_ok}/{kind_n})")
        print(f"gender accuracy {result['gender_accuracy']}% ({gender_ok}/{gender_n})")


if __name__ == "__main__":
    main()
