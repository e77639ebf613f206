#!/usr/bin/env bash
# `parole bench` runs each configuration in a child process. Stopping bench with
# SIGTERM (kill), SIGINT (Ctrl-C) or SIGHUP (terminal closed) must take the child
# with it. Starts bench on the seeds with many passes, waits for its child,
# sends the signal to bench, and fails if any child is still alive a second later.
#
#   Scripts/robustness/bench_signals.sh [path/to/parole]
set -euo pipefail
cd "$(dirname "$0")/../.."
parole="$(realpath "${1:-.build/release/parole}")"
corpus="${PAROLE_SHARED:-../shared}/corpus/seeds"
status=0
for signal in TERM INT HUP; do
    for configuration in pipeline analyze; do
        "$parole" bench --corpus "$corpus" --only "$configuration" --iterations 100000 >/dev/null 2>&1 &
        bench=$!
        child=""
        for _ in $(seq 1 100); do
            child="$(pgrep -P "$bench" || true)"
            [ -n "$child" ] && break
            sleep 0.1
        done
        if [ -z "$child" ]; then
            echo "FAIL $signal/$configuration: bench started no child"
            kill -KILL "$bench" 2>/dev/null || true
            status=1
            continue
        fi
        kill -"$signal" "$bench"
        for _ in $(seq 1 50); do kill -0 "$bench" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$bench" 2>/dev/null; then
            echo "FAIL $signal/$configuration: bench ignored the signal"
            kill -KILL "$bench" "$child" 2>/dev/null || true
            status=1
            continue
        fi
        wait "$bench" 2>/dev/null || true
        sleep 1
        # A zombie (killed, not yet reaped by its new parent) is dead.
        state="$(ps -o stat= -p "$child" 2>/dev/null || true)"
        if [ -n "$state" ] && [ "${state:0:1}" != Z ]; then
            echo "FAIL $signal/$configuration: child $child outlived bench"
            kill -KILL "$child" 2>/dev/null || true
            status=1
        else
            echo "ok   $signal/$configuration: child $child stopped with bench"
        fi
    done
done
exit "$status"
