#!/usr/bin/env python3
"""Lists the sentence boundaries Parole misses or adds on a UD treebank, with the
documents built as `score.py ud` builds them (N sentences joined by one space).

    python3 Scripts/segmentation/sentence_errors.py ../shared/data/ud/UD_French-Sequoia/fr_sequoia-ud-dev.conllu
    python3 Scripts/segmentation/sentence_errors.py FILE --stages tokenize,sentences,morphology --context 40

Each line: `MISSED` (a gold boundary Parole did not make) or `EXTRA` (a boundary it made
that gold lacks), then the text around it with `⟂` at the boundary. Ends with the counts
and the sentence F1 of score.py. Needs a release build. Standard library only; for
development on train/dev files (never tune on test files).
"""
import argparse, json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_pairs import ROOT, load_score  # noqa: E402

PAROLE = os.path.join(ROOT, ".build", "release", "parole")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("conllu")
    parser.add_argument("--per-doc", type=int, default=20)
    parser.add_argument("--stages", default="tokenize,sentences")
    parser.add_argument("--context", type=int, default=50)
    parser.add_argument("--only", choices=["missed", "extra"])
    args = parser.parse_args()
    score = load_score()
    docs = score.ud_docs(args.conllu, args.per_doc)
    with tempfile.TemporaryDirectory() as scratch:
        for did, body, _, _ in docs:
            open(os.path.join(scratch, did + ".txt"), "w", encoding="utf-8").write(body)
        out = subprocess.run([PAROLE, "analyze", scratch, "--stages", args.stages, "--format", "jsonl", "--quiet"],
                             capture_output=True, text=True, check=True).stdout
    preds = {}
    for line in out.splitlines():
        document = json.loads(line)
        preds[document["id"]] = document
    missed = extra = 0
    for did, body, _, gold_sentences in docs:
        pred = preds.get(did, {})
        gold_starts = {s for s, _ in gold_sentences[1:]}
        pred_starts = set()
        for sentence in pred.get("sentences", [])[1:]:
            start, _ = score.trim(body, sentence["start"], sentence["end"], " \t\n")
            pred_starts.add(start)
        for kind, offsets in (("MISSED", gold_starts - pred_starts), ("EXTRA", pred_starts - gold_starts)):
            if args.only and args.only.upper() != kind:
                continue
            for offset in sorted(offsets):
                left = body[max(0, offset - args.context):offset].replace("\n", " ")
                right = body[offset:offset + args.context].replace("\n", " ")
                print(f"{kind:6} {did} {left:>{args.context}}⟂{right}")
                if kind == "MISSED":
                    missed += 1
                else:
                    extra += 1
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        handle.write(out)
    result = score.score_ud(args.conllu, handle.name, args.per_doc)
    os.unlink(handle.name)
    print(f"missed {missed}, extra {extra}; sentences {json.dumps(result['sentences'])}")


if __name__ == "__main__":
    main()
