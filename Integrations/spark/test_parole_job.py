#!/usr/bin/env python3
"""Runs parole_job.py with spark-submit in local[2] mode and checks that its Parquet
tables hold the same quotes (and entities and documents) as one `parole analyze` run
on the same documents.

The input mixes what the job reads: .txt files with a date header (the seeds corpus)
and a .jsonl file (the wikinews articles as JSON lines, one without an id), split into
several partitions.

  python3 Integrations/spark/test_parole_job.py --parole .build/release/parole

Needs pyspark (pip install pyspark) and Java 17. Exit status 0 when the tables match.
"""

import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
import parole_job  # noqa: E402


def spark_submit():
    found = shutil.which("spark-submit")
    if found:
        return found
    import pyspark
    candidate = pathlib.Path(pyspark.__file__).parent / "bin" / "spark-submit"
    if candidate.exists():
        return str(candidate)
    sys.exit("spark-submit not found: pip install pyspark")


def make_input(folder, shared):
    """Seeds as .txt files; wikinews articles as one .jsonl file (without ../shared, the
    golden test articles for both)."""
    golden = ROOT / "Tests" / "ParoleCLITests" / "Golden" / "articles"
    seeds = shared / "corpus" / "seeds"
    wikinews = shared / "corpus" / "wikinews"
    texts = folder / "texts"
    texts.mkdir(parents=True)
    for path in sorted((seeds if seeds.is_dir() else golden).glob("*.txt")):
        shutil.copy(path, texts / path.name)
    lines = []
    for index, path in enumerate(sorted((wikinews if wikinews.is_dir() else golden).glob("*.txt"))):
        contents = path.read_text(encoding="utf-8")
        record = json.loads(parole_job.text_record(path.name, contents))
        if index == 0:
            del record["id"]  # the job must give it a stable id of its own
        lines.append(json.dumps(record, ensure_ascii=False))
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(texts), str(folder / "articles.jsonl")]


def reference(parole, inputs):
    """Documents from one `parole analyze` run over the same files."""
    result = subprocess.run([parole, "analyze", *inputs, "--format", "jsonl", "--quiet"], check=True,
                            capture_output=True, text=True)
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def read_tables(output):
    from pyspark.sql import SparkSession
    spark = SparkSession.builder.master("local[1]").appName("parole-test-read").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    tables = {}
    for name, fields in (("quotes", parole_job.QUOTE_FIELDS), ("entities", parole_job.ENTITY_FIELDS),
                         ("documents", parole_job.DOCUMENT_FIELDS)):
        frame = spark.read.parquet(f"{output}/{name}")
        tables[name] = [tuple(row[field] for field, _ in fields) for row in frame.collect()]
    spark.stop()
    return tables


def postgres_database():
    """A new, empty database on the server of PAROLE_TEST_POSTGRES_URL (.ci/run starts one),
    for the job's --db; None when no server is given (then CI=true is an error)."""
    server = os.environ.get("PAROLE_TEST_POSTGRES_URL")
    if not server:
        if os.environ.get("CI") == "true":
            sys.exit("PAROLE_TEST_POSTGRES_URL is not set: .ci/run starts a PostgreSQL server for this test")
        print("no PAROLE_TEST_POSTGRES_URL: the --db store is not checked")
        return None
    name = f"parole_spark_{os.getpid()}"
    subprocess.run(["psql", server, "-q", "-c", f"DROP DATABASE IF EXISTS {name}", "-c", f"CREATE DATABASE {name}"],
                   check=True)
    return server.rsplit("/", 1)[0] + "/" + name


def stored_quote_count(database):
    result = subprocess.run(["psql", database, "-At", "-c", "SELECT count(*) FROM quote"], check=True,
                            capture_output=True, text=True)
    return int(result.stdout.strip())


def key(row):
    return tuple("" if value is None else str(value) for value in row)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parole", default=str(ROOT / ".build" / "release" / "parole"))
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    arguments = parser.parse_args()
    parole = os.path.abspath(arguments.parole)
    work = pathlib.Path(tempfile.mkdtemp(prefix="parole-spark-test-"))
    try:
        inputs = make_input(work / "input", pathlib.Path(arguments.shared))
        output = work / "output"
        started = time.time()
        database = postgres_database()
        subprocess.run([spark_submit(), "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                        "--files", parole, str(HERE / "parole_job.py"), "--input", *inputs, "--output", str(output),
                        "--parole", os.path.basename(parole), "--partitions", "4"]
                       + (["--db", database] if database else []), check=True)
        elapsed = time.time() - started
        documents = reference(parole, inputs)
        # The document the job named itself: match it by text.
        spark = read_tables(str(output))
        named = {row[2]: row[0] for row in spark["documents"]}
        for document in documents:
            if document["id"].startswith("articles-"):
                document["id"] = named.get(document["text"], document["id"])
        expected = {
            "quotes": sorted(key(row) for document in documents for row in parole_job.quote_rows(document)),
            "entities": sorted(key(row) for document in documents for row in parole_job.entity_rows(document)),
            "documents": sorted(key(parole_job.document_row(document)) for document in documents),
        }
        failed = False
        for name, rows in expected.items():
            got = sorted(key(row) for row in spark[name])
            same = got == rows
            failed |= not same
            print(f"{name}: spark {len(got)}, parole analyze {len(rows)}: {'same' if same else 'DIFFERENT'}")
            if not same:
                for row in sorted(set(got) ^ set(rows))[:5]:
                    print(f"  {'spark only' if row in set(got) else 'parole only'}: {row}")
        if database:
            stored = stored_quote_count(database)
            same = stored == len(expected["quotes"])
            failed |= not same
            print(f"quotes in the PostgreSQL store (--db, 4 partitions writing at once): {stored}, "
                  f"parole analyze {len(expected['quotes'])}: {'same' if same else 'DIFFERENT'}")
        if not expected["quotes"]:
            print("no quotes at all: the test would prove nothing")
            failed = True
        print(f"spark-submit local[2]: {elapsed:.1f} s")
        return 1 if failed else 0
    finally:
        if arguments.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
