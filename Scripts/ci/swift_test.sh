#!/usr/bin/env bash
# The README's test command, `swift test`, as .ci/run runs it:
# - standard input is /dev/null, so a test that reads it by mistake ends instead of waiting;
# - output is line-buffered, so a log cut short ends on the last line written;
# - a run that does not end within PAROLE_TEST_TIME_LIMIT seconds (default 1500) is
#   stopped, the tests that started and never ended are listed, and the run is made once
#   more: a hang is reported by name rather than eating the whole CI budget.
# - the tests run with TMPDIR set to a new empty folder (one per attempt), and a run that
#   leaves anything there fails, the leftovers listed, even when every test passed: a test
#   removes what it makes (Tests/*/TemporaryFolder.swift), and so does `parole`. Only what
#   the Swift toolchain itself leaves there is ignored, by name (toolchain_leftovers below).
# Arguments go to `swift test`. Usage: Scripts/ci/swift_test.sh [swift test options]
set -uo pipefail
limit=${PAROLE_TEST_TIME_LIMIT:-1500}
outer=${TMPDIR:-/tmp}
log=$(mktemp "$outer/parole-tests.XXXXXX")
scratch=""
trap 'rm -f "$log"; [ -z "$scratch" ] || rm -rf "$scratch"' EXIT

# Lists the tests that started and never ended in the log $1.
unfinished() {
    python3 - "$1" <<'PY'
import re, sys
started, ended = [], set()
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    match = re.search(r'Test (?:case passing .* to )?"(.*)" (started|passed|failed|skipped)', line)
    if match:
        (started.append if match.group(2) == "started" else ended.add)(match.group(1))
left = [name for name in dict.fromkeys(started) if name not in ended]
print("\n".join(f"  - {name}" for name in left) or "  (none: the runner itself did not end)")
PY
}

# What swift test leaves in TMPDIR on its own, whatever the tests do (swift 6.3, even for a
# run of no test, with or without --skip-build): SwiftPM's empty lock files, named after the
# locked path with / as _ (_work_parole_.build.lock, _root_.swiftpm.lock, ..._Package.resolved.lock),
# folders TemporaryDirectory.XXXXXX that hold nothing but an empty .keep-directory, and, when
# swift test compiles, the compiler's macro expansions (#expect, @Test) in the folder
# swift-generated-sources, files @__swiftmacro_*. Nothing else is ignored.
toolchain_made() {
    local entry=$1 name
    name=$(basename "$entry")
    if [[ -f $entry && ! -s $entry && $name == _*.lock ]]; then return 0; fi
    if [[ -d $entry && ! -L $entry && $name == swift-generated-sources ]]; then
        [ -z "$(find "$entry" -mindepth 1 ! \( -name "@__swiftmacro_*" -type f \) -print -quit)" ]
        return
    fi
    if [[ -d $entry && ! -L $entry && $name == TemporaryDirectory.?????? ]]; then
        [ -z "$(find "$entry" -mindepth 1 ! \( -name .keep-directory -type f -empty \) -print -quit)" ]
        return
    fi
    return 1
}

# Prints what is in folder $1 beyond the toolchain's own files, one entry a line, with the
# first names inside a folder (a leaked folder is known by what it holds).
leftovers() {
    find "$1" -mindepth 1 -maxdepth 1 -print0 | sort -z | while IFS= read -r -d '' entry; do
        toolchain_made "$entry" || find "$entry" -maxdepth 2 | head -n 6 | sed "s|^$1/|  |"
    done
}

for attempt in 1 2; do
    start=$SECONDS
    scratch=$(mktemp -d "$outer/parole-test-tmpdir.XXXXXX")
    TMPDIR=$scratch timeout --kill-after=30 "$limit" stdbuf -oL -eL swift test "$@" </dev/null 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    echo "swift test: exit status $status after $((SECONDS - start)) s (attempt $attempt)"
    if [ "$status" -ne 124 ] && [ "$status" -ne 137 ]; then
        left=$(leftovers "$scratch")
        if [ -n "$left" ]; then
            echo "the tests left files in TMPDIR ($scratch); a test must remove what it makes:"
            echo "$left"
            [ "$status" -ne 0 ] || status=1
        fi
        exit "$status"
    fi
    rm -rf "$scratch"
    echo "swift test did not end within $limit s; tests started that never ended:"
    unfinished "$log"
done
exit 124
