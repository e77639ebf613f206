#!/usr/bin/env bash
# Builds every libFuzzer target with -sanitize=fuzzer,address and runs each for
# SECONDS seconds (default 60) on the seed corpus with the French dictionary.
# A crash leaves its input in Scripts/fuzz/crashes/<target>/; turn it into a
# regression test, fix, and run again.
#
#   Scripts/fuzz/run.sh 30            # the short run (CI)
#   Scripts/fuzz/run.sh 1800          # the long run (30 minutes per target)
#   Scripts/fuzz/run.sh 60 FuzzReader # one target
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
shift || true
targets=("${@:-FuzzUTF8 FuzzReader FuzzPipeline FuzzDatabase}")
read -r -a targets <<<"${targets[*]}"
root="$(cd ../.. && pwd)"
out=".build/fuzz-bin"
flags=(--scratch-path .build-coverage --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address)
mkdir -p "$out"

for target in "${targets[@]}"; do
    echo "== $target: build"
    if [ "$target" = FuzzUTF8 ]; then
        swiftc -O -parse-as-library -sanitize=fuzzer,address UTF8Fuzz.swift \
            "$root/Sources/ParoleCore/Input/UTF8Validation.swift" -o "$out/FuzzUTF8" 2>&1 | grep -v "ld.gold: warning" || true
    else
        # Every module is compiled with coverage (SwiftPM's --sanitize fuzzer only links libFuzzer).
        swift build -c release "${flags[@]}" --product "$target" 2>&1 | tail -1
        cp "$(swift build -c release "${flags[@]}" --show-bin-path)/$target" "$out/$target"
    fi
    corpus=".build/corpus/$target"
    crashes="crashes/$target"
    mkdir -p "$corpus" "$crashes"
    cp seeds/* "$corpus/"
    echo "== $target: run ${seconds}s"
    # No leak detection, neither per input (-detect_leaks=0) nor at exit (ASAN_OPTIONS):
    # process-wide caches (lexicons, GRDB) allocated once make LeakSanitizer report 150-200
    # bytes in FuzzDatabase that no single input reproduces.
    ASAN_OPTIONS=detect_leaks=0 "$out/$target" "$corpus" -detect_leaks=0 -dict=french.dict -max_total_time="$seconds" -max_len=4096 -timeout=30 \
        -rss_limit_mb=4096 -artifact_prefix="$crashes/" -print_final_stats=1 2>&1 |
        grep -E "^#[0-9]+ *DONE|stat::number_of_executed_units|ERROR|SUMMARY|Test unit written|Done [0-9]+ runs" || true
    # Any one kind of artifact fails the run (`ls` of three globs fails unless all three match).
    if [ -n "$(find "$crashes" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) -print -quit)" ]; then
        echo "== $target: FAILED, inputs in $crashes"
        exit 1
    fi
done
echo "== fuzzing done"
