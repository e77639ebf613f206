#!/usr/bin/env python3
"""Parole on Apache Spark: analyse French documents on a cluster and write Parquet tables.

Each partition of the input is piped through one `parole analyze - --input jsonl` process
(the relocatable binary, shipped to the executors with `spark-submit --files`), and the
JSON lines it writes become three Parquet tables under --output:

  documents/  one row per document: id, date, text, counts of sentences, tokens,
              entities, dates and quotes
  quotes/     one row per quote: document id and date, position, text, kind (direct,
              partial, indirect), when it was said, speaker fields, cue
  entities/   one row per entity mention: document id, position, text, label, canonical
              name, cluster

Run (see Integrations/spark/README.md for a cluster):

  spark-submit --master 'local[2]' --files .build/release/parole \\
      Integrations/spark/parole_job.py --input corpus/ --output out/ --parole parole

--input takes files and folders (their .jsonl, .json and .txt files), on any file system
Spark reads (local, hdfs://, s3a://), and globs. A .txt file is one document, its id the
file name without extension, with the optional "date YYYY-MM[-DD]" header that
`parole analyze` reads; a .jsonl file holds one {"id", "text", "date"} object per line.
"""

import argparse
import hashlib
import json
import os
import posixpath
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".json")

# The header `parole analyze` reads at the top of a .txt file (Sources/ParoleCore/Input/DateHeader.swift):
# optional white space, "date", white space, YYYY-MM or YYYY-MM-DD, white space.
DATE_HEADER = re.compile(r"\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s*")


def text_record(path, contents):
    """The JSON line `parole analyze - --input jsonl` reads for a .txt file at `path`."""
    if contents.startswith("\ufeff"):
        contents = contents[1:]
    record = {"id": posixpath.splitext(posixpath.basename(path))[0]}
    header = DATE_HEADER.match(contents)
    if header:
        record["date"] = header.group(1)
        contents = contents[header.end():]
    record["text"] = contents
    return json.dumps(record, ensure_ascii=False)


def jsonl_record(line, source):
    """A line of a .jsonl file as `parole` should read it: unchanged when it names its
    document, else with an id made of the file name and the line's hash (line numbers
    are not known once Spark has split a file). Blank lines give None."""
    if not line.strip():
        return None
    if '"id"' in line:
        return line
    try:
        record = json.loads(line)
    except ValueError:
        return line  # parole reports it
    if not isinstance(record, dict) or "id" in record:
        return line
    base = posixpath.splitext(posixpath.basename(source))[0]
    record["id"] = f"{base}-{hashlib.sha1(line.encode('utf-8')).hexdigest()[:12]}"
    return json.dumps(record, ensure_ascii=False)


def span_field(span, key):
    return span.get(key) if isinstance(span, dict) else None


def quote_rows(document):
    """One tuple per quote of a `parole analyze` JSON document, in QUOTE_FIELDS order."""
    rows = []
    meta_date = (document.get("meta") or {}).get("date")
    for index, quote in enumerate(document.get("quotes") or []):
        speaker = quote.get("speaker")
        cue = quote.get("cue")
        rows.append((
            document.get("id"), meta_date, index, quote.get("start"), quote.get("end"), quote.get("text"),
            quote.get("type"), quote.get("date"), quote.get("parent"),
            span_field(speaker, "text"), span_field(speaker, "canonical"), span_field(speaker, "kind"),
            span_field(speaker, "gender"), span_field(speaker, "role"), span_field(speaker, "cluster"),
            span_field(speaker, "start"), span_field(speaker, "end"),
            span_field(cue, "text"), span_field(cue, "lemma"), span_field(cue, "start"), span_field(cue, "end"),
        ))
    return rows


def entity_rows(document):
    """One tuple per entity mention, in ENTITY_FIELDS order."""
    return [
        (document.get("id"), index, entity.get("start"), entity.get("end"), entity.get("text"), entity.get("label"),
         entity.get("canonical"), entity.get("cluster"))
        for index, entity in enumerate(document.get("entities") or [])
    ]


def document_row(document):
    """The document's tuple, in DOCUMENT_FIELDS order."""
    def count(key):
        value = document.get(key)
        return len(value) if isinstance(value, list) else None
    return (
        document.get("id"), (document.get("meta") or {}).get("date"), document.get("text"),
        count("sentences"), count("tokens"), count("entities"), count("dates"), count("quotes"),
    )


QUOTE_FIELDS = [
    ("document_id", "string"), ("document_date", "string"), ("quote_index", "int"), ("start", "int"),
    ("end", "int"), ("text", "string"), ("kind", "string"), ("date", "string"), ("parent", "int"),
    ("speaker_text", "string"), ("speaker_canonical", "string"), ("speaker_kind", "string"),
    ("speaker_gender", "string"), ("speaker_role", "string"), ("speaker_cluster", "int"),
    ("speaker_start", "int"), ("speaker_end", "int"),
    ("cue_text", "string"), ("cue_lemma", "string"), ("cue_start", "int"), ("cue_end", "int"),
]
ENTITY_FIELDS = [
    ("document_id", "string"), ("entity_index", "int"), ("start", "int"), ("end", "int"), ("text", "string"),
    ("label", "string"), ("canonical", "string"), ("cluster", "int"),
]
DOCUMENT_FIELDS = [
    ("id", "string"), ("date", "string"), ("text", "string"), ("sentences", "int"), ("tokens", "int"),
    ("entities", "int"), ("dates", "int"), ("quotes", "int"),
]


def executable(parole):
    """The path of the parole binary on this machine: the file itself when it is here,
    else the copy Spark fetched (--files or SparkContext.addFile), made executable."""
    if os.path.isfile(parole) and os.access(parole, os.X_OK):
        return parole
    from pyspark import SparkFiles
    fetched = SparkFiles.get(posixpath.basename(parole))
    if not os.access(fetched, os.X_OK):
        try:
            os.chmod(fetched, os.stat(fetched).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        except OSError:
            copy = os.path.join(tempfile.mkdtemp(prefix="parole-"), "parole")
            shutil.copyfile(fetched, copy)
            os.chmod(copy, 0o755)
            fetched = copy
    return fetched


def analyze_partition(records, parole, jobs, extra_arguments):
    """Pipes JSON lines through one `parole analyze` process and yields its documents,
    each as its output line and parsed, in input order. A document parole cannot analyse is reported on the task's
    standard error and skipped; a crash of parole fails the task (Spark retries it)."""
    command = [executable(parole), "analyze", "-", "--input", "jsonl", "--format", "jsonl", "--quiet",
               "--jobs", str(jobs)] + list(extra_arguments)
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    problems = []

    def feed():
        try:
            for record in records:
                if record is not None:
                    process.stdin.write(record.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass
        except BaseException as error:  # reported after the process ends
            problems.append(error)
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    def drain_errors():
        problems.append(process.stderr.read())

    writer = threading.Thread(target=feed, daemon=True)
    errors = threading.Thread(target=drain_errors, daemon=True)
    writer.start()
    errors.start()
    for line in process.stdout:
        yield line.decode("utf-8").rstrip("\n"), json.loads(line)
    writer.join()
    errors.join()
    status = process.wait()
    messages = b"".join(item for item in problems if isinstance(item, bytes)).decode("utf-8", "replace")
    for item in problems:
        if isinstance(item, BaseException):
            raise item
    if messages:
        sys.stderr.write(messages)
    if status not in (0, 1):  # 1: some documents failed, each reported above
        raise RuntimeError(f"parole exited with status {status}: {messages.strip()[-2000:]}")


def store_partition(analysed_lines, parole, database, jobs):
    """Pipes a partition's analysed documents (`parole analyze --format jsonl` lines) through one
    `parole quotes - --input analyzed --db URL` process, which stores them without analysing
    them again: each executor writes its documents into the shared quotation store (the
    PostgreSQL store takes several writers at once; a re-run replaces, never duplicates)."""
    command = [executable(parole), "quotes", "-", "--input", "analyzed", "--db", database, "--quiet",
               "--jobs", str(jobs)]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    errors = []
    drain = threading.Thread(target=lambda: errors.append(process.stderr.read()), daemon=True)
    drain.start()
    try:
        for line in analysed_lines:
            process.stdin.write(line.encode("utf-8") + b"\n")
    except BrokenPipeError:
        pass
    finally:
        try:
            process.stdin.close()
        except BrokenPipeError:
            pass
    status = process.wait()
    drain.join()
    messages = b"".join(errors).decode("utf-8", "replace")
    if messages:
        sys.stderr.write(messages)
    if status not in (0, 1):  # 1: some documents failed, each reported above
        raise RuntimeError(f"parole quotes exited with status {status}: {messages.strip()[-2000:]}")


def list_inputs(spark, paths):
    """The .txt and .jsonl/.json files under `paths` (files, folders or globs), through
    Hadoop's FileSystem so that any URL Spark reads works."""
    jvm = spark.sparkContext._jvm
    configuration = spark.sparkContext._jsc.hadoopConfiguration()
    texts, jsonls = [], []

    def visit(status, explicit):
        path = status.getPath()
        if status.isDirectory():
            for child in sorted(path.getFileSystem(configuration).listStatus(path), key=lambda s: s.getPath().getName()):
                visit(child, False)
            return
        name = path.getName()
        if name.endswith(TEXT_SUFFIXES):
            texts.append(path.toString())
        elif name.endswith(JSONL_SUFFIXES):
            jsonls.append(path.toString())
        elif explicit:
            raise SystemExit(f"parole_job: {path.toString()} is neither .txt nor .jsonl")

    for given in paths:
        path = jvm.org.apache.hadoop.fs.Path(given)
        statuses = path.getFileSystem(configuration).globStatus(path)
        if not statuses:
            raise SystemExit(f"parole_job: no such input: {given}")
        for status in statuses:
            visit(status, True)
    return texts, jsonls


def records(spark, paths, partitions):
    """An RDD of JSON lines for `parole analyze - --input jsonl`, one per document."""
    texts, jsonls = list_inputs(spark, paths)
    context = spark.sparkContext
    parts = []
    if texts:
        parts.append(context.wholeTextFiles(",".join(texts), minPartitions=partitions)
                     .map(lambda item: text_record(item[0], item[1])))
    if jsonls:
        from pyspark.sql.functions import input_file_name
        lines = spark.read.text(jsonls).select("value", input_file_name().alias("source")).rdd
        parts.append(lines.map(lambda row: jsonl_record(row[0], row[1])).filter(lambda line: line is not None))
    if not parts:
        raise SystemExit("parole_job: no .txt or .jsonl file in the input")
    rdd = parts[0] if len(parts) == 1 else context.union(parts)
    if partitions and rdd.getNumPartitions() != partitions:
        rdd = rdd.repartition(partitions)
    return rdd


def schema(fields):
    from pyspark.sql.types import IntegerType, StringType, StructField, StructType
    types = {"string": StringType(), "int": IntegerType()}
    return StructType([StructField(name, types[kind], True) for name, kind in fields])


def run(arguments):
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    started = time.time()
    spark = SparkSession.builder.appName("parole").getOrCreate()
    context = spark.sparkContext
    context.setLogLevel(arguments.log_level)
    parole = arguments.parole
    shipped = [posixpath.basename(item) for item in context.getConf().get("spark.files", "").split(",") if item]
    if os.path.isfile(parole) and posixpath.basename(parole) not in shipped:
        # Not shipped with --files: ship it now, so that executors on other machines get it.
        context.addFile(os.path.abspath(parole))
        parole = posixpath.basename(parole)
    jobs = arguments.jobs
    extra = []
    if arguments.stages:
        extra += ["--stages", arguments.stages]
    if arguments.date:
        extra += ["--date", arguments.date]

    analysed = records(spark, arguments.input, arguments.partitions).mapPartitions(
        lambda part: analyze_partition(part, parole, jobs, extra))
    # Each partition runs parole once; the three tables (and the --db store) are cut from the kept result.
    keep_lines = bool(arguments.db)
    rows = analysed.map(lambda item: (document_row(item[1]), quote_rows(item[1]), entity_rows(item[1]),
                                      item[0] if keep_lines else None))
    rows.persist(StorageLevel.MEMORY_AND_DISK)

    output = arguments.output.rstrip("/")
    tables = {
        "documents": (rows.map(lambda item: item[0]), DOCUMENT_FIELDS),
        "quotes": (rows.flatMap(lambda item: item[1]), QUOTE_FIELDS),
        "entities": (rows.flatMap(lambda item: item[2]), ENTITY_FIELDS),
    }
    counts = {}
    for name, (table, fields) in tables.items():
        frame = spark.createDataFrame(table, schema(fields))
        frame.write.mode(arguments.mode).parquet(f"{output}/{name}")
        counts[name] = spark.read.parquet(f"{output}/{name}").count()
    stored = ""
    if arguments.db:
        database = arguments.db
        rows.map(lambda item: item[3]).foreachPartition(lambda part: store_partition(part, parole, database, jobs))
        stored = ", quotes stored in the --db store"
    rows.unpersist()
    print("parole_job: " + ", ".join(f"{counts[name]} {name}" for name in tables) + f" under {output}{stored}, "
          f"job time {time.time() - started:.2f} s")
    spark.stop()


def main(argv=None):
    parser = argparse.ArgumentParser(description="Analyse French documents with parole on Spark; write Parquet.")
    parser.add_argument("--input", nargs="+", required=True,
                        help="files, folders or globs of .txt and .jsonl documents (any path Spark reads)")
    parser.add_argument("--output", required=True, help="folder for the documents/, quotes/, entities/ tables")
    parser.add_argument("--parole", required=True,
                        help="the parole binary: a local path (shipped to executors), or the name of a file "
                             "given to spark-submit --files")
    parser.add_argument("--jobs", type=int, default=1,
                        help="threads of each parole process (match spark.task.cpus; default 1)")
    parser.add_argument("--partitions", type=int, default=0,
                        help="partitions of the input (default: Spark's split of the files)")
    parser.add_argument("--stages", help="parole --stages (default: parole's standard pipeline)")
    parser.add_argument("--date", help="reference date for documents that carry none (YYYY-MM[-DD])")
    parser.add_argument("--mode", default="errorifexists", choices=["errorifexists", "overwrite"],
                        help="what to do when a table already exists")
    parser.add_argument("--db", help="also store the quotes in this quotation database (postgresql://user@host:port/db, "
                                     "written by every executor at once; a SQLite path only with one executor)")
    parser.add_argument("--log-level", default="WARN", help="Spark's log level (default WARN)")
    run(parser.parse_args(argv))


if __name__ == "__main__":
    main()
