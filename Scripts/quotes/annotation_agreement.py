#!/usr/bin/env python3
"""Scores a second, independent annotation of a set against its gold exactly as
`../shared/tools/score.py gold` scores Parole: the second annotation is turned into the
JSON lines `parole analyze` writes (each span found in the text as score.py finds it; a
quote's speaker is the second annotator's first alias; a missing span is reported), so the
figures read as the agreement of two annotators, an upper bound to aim at.

    python3 Scripts/quotes/annotation_agreement.py --gold Evaluation/real-15/gold \
        --corpus Evaluation/real-15/corpus --second DIR [--json]

DIR holds the second annotator's `<id>.json` files, in the gold format; only the gold files
with a second annotation are scored. Standard library only.
"""
import argparse, json, os, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_pairs import load_score  # noqa: E402


def as_prediction(score, raw, second):
    """The second annotation of one article as a `parole analyze` document."""
    body = score.body_of(raw)[0]
    missing = []

    def span(item):
        found = score.find(body, item["text"], item.get("occurrence", 0))
        if found is None:
            missing.append(item["text"][:50])
        return found

    quotes, entities, dates = [], [], []
    for item in second.get("quotes", []):
        if (found := span(item)) is not None:
            aliases = item.get("speaker") or []
            speaker = {"text": aliases[0]} if aliases else None
            quotes.append({"start": found[0], "end": found[1], "type": item.get("type"), "speaker": speaker})
    for item in second.get("entities", []):
        if (found := span(item)) is not None:
            entities.append({"start": found[0], "end": found[1], "label": item["label"]})
    for item in second.get("dates", []):
        if (found := span(item)) is not None:
            dates.append({"start": found[0], "end": found[1], "value": item.get("value", "")})
    document = {"id": second["id"], "text": body, "quotes": quotes, "entities": entities, "dates": dates}
    return document, missing


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--second", required=True)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    score = load_score()
    seconds = sorted(name for name in os.listdir(args.second) if name.endswith(".json"))
    if not seconds:
        sys.exit(f"no second annotation in {args.second}")
    with tempfile.TemporaryDirectory() as scratch:
        gold_dir = os.path.join(scratch, "gold")
        os.makedirs(gold_dir)
        pred = os.path.join(scratch, "second.jsonl")
        with open(pred, "w", encoding="utf-8") as out:
            for name in seconds:
                second = json.load(open(os.path.join(args.second, name), encoding="utf-8"))
                raw = open(os.path.join(args.corpus, second["id"] + ".txt"), encoding="utf-8").read()
                document, missing = as_prediction(score, raw, second)
                for text in missing:
                    print(f"{second['id']}: second annotation's span not in the text: {text!r}", file=sys.stderr)
                out.write(json.dumps(document, ensure_ascii=False) + "\n")
                gold = os.path.join(args.gold, name)
                os.symlink(os.path.abspath(gold), os.path.join(gold_dir, name))
        result = score.score_gold(gold_dir, pred)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key}: {json.dumps(value, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
