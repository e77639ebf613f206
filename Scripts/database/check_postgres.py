#!/usr/bin/env python3
"""The PostgreSQL figures of issue 15, run end to end with the `parole` binary.

  python3 Scripts/database/check_postgres.py [--binary .build/release/parole] [--shared ../shared]
      [--url postgresql://user@host:port/db] [--corpus DIR ...]

Without --url (or PAROLE_TEST_POSTGRES_URL) a throwaway server is started on 127.0.0.1
(Scripts/database/postgres_server.sh; Debian's `postgresql` must be installed) and removed
after. The articles are the seeds and the wikinews corpus of ../shared (or --corpus).

1. Counts: the same articles in SQLite and in PostgreSQL (documents, quotes, distinct
   quotes, speakers), with the indexing speed of each store in documents per second.
2. Re-run: storing the same articles again leaves the PostgreSQL counts unchanged.
3. Two writers: two `parole quotes` processes store overlapping halves at once (the second
   in reverse order); both must succeed, with the counts of the single-writer run and no
   duplicated document, quote or speaker.
4. Five searches return the same quotes (document, offsets, text) from both stores.
5. Export: `--export-sqlite` writes a SQLite copy with the same counts.

Prints each figure; exits 1 when a check fails. Needs psql (Debian's postgresql-client).
"""
import argparse, atexit, json, os, sqlite3, subprocess, sys, tempfile, time, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEARCHES = ["Gaza", '"cessez-le-feu"', "Israël OR Hamas", "président -Macron", "négo*"]


def redacted(url):
    """The URL with its password, if any, replaced by ***."""
    import re
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def run(command, **options):
    return subprocess.run(command, capture_output=True, text=True, **options)


def psql(url, sql):
    result = run(["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", url, "-c", sql])
    if result.returncode != 0:
        sys.exit(f"psql failed: {result.stderr.strip()}")
    return result.stdout.strip()


def with_database(url, name):
    return url.rsplit("/", 1)[0] + "/" + name


def sqlite_counts(path):
    db = sqlite3.connect(path)
    one = lambda sql: db.execute(sql).fetchone()[0]
    counts = (one("SELECT COUNT(*) FROM document"), one("SELECT COUNT(*) FROM quote"),
              one("SELECT COUNT(DISTINCT quote_group) FROM quote"), one("SELECT COUNT(*) FROM speaker"))
    db.close()
    return counts


def postgres_counts(url):
    return tuple(int(x) for x in psql(url, "SELECT (SELECT COUNT(*) FROM document), (SELECT COUNT(*) FROM quote), "
                                           "(SELECT COUNT(DISTINCT quote_group) FROM quote), "
                                           "(SELECT COUNT(*) FROM speaker)").split("|"))


def duplicates(url):
    return int(psql(url, """SELECT (SELECT COUNT(*) FROM (SELECT key FROM document GROUP BY key HAVING COUNT(*) > 1) d)
        + (SELECT COUNT(*) FROM (SELECT document_id, position FROM quote GROUP BY 1, 2 HAVING COUNT(*) > 1) q)
        + (SELECT COUNT(*) FROM (SELECT name_key, label FROM speaker GROUP BY 1, 2 HAVING COUNT(*) > 1) s)"""))


def show(counts):
    return "%d documents, %d quotes, %d distinct quotes, %d speakers" % counts


def index(binary, paths, db):
    start = time.monotonic()
    result = run([binary, "quotes", *paths, "--db", db, "--quiet"])
    if result.returncode != 0:
        sys.exit(f"parole quotes --db {redacted(db)} failed ({result.returncode}): {result.stderr.strip()}")
    return time.monotonic() - start


def search(binary, db, words):
    result = run([binary, "quotes", "--db", db, "--search", words, "--format", "jsonl"])
    if result.returncode != 0:
        sys.exit(f"search {words!r} failed: {result.stderr.strip()}")
    return [(q["document"], q["start"], q["end"], q["text"]) for q in map(json.loads, result.stdout.splitlines())]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "parole"))
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--url", default=os.environ.get("PAROLE_TEST_POSTGRES_URL"))
    parser.add_argument("--corpus", nargs="*")
    args = parser.parse_args()
    folders = args.corpus or [os.path.join(args.shared, "corpus", name) for name in ("seeds", "wikinews")]
    articles = sorted(os.path.join(f, n) for f in folders for n in os.listdir(f) if n.endswith(".txt"))
    work = tempfile.mkdtemp(prefix="parole-pg-check-")
    url = args.url
    if not url:
        server = os.path.join(work, "server")
        # As root the server runs as `postgres`, which must be able to reach its folder.
        os.chmod(work, 0o755)
        started = run([os.path.join(ROOT, "Scripts", "database", "postgres_server.sh"), "start", server,
                       os.environ.get("PAROLE_PG_PORT", "54328")])
        if started.returncode != 0:
            sys.exit(f"cannot start a PostgreSQL server: {started.stderr.strip()}")
        atexit.register(lambda: run([os.path.join(ROOT, "Scripts", "database", "postgres_server.sh"), "stop", server]))
        url = started.stdout.strip()
    names = []

    def database():
        name = "parole_check_" + uuid.uuid4().hex[:12]
        psql(url, f"CREATE DATABASE {name}")
        names.append(name)
        return with_database(url, name)

    atexit.register(lambda: [psql(url, f"DROP DATABASE IF EXISTS {n} WITH (FORCE)") for n in names])
    failed = False

    def check(label, ok, detail):
        nonlocal failed
        failed |= not ok
        print(f"{'ok  ' if ok else 'FAIL'} {label}: {detail}")

    print(f"{len(articles)} articles from {', '.join(folders)}; server {redacted(url)}")
    sqlite_path = os.path.join(work, "quotes.sqlite")
    sqlite_time = index(args.binary, articles, sqlite_path)
    expected = sqlite_counts(sqlite_path)
    single = database()
    postgres_time = index(args.binary, articles, single)
    counts = postgres_counts(single)
    check("counts", counts == expected, f"SQLite {show(expected)} | PostgreSQL {show(counts)}")
    print(f"     indexing speed: SQLite {len(articles) / sqlite_time:.1f} documents/s ({sqlite_time:.2f} s), "
          f"PostgreSQL {len(articles) / postgres_time:.1f} documents/s ({postgres_time:.2f} s)")

    index(args.binary, articles, single)
    again = postgres_counts(single)
    check("re-run", again == counts, f"after a second run {show(again)}")

    shared = database()
    first, second = articles[: len(articles) * 2 // 3], list(reversed(articles[len(articles) // 3:]))
    start = time.monotonic()
    writers = [subprocess.Popen([args.binary, "quotes", *paths, "--db", shared, "--quiet"], stderr=subprocess.PIPE,
                                text=True) for paths in (first, second)]
    results = [(w.wait(), w.stderr.read()) for w in writers]
    elapsed = time.monotonic() - start
    both = postgres_counts(shared)
    dups = duplicates(shared)
    check("two writers", all(code == 0 for code, _ in results) and both == expected and dups == 0,
          f"{len(first)} + {len(second)} articles ({len(first) + len(second) - len(articles)} in both) at once in "
          f"{elapsed:.2f} s: exit {[code for code, _ in results]}, {show(both)}, {dups} duplicated rows")

    for words in SEARCHES:
        lite, pg = search(args.binary, sqlite_path, words), search(args.binary, single, words)
        check(f"search {words}", lite == pg, f"SQLite {len(lite)} quotes, PostgreSQL {len(pg)} quotes"
              + ("" if lite == pg else f"; only SQLite {sorted(set(lite) - set(pg))[:3]}, "
                                          f"only PostgreSQL {sorted(set(pg) - set(lite))[:3]}"))

    copy = os.path.join(work, "export.sqlite")
    result = run([args.binary, "quotes", "--db", single, "--export-sqlite", copy, "--quiet"])
    exported = sqlite_counts(copy) if result.returncode == 0 else None
    check("export to SQLite", exported == counts, f"{show(exported) if exported else result.stderr.strip()}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
