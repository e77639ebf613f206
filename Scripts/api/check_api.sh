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
#   Scripts/api/check_api.sh --record [debug|release]
#                                       # record HEAD's API as the baseline from that build
#                                       # (default release; clean tree; then commit API/;
#                                       # PAROLE_API_BUILT=1: that build is up to date)
#
# An intended break: record a new baseline in the same change, and say so in its message.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The Swift modules of the library products (Parole re-exports the first six).
modules=(ParoleModel ParoleCore ParoleText ParoleEntities ParoleDates ParoleQuotes Parole ParoleDatabase ParoleBenchmarking)

if [ "${1:-}" = "--record" ]; then
    if [ -n "$(git status --porcelain -- Sources Package.swift)" ]; then
        echo "check_api: commit Sources and Package.swift first: the baseline names a revision" >&2
        exit 1
    fi
    revision=$(git rev-parse HEAD)
    configuration=${2:-release}
    [ "${PAROLE_API_BUILT:-0}" = 1 ] || swift build -c "$configuration"
    bin=$(swift build -c "$configuration" --show-bin-path)
    triple=$(swiftc -print-target-info | python3 -c 'import json, sys; print(json.load(sys.stdin)["target"]["triple"])')
    # The C modules the Swift modules import: those SwiftPM generated a module map for,
    # and GRDB's SQLite system library.
    module_maps=()
    for map in "$bin"/*.build/module.modulemap "$bin"/../../checkouts/GRDB.swift/Sources/GRDBSQLite/module.modulemap; do
        # A plugin's host-tool copy (`X-tool.build`) defines the same module again.
        case "$map" in *-tool.build/*) continue ;; esac
        [ -f "$map" ] && module_maps+=(-Xcc -fmodule-map-file="$map")
    done
    folder="API/baseline/$revision"
    rm -rf API/baseline
    mkdir -p "$folder"
    for module in "${modules[@]}"; do
        swift-api-digester -dump-sdk -compiler-style-diags -module "$module" -o "$folder/$module.json" \
            -target "$triple" -I "$bin/Modules" -I "$bin" \
            "${module_maps[@]}" -Xcc -I -Xcc Sources/CParoleICU/include
        # The digester dumps `package` declarations too (marked isInternal); the modules may
        # change those freely, so the baseline keeps the public ones only.
        python3 - "$folder/$module.json" <<'PYTHON'
import json
import sys

def public(node):
    children = node.get("children")
    if children is not None:
        node["children"] = [public(child) for child in children if not child.get("isInternal")]
    return node

path = sys.argv[1]
with open(path) as file:
    dump = json.load(file)
if not dump.get("ABIRoot", {}).get("children"):
    sys.exit(f"check_api: the dump {path} is empty (the module did not load: build that configuration first)")
with open(path, "w") as file:
    dump["ABIRoot"] = public(dump["ABIRoot"])
    json.dump(dump, file, indent=1, sort_keys=True)
    file.write("\n")
PYTHON
    done
    echo "$revision" > API/baseline-revision
    echo "check_api: recorded the API of $revision in $folder; commit API/"
    exit 0
fi

revision=$(cat API/baseline-revision)
targets=()
for module in "${modules[@]}"; do targets+=(--targets "$module"); done
# .ci/run has built in release; PAROLE_API_CONFIGURATION=debug compares a debug build. The
# native build system reads the recorded baseline files (swiftbuild would rebuild the revision).
swift package -c "${PAROLE_API_CONFIGURATION:-release}" --build-system native diagnose-api-breaking-changes "$revision" --baseline-dir "$PWD/API/baseline" "${targets[@]}"
