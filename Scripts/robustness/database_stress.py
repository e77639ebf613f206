#!/usr/bin/env python3
"""Stress the quotation database: SIGKILLs and two concurrent writers lose nothing.

Builds a folder of DOCUMENTS articles (the shared corpus, repeated under distinct
names, with files of the same name in two sub-folders), stores it once without
interruption (the reference counts), then:

1. kills `parole quotes` with SIGKILL at random moments KILLS times, each time
   starting again on the same database, then lets a last run finish;
2. runs two writers on one database at the same time, each storing the whole folder.

Each database must pass `PRAGMA integrity_check` and hold exactly the reference's
documents, quotes and speakers; no writer may report a failure.

    python3 Scripts/robustness/database_stress.py            # 2,000 documents, 50 kills
    python3 Scripts/robustness/database_stress.py --documents 300 --kills 10
"""

import argparse
import glob
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def make_corpus(folder: str, count: int) -> None:
    texts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "*", "*.txt"))):
        with open(path, encoding="utf-8") as file:
            texts.append(file.read())
    if not texts:
        texts = ["Le ministre Pierre Martin a déclaré : « Nous allons gagner ». Selon lui, rien ne change.\n"]
    for index in range(count):
        sub = os.path.join(folder, f"part{index % 2}")  # same names in two folders
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"article-{index // 2:05}.txt"), "w", encoding="utf-8") as file:
            file.write(texts[index % len(texts)])


def counts(database: str) -> tuple:
    connection = sqlite3.connect(database)
    try:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        row = tuple(connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                    for table in ("document", "quote", "speaker"))
        keys = connection.execute("SELECT COUNT(DISTINCT key) FROM document").fetchone()[0]
        return check, row, keys
    finally:
        connection.close()


def store(binary: str, corpus: str, database: str) -> subprocess.Popen:
    return subprocess.Popen([binary, "quotes", os.path.join(corpus, "part0"), os.path.join(corpus, "part1"),
                             "--db", database, "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/parole"))
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=13)
    arguments = parser.parse_args()
    random.seed(arguments.seed)
    work = tempfile.mkdtemp(prefix="parole-stress-")
    corpus = os.path.join(work, "corpus")
    make_corpus(corpus, arguments.documents)

    reference = os.path.join(work, "reference.sqlite")
    started = time.time()
    process = store(arguments.binary, corpus, reference)
    _, errors = process.communicate()
    duration = time.time() - started
    expected = counts(reference)
    print(f"reference: {expected[1]} (documents, quotes, speakers) in {duration:.1f} s, exit {process.returncode}")
    ok = process.returncode == 0 and expected[0] == "ok" and expected[1][0] == arguments.documents

    killed = os.path.join(work, "killed.sqlite")
    for _ in range(arguments.kills):
        process = store(arguments.binary, corpus, killed)
        time.sleep(random.uniform(0.05, duration))
        process.send_signal(signal.SIGKILL)
        process.wait()
        check, _, _ = counts(killed)
        ok &= check == "ok"
    process = store(arguments.binary, corpus, killed)
    _, errors = process.communicate()
    after_kills = counts(killed)
    print(f"after {arguments.kills} SIGKILLs: {after_kills}, exit {process.returncode}")
    ok &= process.returncode == 0 and after_kills == expected

    concurrent = os.path.join(work, "concurrent.sqlite")
    first = store(arguments.binary, corpus, concurrent)
    second = store(arguments.binary, corpus, concurrent)
    _, first_errors = first.communicate()
    _, second_errors = second.communicate()
    together = counts(concurrent)
    print(f"two writers: {together}, exits {first.returncode} {second.returncode}")
    for line in (first_errors + second_errors).splitlines()[:5]:
        print("  ", line)
    ok &= first.returncode == 0 and second.returncode == 0 and together == expected

    subprocess.run(["rm", "-rf", work], check=False)
    print("ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
