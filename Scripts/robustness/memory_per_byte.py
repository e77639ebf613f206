#!/usr/bin/env python3
"""Peak memory per input byte of `parole analyze`, tokenize only and the whole pipeline.

Measures the maximum resident set size (`/usr/bin/time -v`) of

  (a) one long one-line document made from the throughput corpus
      (../shared/data/corpus/throughput, every line break turned into a space, the
      corpus repeated COPIES times: 6 copies make about 19.5 MB), and
  (b) the throughput corpus folder itself (one document per file),

for `--stages tokenize` and for the default pipeline, the JSONL output written to
/dev/null (the output is encoded and written as it would be to a file). It prints
the peak in MB, the raw figure (peak / input bytes) and the net figure, which leaves
out the fixed cost of the process (the peak on a one-sentence document: the binary,
ICU data and lexicons):

    python3 Scripts/robustness/memory_per_byte.py
    python3 Scripts/robustness/memory_per_byte.py --parole /tmp/old-parole --copies 2

Needs a release build (`swift build -c release`) and GNU time at /usr/bin/time.
"""

import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
THROUGHPUT = os.path.join(ROOT, "..", "shared", "data", "corpus", "throughput")
STAGES = {"tokenize": "tokenize", "pipeline": None}


def peak_kilobytes(parole: str, path: str, stages: str | None) -> int:
    """The maximum resident set size of one `parole analyze` run, in kilobytes."""
    command = ["/usr/bin/time", "-v", parole, "analyze", path, "--format", "jsonl", "--quiet"]
    if stages:
        command += ["--stages", stages]
    with open(os.devnull, "wb") as sink:
        run = subprocess.run(command, stdout=sink, stderr=subprocess.PIPE, text=True)
    if run.returncode != 0:
        sys.exit(f"parole failed on {path} ({run.returncode}):\n{run.stderr[-2000:]}")
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
    if not match:
        sys.exit("no maximum resident set size in the output of /usr/bin/time -v")
    return int(match.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parole", default=os.path.join(ROOT, ".build", "release", "parole"))
    parser.add_argument("--copies", type=int, default=6, help="copies of the corpus in the one-line file")
    parser.add_argument("--corpus", default=THROUGHPUT, help="the throughput corpus folder")
    arguments = parser.parse_args()
    files = sorted(glob.glob(os.path.join(arguments.corpus, "*.txt")))
    if not files:
        sys.exit(f"no .txt files in {arguments.corpus}")
    text = " ".join(open(path, encoding="utf-8").read() for path in files)
    one_line = " ".join([re.sub(r"[\r\n]+", " ", text)] * arguments.copies)
    with tempfile.TemporaryDirectory(prefix="parole-memory-") as folder:
        long_file = os.path.join(folder, "one-line.txt")
        with open(long_file, "w", encoding="utf-8") as file:
            file.write(one_line)
        tiny_file = os.path.join(folder, "tiny.txt")
        with open(tiny_file, "w", encoding="utf-8") as file:
            file.write("Le ministre a déclaré mardi : « Nous allons gagner. »\n")
        cases = [
            ("one-line", long_file, os.path.getsize(long_file)),
            ("throughput", arguments.corpus, sum(os.path.getsize(path) for path in files)),
        ]
        print(f"{'input':<11} {'stages':<9} {'MB in':>7} {'peak MB':>8} {'fixed MB':>8} {'B/B raw':>8} {'B/B net':>8}")
        for stage_name, stages in STAGES.items():
            fixed = peak_kilobytes(arguments.parole, tiny_file, stages) * 1024
            for name, path, size in cases:
                peak = peak_kilobytes(arguments.parole, path, stages) * 1024
                print(
                    f"{name:<11} {stage_name:<9} {size / 1e6:7.2f} {peak / 1e6:8.1f} {fixed / 1e6:8.1f}"
                    f" {peak / size:8.2f} {(peak - fixed) / size:8.2f}"
                )


if __name__ == "__main__":
    main()
