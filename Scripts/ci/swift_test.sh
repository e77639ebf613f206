#!/usr/bin/env bash
# The README's test command, `swift test`, as .ci/run runs it:
# - standard input is /dev/null, so a test that reads it by mistake ends instead of waiting;
# - output is line-buffered, so a log cut short ends on the last line written;
# - a run that does not end within PAROLE_TEST_TIME_LIMIT seconds (default 1500) is
#   stopped, the tests that started and never ended are listed, and the run is made once
#   more: a hang is reported by name rather than eating the whole CI budget.
# Arguments go to `swift test`. Usage: Scripts/ci/swift_test.sh [swift test options]
set -uo pipefail
limit=${PAROLE_TEST_TIME_LIMIT:-1500}
log=$(mktemp "${TMPDIR:-/tmp}/parole-tests.XXXXXX")
trap 'rm -f "$log"' EXIT

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

for attempt in 1 2; do
    start=$SECONDS
    timeout --kill-after=30 "$limit" stdbuf -oL -eL swift test "$@" </dev/null 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    echo "swift test: exit status $status after $((SECONDS - start)) s (attempt $attempt)"
    if [ "$status" -ne 124 ] && [ "$status" -ne 137 ]; then
        exit "$status"
    fi
    echo "swift test did not end within $limit s; tests started that never ended:"
    unfinished "$log"
done
exit 124
