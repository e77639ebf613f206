#!/usr/bin/env python3
"""Two-fold cross-validation of the sentence-boundary model through the whole splitter: for
each half of the training files' documents (20 sentences each, as `score.py ud` builds
them), a model trained by train_boundaries.py on the other half is run by the release
`parole` (PAROLE_RESOURCES pointing at a copy of Resources/ with that model) on the held-out
half, and the sentence F1 of score.py is summed over both halves, per training file.

    python3 Scripts/segmentation/pipeline_cv.py [train_boundaries.py options, e.g. --margin 8]

Prints one line per training file: true positives, predicted and gold sentences, F1. Only
the training files (Sequoia train, GSD dev) are read, never a test file. Needs a release
build whose features match boundary_features.py. Standard library only.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_pairs import ROOT, SHARED, load_score  # noqa: E402

PAROLE = os.path.join(ROOT, ".build", "release", "parole")
TRAIN = [("UD_French-Sequoia/fr_sequoia-ud-train.conllu", 1), ("UD_French-GSD/fr_gsd-ud-dev.conllu", 5)]
PER_DOC = 20


def split_halves(path, scratch):
    """Writes the even and odd documents of a treebank as two .conllu files; their paths."""
    blocks = [b for b in open(path, encoding="utf-8").read().split("\n\n") if b.strip()]
    out = {}
    for half in ("even", "odd"):
        kept = [b for k, b in enumerate(blocks) if (k // PER_DOC) % 2 == (half == "odd")]
        out[half] = os.path.join(scratch, f"{os.path.basename(path)[:-7]}@{half}.conllu")
        open(out[half], "w", encoding="utf-8").write("\n\n".join(kept) + "\n\n")
    return out


def resources(scratch, half):
    """A copy of Resources/ (links) whose boundary model is left for the caller to write."""
    folder = os.path.join(scratch, f"resources-{half}")
    os.makedirs(os.path.join(folder, "models"))
    os.symlink(os.path.join(ROOT, "Resources", "lexicons"), os.path.join(folder, "lexicons"))
    for name in os.listdir(os.path.join(ROOT, "Resources", "models")):
        if name != "sentence-boundaries.txt":
            os.symlink(os.path.join(ROOT, "Resources", "models", name), os.path.join(folder, "models", name))
    return folder


def main():
    score = load_score()
    ud = os.path.join(SHARED, "data", "ud")
    totals = {}
    with tempfile.TemporaryDirectory() as scratch:
        halves = {path: split_halves(os.path.join(ud, path), scratch) for path, _ in TRAIN}
        for train_half, test_half in (("even", "odd"), ("odd", "even")):
            folder = resources(scratch, train_half)
            train = [f"{path}@{train_half}" + (f":{times}" if times > 1 else "") for path, times in TRAIN]
            subprocess.run([sys.executable, os.path.join(HERE, "train_boundaries.py"), "--train", *train,
                            "--out", os.path.join(folder, "models", "sentence-boundaries.txt"), *sys.argv[1:]],
                           check=True, capture_output=True, cwd=ROOT)
            for path, _ in TRAIN:
                conllu = halves[path][test_half]
                texts = conllu[:-7] + ".txt"
                os.makedirs(texts)
                for did, body, _, _ in score.ud_docs(conllu, PER_DOC):
                    open(os.path.join(texts, did + ".txt"), "w", encoding="utf-8").write(body)
                out = subprocess.run([PAROLE, "analyze", texts, "--stages", "tokenize,sentences", "--format", "jsonl",
                                      "--quiet"], capture_output=True, text=True, check=True,
                                     env=dict(os.environ, PAROLE_RESOURCES=folder)).stdout
                pred = conllu[:-7] + ".jsonl"
                open(pred, "w", encoding="utf-8").write(out)
                result = score.score_ud(conllu, pred, PER_DOC)["sentences"]
                row = totals.setdefault(path, [0, 0, 0])
                row[0] += result["tp"]
                row[1] += result["pred"]
                row[2] += result["gold"]
    for path, (tp, pred, gold) in totals.items():
        f1 = 200 * tp / (pred + gold)
        print(json.dumps({"file": os.path.basename(path), "tp": tp, "pred": pred, "gold": gold, "f1": round(f1, 1)}))


if __name__ == "__main__":
    main()
