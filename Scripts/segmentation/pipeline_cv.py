#!/usr/bin/env python3
"""Two-fold cross-validation of the sentence-boundary model through the whole splitter: for
each half of the training files' documents (20 sentences each, as `score.py ud` builds
them), a model trained by train_boundaries.py on the other half is run by the release
`parole` (PAROLE_RESOURCES pointing at a copy of Resources/ with that model) on the held-out
half, and the sentence F1 of score.py is summed over both halves, per training file.

    python3 Scripts/segmentation/pipeline_cv.py [--binary .build/release/parole] [--ud DIR]
        [train_boundaries.py options, e.g. --margin 8 --context-margin 5]

Options this script does not know go to train_boundaries.py (see its --help), except
--train, --out and --cv, which this script sets itself (the training files are
train_boundaries.TRAIN, each split in halves; the model of each fold is written to a
scratch folder, never to Resources/). Prints one line per training file: true positives,
predicted and gold sentences, F1 (null when there is no sentence at all). Only the training
files (Sequoia train, GSD dev) are read, never a test file. Needs a release build whose
features match boundary_features.py. Standard library only.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
from gold_pairs import ROOT, SHARED, load_score  # noqa: E402
from train_boundaries import TRAIN as TRAINER_FILES  # noqa: E402

# (path under --ud, times counted) of each training file, as train_boundaries.py reads them.
TRAIN = [(name.partition(":")[0], int(name.partition(":")[2] or 1)) for name in TRAINER_FILES]
PER_DOC = 20
# Options of train_boundaries.py that this script sets for each fold.
OWN_TRAINER_OPTIONS = ("--train", "--out", "--cv")


def run(command, what, **options):
    """Runs `command`, its output captured; on failure prints its standard error and exits."""
    done = subprocess.run(command, capture_output=True, text=True, **options)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        sys.exit(f"pipeline_cv.py: {what} failed (exit status {done.returncode}): {' '.join(command)}")
    return done.stdout


def parse_arguments(argv):
    """This script's options, and the options left for train_boundaries.py."""
    parser = argparse.ArgumentParser(
        description="Two-fold cross-validation of the sentence-boundary model through the whole splitter.",
        epilog="Any other option goes to train_boundaries.py (python3 Scripts/segmentation/train_boundaries.py"
               " --help), except --train, --out and --cv, which this script sets.")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "parole"),
                        help="the parole executable to run (default: the release build)")
    parser.add_argument("--ud", default=os.path.join(SHARED, "data", "ud"), help="the UD treebanks folder")
    # Declared so that they (or an abbreviation of them) are caught here, not passed on.
    for option in OWN_TRAINER_OPTIONS:
        parser.add_argument(option, nargs="*", help=argparse.SUPPRESS)
    args, trainer = parser.parse_known_args(argv)
    given = [option for option in OWN_TRAINER_OPTIONS if getattr(args, option[2:]) is not None]
    if given:
        parser.error(f"{', '.join(given)}: set by this script for each fold, not an option here")
    if not (os.path.isfile(args.binary) and os.access(args.binary, os.X_OK)):
        parser.error(f"no parole executable at {args.binary}: build it with `swift build -c release`"
                     " or give its path with --binary")
    return args, trainer


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
    args, trainer = parse_arguments(sys.argv[1:])
    score = load_score()
    ud = args.ud
    totals = {}
    with tempfile.TemporaryDirectory() as scratch:
        halves = {path: split_halves(os.path.join(ud, path), scratch) for path, _ in TRAIN}
        for train_half, test_half in (("even", "odd"), ("odd", "even")):
            folder = resources(scratch, train_half)
            train = [f"{path}@{train_half}" + (f":{times}" if times > 1 else "") for path, times in TRAIN]
            run([sys.executable, os.path.join(HERE, "train_boundaries.py"), "--ud", ud, "--train", *train,
                 "--out", os.path.join(folder, "models", "sentence-boundaries.txt"), *trainer],
                f"training on the {train_half} documents", cwd=ROOT)
            for path, _ in TRAIN:
                conllu = halves[path][test_half]
                texts = conllu[:-7] + ".txt"
                os.makedirs(texts)
                for did, body, _, _ in score.ud_docs(conllu, PER_DOC):
                    open(os.path.join(texts, did + ".txt"), "w", encoding="utf-8").write(body)
                out = run([args.binary, "analyze", texts, "--stages", "tokenize,sentences", "--format", "jsonl",
                           "--quiet"], f"parole on the {test_half} documents of {os.path.basename(path)}",
                          env=dict(os.environ, PAROLE_RESOURCES=folder))
                pred = conllu[:-7] + ".jsonl"
                open(pred, "w", encoding="utf-8").write(out)
                result = score.score_ud(conllu, pred, PER_DOC)["sentences"]
                row = totals.setdefault(path, [0, 0, 0])
                row[0] += result["tp"]
                row[1] += result["pred"]
                row[2] += result["gold"]
    for path, (tp, pred, gold) in totals.items():
        f1 = round(200 * tp / (pred + gold), 1) if pred + gold else None  # no sentence at all: no F1
        print(json.dumps({"file": os.path.basename(path), "tp": tp, "pred": pred, "gold": gold, "f1": f1}))


if __name__ == "__main__":
    main()
