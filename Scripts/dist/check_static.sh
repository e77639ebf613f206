#!/usr/bin/env bash
# Builds the relocatable `parole` (swift build -c release --static-swift-stdlib), copies it
# alone into an empty folder and checks that:
#   - ldd lists no Swift runtime library (libswift*, libFoundation*, libdispatch);
#   - it analyses the seeds corpus exactly as the normal release build does;
#   - a missing or damaged data file given with --resources / PAROLE_RESOURCES is a
#     one-line error and a non-zero exit status, never a crash.
# Usage: Scripts/dist/check_static.sh [CORPUS]   (default ../shared/corpus/seeds)
# The static build has its own scratch folder, .build-static (its compiler flags differ, so
# sharing .build would rebuild everything twice); .build/release/parole stays the normal build.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="$(cd "${1:-../shared/corpus/seeds}" && pwd)"
work="$(mktemp -d /tmp/parole-static-XXXXXX)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== normal release build"
swift build -c release 2>&1 | tail -1
.build/release/parole analyze "$corpus" --format jsonl --quiet > "$work/normal.jsonl"

echo "== static build: swift build -c release --static-swift-stdlib --scratch-path .build-static"
swift build -c release --static-swift-stdlib --scratch-path .build-static --product parole 2>&1 | tail -1
mkdir "$work/empty"
cp .build-static/release/parole "$work/empty/parole"

echo "== ldd $work/empty/parole"
ldd "$work/empty/parole" | sed 's/^/   /'
if ldd "$work/empty/parole" | grep -Ei 'libswift|libFoundation|libdispatch|libBlocksRuntime|_FoundationICU'; then
    fail "the static binary still needs a Swift runtime library"
fi
echo "   size: $(du -h "$work/empty/parole" | cut -f1)"

echo "== the binary alone in an empty folder analyses $corpus"
(
    cd "$work/empty"
    [ "$(ls)" = parole ] || fail "the folder holds more than the binary"
    env -u PAROLE_RESOURCES ./parole analyze "$corpus" --format jsonl --quiet > "$work/static.jsonl"
)
cmp "$work/normal.jsonl" "$work/static.jsonl" || fail "the static binary's output differs from the normal build's"
echo "   $(wc -l < "$work/static.jsonl") documents, $(grep -o '"type":"[a-z]*","speaker"' "$work/static.jsonl" | wc -l) quotes: identical to the normal build"

echo "== a missing or damaged data file is a clear error, not a crash"
expect_error() {  # expect_error WHAT PATTERN COMMAND...
    local what="$1" pattern="$2"
    shift 2
    local status=0
    "$@" > /dev/null 2> "$work/errors.txt" || status=$?
    [ "$status" -ne 0 ] || fail "$what: exit status 0"
    [ "$status" -lt 128 ] || fail "$what: killed by signal $((status - 128))"
    grep -q 'Fatal error' "$work/errors.txt" && fail "$what: crashed: $(cat "$work/errors.txt")"
    grep -q "$pattern" "$work/errors.txt" || fail "$what: unexpected message: $(cat "$work/errors.txt")"
    echo "   $what (status $status): $(head -1 "$work/errors.txt")"
}
mkdir -p "$work/nothing"
expect_error "empty folder via PAROLE_RESOURCES" "not found in the resource folder" \
    env PAROLE_RESOURCES="$work/nothing" "$work/empty/parole" analyze "$corpus" --quiet
expect_error "empty folder via --resources" "not found in the resource folder" \
    "$work/empty/parole" analyze "$corpus" --quiet --resources "$work/nothing"
cp -r Resources "$work/damaged-tagger"
head -c 1000 Resources/models/tagger.bin > "$work/damaged-tagger/models/tagger.bin"
expect_error "truncated models/tagger.bin" "tagger.bin" \
    "$work/empty/parole" analyze "$corpus" --quiet --stages tokenize,sentences,morphology \
    --resources "$work/damaged-tagger"
cp -r Resources "$work/damaged-forms"
printf 'garbage\tline\n\xff\xfe\n' > "$work/damaged-forms/lexicons/french-forms.txt"
expect_error "garbled lexicons/french-forms.txt" "french-forms.txt" \
    "$work/empty/parole" analyze "$corpus" --quiet --stages tokenize,sentences,morphology \
    --resources "$work/damaged-forms"
cp -r Resources "$work/not-utf8"
printf '# header\n\xff\xfe\n' > "$work/not-utf8/lexicons/clitics.txt"
expect_error "non-UTF-8 lexicons/clitics.txt" "clitics.txt" \
    "$work/empty/parole" analyze "$corpus" --quiet --resources "$work/not-utf8"
echo "== static binary check passed"
