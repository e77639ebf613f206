#!/usr/bin/env bash
# The public API of the library modules against the baseline recorded in API/: for each
# module, the swift-api-digester dump of the revision named in API/baseline-revision, kept
# in API/baseline/<revision>/<Module>.json. `swift package diagnose-api-breaking-changes`
# compares the release build with it: a removed or changed public declaration fails, an
# addition passes. The dumps are committed, so a clean clone needs no tag and no build of
# the baseline revision, only that revision in its history (a merge keeps it; after a
# squash or a rebase, record the baseline again).
#
#   Scripts/api/check_api.sh            # check (builds in release first, as .ci/run does)
#   Scripts/api/check_api.sh --record   # record HEAD's API as the baseline (clean tree, then commit API/)
#
# An intended break: record a new baseline in the same change, and say so in its message.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The Swift modules of the library products (Parole re-exports the first four).
modules=(ParoleCore ParoleEntities ParoleDates ParoleQuotes Parole ParoleDatabase ParoleBenchmarking)

if [ "${1:-}" = "--record" ]; then
    if [ -n "$(git status --porcelain -- Sources Package.swift)" ]; then
        echo "check_api: commit Sources and Package.swift first: the baseline names a revision" >&2
        exit 1
    fi
    revision=$(git rev-parse HEAD)
    swift build -c release
    bin=$(swift build -c release --show-bin-path)
    triple=$(swiftc -print-target-info | python3 -c 'import json, sys; print(json.load(sys.stdin)["target"]["triple"])')
    folder="API/baseline/$revision"
    rm -rf API/baseline
    mkdir -p "$folder"
    for module in "${modules[@]}"; do
        swift-api-digester -dump-sdk -compiler-style-diags -module "$module" -o "$folder/$module.json" \
            -target "$triple" -I "$bin/Modules" -I "$bin" \
            -Xcc -fmodule-map-file="$bin/CParoleICU.build/module.modulemap" -Xcc -I -Xcc Sources/CParoleICU/include
    done
    echo "$revision" > API/baseline-revision
    echo "check_api: recorded the API of $revision in $folder; commit API/"
    exit 0
fi

revision=$(cat API/baseline-revision)
targets=()
for module in "${modules[@]}"; do targets+=(--targets "$module"); done
swift package -c release diagnose-api-breaking-changes "$revision" --baseline-dir API/baseline "${targets[@]}"
