#!/bin/sh
# Builds and runs Examples/OutsidePackage, a package that depends on Parole by path as a
# user's package would: it analyses a French paragraph with emoji, encodes the document,
# decodes it, checks equality and prints navigation results. Exits non-zero on a build
# failure or any mismatch. Its build directory is .build-outside (ignored by git).
#
#   Scripts/dist/check_outside_package.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
package="$root/Examples/OutsidePackage"
scratch="$root/.build-outside"
swift build --package-path "$package" --scratch-path "$scratch"
"$(swift build --package-path "$package" --scratch-path "$scratch" --show-bin-path)/outside-package"
