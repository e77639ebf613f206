#!/usr/bin/env python3
"""Score named entities on the NewsEye French test set (HIPE-2022 v2.1, CC BY 4.0).

Builds one JSONL document per NewsEye document: the text is the tokens joined by
single spaces (the NoSpaceAfter flags are unreliable), so gold spans are exact
character offsets. Gold is the coarse literal column (NE-COARSE-LIT) with labels PER,
LOC, ORG; HumanProd (33 mentions in test) is left out of the gold, and MISC
predictions are ignored, so the score is exact span+label over PER/LOC/ORG.

  python3 Scripts/entities/newseye_eval.py convert TSV OUT.jsonl GOLD.json
  python3 Scripts/entities/newseye_eval.py score GOLD.json PRED.jsonl            # parole output
  python3 Scripts/entities/newseye_eval.py spacy OUT.jsonl PRED.jsonl [MODEL]    # run spaCy on the same text

Standard library only, except for the `spacy` command.
"""
import json
import sys

LABELS = {"PER", "LOC", "ORG"}


def read_documents(path):
    docs, current = [], None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# hipe2022:document_id"):
                current = {"id": line.split("=", 1)[1].strip(), "date": None, "tokens": []}
                docs.append(current)
            elif line.startswith("# hipe2022:date") and current is not None:
                current["date"] = line.split("=", 1)[1].strip()
            elif line.startswith("#") or not line.strip() or line.startswith("TOKEN\t"):
                continue
            elif current is not None:
                cols = line.split("\t")
                current["tokens"].append((cols[0], cols[1] if len(cols) > 1 else "O"))
    return docs


def convert(tsv, out_path, gold_path):
    gold = {}
    with open(out_path, "w", encoding="utf-8") as out:
        for doc in read_documents(tsv):
            text, spans, open_span = [], [], None
            offset = 0
            for token, tag in doc["tokens"]:
                if text:
                    offset += 1
                start = offset
                text.append(token)
                offset += len(token)
                kind = tag[2:] if len(tag) > 2 else None
                if tag.startswith("B-") or (tag.startswith("I-") and (open_span is None or open_span[2] != kind)):
                    if open_span:
                        spans.append(open_span)
                    open_span = [start, offset, kind]
                elif tag.startswith("I-"):
                    open_span[1] = offset
                else:
                    if open_span:
                        spans.append(open_span)
                    open_span = None
            if open_span:
                spans.append(open_span)
            body = " ".join(text)
            record = {"id": doc["id"], "text": body}
            date = doc["date"]
            if date and len(date) >= 7:
                record["date"] = date[:10]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            gold[doc["id"]] = [[s, e, k] for s, e, k in spans if k in LABELS]
    with open(gold_path, "w", encoding="utf-8") as handle:
        json.dump(gold, handle)


def score(gold_path, pred_path):
    gold = json.load(open(gold_path, encoding="utf-8"))
    tp, n_pred, n_gold = {}, {}, {}
    for line in open(pred_path, encoding="utf-8"):
        if not line.strip():
            continue
        doc = json.loads(line)
        g = {(s, e, k) for s, e, k in gold.get(doc["id"], [])}
        p = {(x["start"], x["end"], x["label"]) for x in doc.get("entities", []) if x["label"] in LABELS}
        for label in LABELS:
            gl = {x for x in g if x[2] == label}
            pl = {x for x in p if x[2] == label}
            tp[label] = tp.get(label, 0) + len(gl & pl)
            n_pred[label] = n_pred.get(label, 0) + len(pl)
            n_gold[label] = n_gold.get(label, 0) + len(gl)

    def prf(t, p, g):
        pr = t / p if p else 0.0
        rc = t / g if g else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return f"P {100 * pr:5.1f}  R {100 * rc:5.1f}  F1 {100 * f:5.1f}  (tp {t}, pred {p}, gold {g})"

    for label in sorted(LABELS):
        print(f"{label:4} {prf(tp[label], n_pred[label], n_gold[label])}")
    print(f"ALL  {prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))}")


def run_spacy(docs_path, pred_path, model="fr_core_news_md"):
    import spacy

    nlp = spacy.load(model)
    with open(docs_path, encoding="utf-8") as handle, open(pred_path, "w", encoding="utf-8") as out:
        for line in handle:
            record = json.loads(line)
            doc = nlp(record["text"])
            ents = [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents]
            out.write(json.dumps({"id": record["id"], "entities": ents}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "convert" and len(sys.argv) == 5:
        convert(*sys.argv[2:5])
    elif command == "score" and len(sys.argv) == 4:
        score(*sys.argv[2:4])
    elif command == "spacy" and len(sys.argv) in (4, 5):
        run_spacy(*sys.argv[2:])
    else:
        sys.exit(__doc__)
