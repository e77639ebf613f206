#!/usr/bin/env python3
"""Error classes of quotes, speakers and entities counted over many gold sets at once, so
that a round can count a group over every development set before writing a rule for it.

    python3 Scripts/pooled_errors.py                       # real-* and Wikinews, counts per set
    python3 Scripts/pooled_errors.py --list speaker:other  # the cases of one class
    python3 Scripts/pooled_errors.py --sets real-9,wikinews --list entity:ORG>-

Each set is analysed by the release build (`parole analyze --format jsonl`) unless
`--pred DIR` holds `<set>.jsonl` files already. Spans are found and paired exactly as
`../shared/tools/score.py` does (through Scripts/gold_pairs.py). The sets named in
`Evaluation/blind-sets.txt` are left out unless `--sets` names them or `--blind` is given:
a blind set's cases are never listed while rules are being written.

Classes:
  quote:missed            a gold quote no prediction matches (`quote:missed:<type>` by type)
  quote:spurious          a prediction no gold quote matches
  speaker:ok              a matched quote whose speaker the scorer accepts
  speaker:other           the speaker is another person or thing
  speaker:overlap         the speaker overlaps a gold alias without equalling it
  speaker:none            no speaker where the gold names one
  speaker:extra           a speaker where the gold names none
  entity:ok               exact span and label
  entity:<G>><P>          exact span, gold label G, predicted P
  entity:<G>>-            a gold entity no prediction overlaps
  entity:-><P>            a prediction overlapping no gold entity
  entity:span             a gold entity overlapped by a prediction of another span
Standard library only.
"""
import argparse, collections, json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_pairs import ROOT, SHARED, blind_sets, gold_documents, load_score, quote_pairs  # noqa: E402

PAROLE = os.path.join(ROOT, ".build", "release", "parole")


def sets_available(include_blind=False):
    """Every real set of Evaluation/ (the blind ones only with `include_blind`) and, when
    ../shared is there, Wikinews: name → (gold, corpus)."""
    found = {}
    evaluation = os.path.join(ROOT, "Evaluation")
    blind = set() if include_blind else blind_sets()
    names = [n for n in os.listdir(evaluation) if n.startswith("real-") and n not in blind
             and os.path.isdir(os.path.join(evaluation, n, "gold"))]
    for name in sorted(names, key=lambda n: int(n.split("-")[1])):
        found[name] = (os.path.join(evaluation, name, "gold"), os.path.join(evaluation, name, "corpus"))
    if os.path.isdir(os.path.join(SHARED, "gold", "wikinews")):
        found["wikinews"] = (os.path.join(SHARED, "gold", "wikinews"), os.path.join(SHARED, "corpus", "wikinews"))
    return found


def predictions(name, corpus, pred_dir):
    """The set's predicted documents by id: from `pred_dir/<name>.jsonl`, or by running parole."""
    if pred_dir:
        lines = open(os.path.join(pred_dir, name + ".jsonl"), encoding="utf-8").read().splitlines()
    else:
        if not os.path.exists(PAROLE):
            sys.exit("pooled_errors: no release build; run `swift build -c release` or pass --pred DIR")
        files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(".txt"))
        result = subprocess.run([PAROLE, "analyze", "--format", "jsonl", "--quiet", *files], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"pooled_errors: parole analyze failed on {name}:\n{result.stderr}")
        lines = result.stdout.splitlines()
    docs = (json.loads(line) for line in lines if line.strip())
    return {doc["id"]: doc for doc in docs}


def speaker_class(score, aliases, speaker):
    if score.speaker_ok(aliases, speaker):
        return "ok"
    named = bool(speaker and (speaker.get("text") or speaker.get("canonical")))
    if not aliases:
        return "extra"
    if not named:
        return "none"
    folded = [score.fold(a) for a in aliases]
    for key in ("text", "canonical"):
        value = score.fold(speaker.get(key) or "")
        if value and any(value in a or a in value for a in folded):
            return "overlap"
    return "other"


def quote_errors(score, gold, doc, emit):
    g, p, pairs = quote_pairs(score, gold, doc)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    items = gold.get("quotes", [])
    for i, (span, index) in enumerate(g):
        if i not in matched_gold:
            item = items[index]
            emit("quote:missed", f"{item.get('type')} [{item['text'][:90]}]")
            emit(f"quote:missed:{item.get('type')}", f"[{item['text'][:90]}]")
    for j, (span, quote) in enumerate(p):
        if j not in matched_pred:
            emit("quote:spurious", f"{quote.get('type')} [{doc['text'][span[0]:span[1]][:90]}]")
    for i, j in pairs:
        item = items[g[i][1]]
        speaker = p[j][1].get("speaker")
        kind = speaker_class(score, item.get("speaker", []), speaker)
        shown = (speaker or {}).get("canonical") or (speaker or {}).get("text")
        emit(f"speaker:{kind}", f"gold {item.get('speaker', [])[:2]} pred {shown!r} [{item['text'][:60]}]")


def entity_errors(score, gold, doc, emit):
    body = doc.get("text", "")
    gold_spans = {}
    for item in gold.get("entities", []):
        span = score.find(body, item["text"], item.get("occurrence", 0))
        if span is not None:
            gold_spans[span] = item["label"]
    predicted = {(e["start"], e["end"]): e.get("label") for e in doc.get("entities", [])}

    def overlaps(span, others):
        return any(a < span[1] and span[0] < b for a, b in others)

    for span, label in gold_spans.items():
        text = body[span[0]:span[1]]
        if span in predicted:
            emit("entity:ok" if predicted[span] == label else f"entity:{label}>{predicted[span]}", text)
        elif overlaps(span, predicted):
            emit("entity:span", text)
        else:
            emit(f"entity:{label}>-", text)
    for span, label in predicted.items():
        if span not in gold_spans and not overlaps(span, gold_spans):
            emit(f"entity:->{label}", body[span[0]:span[1]])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", help="comma-separated set names (default: every real set not in "
                        "Evaluation/blind-sets.txt, and wikinews)")
    parser.add_argument("--blind", action="store_true", help="also the blind sets (for the integrator's report)")
    parser.add_argument("--pred", help="folder of <set>.jsonl predictions (default: run the release build)")
    parser.add_argument("--list", help="print the cases of this class (e.g. speaker:other, entity:ORG>-)")
    args = parser.parse_args()
    available = sets_available(include_blind=args.blind or bool(args.sets))
    chosen = args.sets.split(",") if args.sets else list(available)
    unknown = [name for name in chosen if name not in available]
    if unknown:
        sys.exit(f"pooled_errors: unknown set(s) {', '.join(unknown)}; known: {', '.join(available)}")
    score = load_score()
    counts = collections.defaultdict(collections.Counter)
    for name in chosen:
        gold_dir, corpus = available[name]
        preds = predictions(name, corpus, args.pred)
        for gold, doc in gold_documents(gold_dir, preds):

            def emit(kind, detail, name=name, doc_id=gold["id"]):
                counts[kind][name] += 1
                if args.list == kind:
                    print(f"{name} {doc_id} {detail}")

            quote_errors(score, gold, doc, emit)
            entity_errors(score, gold, doc, emit)
    if args.list:
        return
    width = max(len(kind) for kind in counts)
    print(f"{'class':<{width}}  " + "  ".join(f"{n:>8}" for n in chosen) + "     total  sets")
    for kind in sorted(counts, key=lambda k: (k.split(":")[0], -sum(counts[k].values()))):
        row = counts[kind]
        cells = "  ".join(f"{row[n]:>8}" for n in chosen)
        print(f"{kind:<{width}}  {cells}  {sum(row.values()):>8}  {sum(1 for n in chosen if row[n]):>4}")


if __name__ == "__main__":
    main()
