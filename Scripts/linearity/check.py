#!/usr/bin/env python3
"""Asserts that `parole analyze` does linear work on inputs that once took quadratic time.

For each family of `families.py`, counts the instructions (valgrind's callgrind) that
the whole pipeline executes on an input of 1x and 8x the base size, and on an empty
document (start-up: lexicons, ICU). The work of the text itself is the count minus the
start-up count; the check fails when 8x costs 8.5 times the work of 1x or more.
Counting instructions, not time, makes the check exact and independent of the load.

    python3 Scripts/linearity/check.py                  # every family, base 16 KB
    python3 Scripts/linearity/check.py --base 4096 --family elisions
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import families  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def countable(binary: str, folder: str) -> str:
    """A copy of `binary` without its debug information, which valgrind 3.19 cannot read."""
    copy = os.path.join(folder, "parole")
    subprocess.run(["cp", binary, copy], check=True)
    subprocess.run(["strip", "-g", copy], check=True)
    return copy


def instructions(binary: str, text: str) -> int:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as file:
        file.write(text)
        path = file.name
    try:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
             binary, "analyze", path, "--format", "jsonl", "--quiet", "--jobs", "1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    finally:
        os.unlink(path)
    match = re.search(r"Collected : (\d+)", result.stderr)
    if not match:
        sys.exit(f"no instruction count from valgrind:\n{result.stderr[-2000:]}")
    return int(match.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/parole"))
    parser.add_argument("--base", type=int, default=16384, help="bytes of the 1x input")
    parser.add_argument("--factor", type=int, default=8)
    parser.add_argument("--limit", type=float, default=8.5, help="the largest ratio accepted")
    parser.add_argument("--family", action="append", choices=sorted(families.UNITS))
    arguments = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="parole-linearity-")
    arguments.binary = countable(arguments.binary, folder)
    startup = instructions(arguments.binary, "fin.")
    print(f"start-up: {startup:,} instructions")
    failed = False
    for family in arguments.family or sorted(families.UNITS):
        small = instructions(arguments.binary, families.text(family, arguments.base)) - startup
        large = instructions(arguments.binary, families.text(family, arguments.base * arguments.factor)) - startup
        ratio = large / max(small, 1)
        verdict = "ok" if ratio < arguments.limit else "FAIL"
        failed |= ratio >= arguments.limit
        print(f"{family:16} 1x {small:>14,}  {arguments.factor}x {large:>15,}  ratio {ratio:5.2f}  {verdict}")
    subprocess.run(["rm", "-rf", folder], check=False)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
