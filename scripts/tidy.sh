#!/bin/sh
# clang-tidy (.clang-tidy) on the library and CLI sources changed since BASE,
# through BUILD's compile_commands.json; fails on any warning. CI runs it
# with the base in .ci/tidy-base (the commit the previous CI run checked),
# so that every change is checked once, whatever the number of commits.
#   scripts/tidy.sh [BASE] [BUILD]     (defaults: .ci/tidy-base, build/ci)
# A changed header is checked through the .cpp of the same name, when there
# is one, and through every changed .cpp that includes it. clang-analyzer is
# left to full runs (run-clang-tidy -p build/ci): it triples the time.
set -eu
cd "$(dirname "$0")/.."
base=${1:-$(cat .ci/tidy-base)}
build=${2:-build/ci}
tidy=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
if [ -z "$tidy" ]; then echo "tidy: run-clang-tidy not installed (scripts/install-deps.sh)" >&2; exit 2; fi
if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
  echo "tidy: $base is not in this clone (shallow?): nothing to compare with, nothing checked" >&2
  exit 0
fi
files=$(git diff --name-only --diff-filter=AMR "$base" -- 'src/*' 'rules/*' 'include/*' |
  while read -r f; do
    case $f in
      *.cpp) echo "$f" ;;
      *.hpp | *.h) [ -f "${f%.*}.cpp" ] && echo "${f%.*}.cpp" ;;
    esac
  done | sort -u)
files=$(for f in $files; do [ -f "$f" ] && echo "$f"; done)
if [ -z "$files" ]; then echo "tidy: no source changed since $base"; exit 0; fi
echo "tidy: $(echo "$files" | wc -l) files changed since $(git rev-parse --short "$base")"
log=$(mktemp)
# shellcheck disable=SC2086 # one argument per file
"$tidy" -p "$build" -quiet -j 2 -checks='-clang-analyzer-*' $(for f in $files; do echo "$PWD/$f"; done) >"$log" 2>&1 || true
if grep -E "(warning|error): " "$log" | sort -u | grep . ; then
  echo "tidy: fix the warnings above, or say in .clang-tidy why a check does not apply" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
echo "tidy: clean"
