#!/usr/bin/env python3
"""Throughput of parole_job.py on Spark next to `parole analyze` on one machine.

The throughput corpus (../shared/data/corpus/throughput, split at "### doc=" lines as
`parole bench` does) is written as 50 JSONL files; then, on this machine:

  parole analyze   `parole analyze FOLDER --format jsonl` (all cores), output to /dev/null
  spark local[N]   `spark-submit --master local[N] parole_job.py` (one parole per task,
                   --jobs 1), Parquet tables written; wall time with the JVM start, and the
                   job alone (from the Spark session to the last table written)

Words are runs of non-space characters (`wc -w`), as in `parole bench`.

  python3 Integrations/spark/bench_throughput.py --parole .build/release/parole
"""

import argparse
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from test_parole_job import spark_submit  # noqa: E402


def corpus_documents(folder):
    documents = []
    for path in sorted(pathlib.Path(folder).iterdir()):
        if path.suffix != ".txt":
            continue
        current, lines = path.stem, []

        def flush():
            text = "\n".join(lines)
            if text.strip():
                documents.append({"id": current, "text": text})

        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.startswith("### doc="):
                flush()
                current, lines = line[len("### doc="):].strip(), []
            else:
                lines.append(line)
        flush()
    return documents


def split(documents, count, folder):
    """`count` JSONL files of about the same size, documents in order."""
    folder.mkdir(parents=True)
    total = sum(len(document["text"]) for document in documents)
    files = [[] for _ in range(count)]
    done = 0
    for document in documents:
        index = min(count - 1, done * count // total)
        files[index].append(document)
        done += len(document["text"])
    for index, part in enumerate(files):
        with open(folder / f"part-{index:02d}.jsonl", "w", encoding="utf-8") as handle:
            for document in part:
                handle.write(json.dumps(document, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parole", default=str(ROOT / ".build" / "release" / "parole"))
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "corpus" / "throughput"))
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--runs", type=int, default=2, help="runs of each; the fastest counts")
    arguments = parser.parse_args()
    parole = os.path.abspath(arguments.parole)
    documents = corpus_documents(arguments.corpus)
    words = sum(len(document["text"].split()) for document in documents)
    work = pathlib.Path(tempfile.mkdtemp(prefix="parole-spark-bench-"))
    try:
        split(documents, arguments.files, work / "input")
        print(f"corpus: {len(documents)} documents, {words} words, {arguments.files} files")
        single = []
        for _ in range(arguments.runs):
            started = time.time()
            with open(os.devnull, "w") as sink:
                subprocess.run([parole, "analyze", str(work / "input"), "--format", "jsonl", "--quiet",
                                "--jobs", str(arguments.cores)], check=True, stdout=sink)
            single.append(time.time() - started)
        best = min(single)
        print(f"parole analyze --jobs {arguments.cores}: {best:.2f} s, {words / best:,.0f} words/s")
        totals, jobs = [], []
        for run in range(arguments.runs):
            output = work / f"output-{run}"
            started = time.time()
            result = subprocess.run(
                [spark_submit(), "--master", f"local[{arguments.cores}]", "--conf", "spark.ui.enabled=false",
                 "--files", parole, str(HERE / "parole_job.py"), "--input", str(work / "input"),
                 "--output", str(output), "--parole", os.path.basename(parole)],
                check=True, capture_output=True, text=True)
            totals.append(time.time() - started)
            timing = re.search(r"job time ([0-9.]+) s", result.stdout)
            jobs.append(float(timing.group(1)) if timing else float("nan"))
            print("  " + result.stdout.strip().splitlines()[-1])
        total, job = min(totals), min(jobs)
        print(f"spark local[{arguments.cores}] (spark-submit, JVM start included): {total:.2f} s, "
              f"{words / total:,.0f} words/s")
        print(f"spark local[{arguments.cores}] (job alone): {job:.2f} s, {words / job:,.0f} words/s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
