#!/usr/bin/env python3
"""The "Done when" checks of issue 14 on the quotation database, run end to end.

  python3 Scripts/database/check_issue14.py [--binary .build/release/parole] [--shared ../shared]

1. Wire copies: the seed articles (../shared/corpus/seeds) are stored, then a copy of each
   under another id and outlet (a JSONL file, as a second outlet would print them); the
   number of distinct quote_groups must equal the number of quotes of the seeds alone.
2. Merging: Barack Obama and B. Obama quoted in two articles must be one speaker.
3. Statistics: `--stats gender` on Tests/ParoleCLITests/Golden/quotes-database/gender.jsonl
   must give the female and male quote counts of the hand annotation beside it
   (gender-hand-count.tsv); speakers are compared too and reported.

Prints each figure and exits 1 when a check fails. Standard library only.
"""
import argparse, csv, io, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "ParoleCLITests", "Golden", "quotes-database")


def parole(binary, *arguments, stdin=None):
    result = subprocess.run([binary, "quotes", *arguments], input=stdin, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"parole quotes {' '.join(arguments)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def export(binary, database):
    return [json.loads(line) for line in parole(binary, "--db", database, "--format", "jsonl").splitlines()]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "parole"))
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    args = parser.parse_args()
    failed = False
    work = tempfile.mkdtemp(prefix="parole-issue14-")
    seeds = os.path.join(args.shared, "corpus", "seeds")

    # 1. Seeds alone, then seeds plus a copy under other ids.
    alone = os.path.join(work, "seeds.sqlite")
    parole(args.binary, seeds, "--db", alone, "--quiet")
    seed_quotes = len(export(args.binary, alone))
    copy = os.path.join(work, "second-outlet.jsonl")
    with open(copy, "w", encoding="utf-8") as out:
        for name in sorted(os.listdir(seeds)):
            text = open(os.path.join(seeds, name), encoding="utf-8").read()
            header = re.match(r"\s*date\s+(\S+)\s+", text)
            record = {"id": "copie-" + name[:-4], "outlet": "Seconde agence", "text": text[header.end():] if header else text}
            if header:
                record["date"] = header.group(1)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    both = os.path.join(work, "both.sqlite")
    parole(args.binary, seeds, copy, "--db", both, "--quiet")
    rows = export(args.binary, both)
    groups = len({row["quote_group"] for row in rows})
    ok = groups == seed_quotes and len(rows) == 2 * seed_quotes
    failed |= not ok
    print(f"[{'ok' if ok else 'FAIL'}] wire copies: seeds alone {seed_quotes} quotes; seeds + copy {len(rows)} quotes "
          f"in {groups} distinct quote_groups")

    # 2. B. Obama and Barack Obama in two articles, in the same base.
    parole(args.binary, os.path.join(FIXTURES, "obama.jsonl"), "--db", both, "--quiet")
    obama = [line for line in parole(args.binary, "--db", both, "--speakers").splitlines() if "Obama" in line]
    ok = len(obama) == 1
    failed |= not ok
    print(f"[{'ok' if ok else 'FAIL'}] merging: speakers named Obama: {obama}")
    quotes = [row for row in export(args.binary, both) if "Obama" in (row["speaker_text"] or "") or (row["speaker"] or "") .endswith("Obama")]
    print(f"       their quotes: {[(row['document'].split('#')[-1], row['speaker_text'], row['speaker']) for row in quotes]}")

    # 3. --stats gender against the hand count.
    hand = {}
    speakers = {}
    with open(os.path.join(FIXTURES, "gender-hand-count.tsv"), encoding="utf-8") as annotation:
        for line in annotation:
            if line.startswith("#") or not line.strip():
                continue
            _, _, speaker, gender = line.rstrip("\n").split("\t")
            hand[gender] = hand.get(gender, 0) + 1
            speakers.setdefault(gender, set()).add(speaker)
    fixture = os.path.join(work, "gender.sqlite")
    parole(args.binary, os.path.join(FIXTURES, "gender.jsonl"), "--db", fixture, "--quiet")
    table = parole(args.binary, "--db", fixture, "--stats", "gender", "--format", "csv")
    stats = {row["gender"]: row for row in csv.DictReader(io.StringIO(table))}
    for gender in ("female", "male"):
        quotes_found = int(stats.get(gender, {}).get("quotes", 0))
        speakers_found = int(stats.get(gender, {}).get("speakers", 0))
        ok = quotes_found == hand.get(gender, 0)
        failed |= not ok
        print(f"[{'ok' if ok else 'FAIL'}] --stats gender {gender}: {quotes_found} quotes (hand count {hand.get(gender, 0)}), "
              f"{speakers_found} speakers (hand count {len(speakers.get(gender, ()))})")
    print(table, end="")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
