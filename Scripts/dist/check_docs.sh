#!/usr/bin/env bash
# Generates the DocC documentation of the Parole module (Sources/Parole/Parole.docc and the
# doc comments) with swift-docc-plugin, and fails on any warning or error it reports; first
# checks that README.md's Swift examples are those of Snippets/ (compiled by swift build).
#
#   Scripts/dist/check_docs.sh [OUTPUT_DIR]     # default: .build/docs
set -euo pipefail
cd "$(dirname "$0")/../.."
output=${1:-.build/docs}
python3 Scripts/dist/check_readme_snippets.py
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift package --allow-writing-to-directory "$output" generate-documentation --target Parole \
    --disable-indexing --output-path "$output" 2>&1 | tee "$log" || status=$?
if [ "$status" -ne 0 ]; then
    echo "check_docs: documentation generation failed (status $status)" >&2
    exit "$status"
fi
problems=$(grep -cE '(^|[[:space:]])(warning|error):' "$log" || true)
if [ "$problems" -ne 0 ]; then
    echo "check_docs: $problems DocC warning(s) or error(s); see above" >&2
    exit 1
fi
echo "check_docs: documentation of Parole in $output, no warnings"
