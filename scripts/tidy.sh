#!/bin/sh
# clang-tidy (.clang-tidy) on the library and CLI sources changed since BASE,
# through BUILD's compile_commands.json; fails on any warning, and when
# clang-tidy could not check every file. CI runs it with the base in
# .ci/tidy-base (the commit the previous CI run checked), so that every
# change is checked once, whatever the number of commits.
#   scripts/tidy.sh [BASE] [BUILD]     (defaults: .ci/tidy-base, build/ci)
# A changed header is checked through the .cpp of the same name, when there
# is one, and through every changed .cpp that includes it. clang-analyzer is
# left to full runs (run-clang-tidy -p build/ci): it triples the time.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd -P)
base=${1:-$(cat .ci/tidy-base)}
build=${2:-build/ci}
tidy=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
[ -n "$tidy" ] || { echo "tidy: run-clang-tidy not installed (scripts/install-deps.sh)" >&2; exit 2; }
[ -f "$build/compile_commands.json" ] || { echo "tidy: no $build/compile_commands.json: build first" >&2; exit 2; }
if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
  # A clone without the history to compare with (git clone --depth 1):
  # nothing to call "changed". Said loudly, not failed: the build and the
  # tests still decide.
  echo "tidy: NOT CHECKED: commit $base is not in this clone (shallow?)" >&2
  exit 0
fi
# Against the working tree: a file deleted since BASE is not listed (D).
files=$(git diff --name-only --diff-filter=AMR "$base" -- 'src/*' 'rules/*' 'include/*' |
  while read -r f; do
    case $f in
      *.cpp) echo "$f" ;;
      *.hpp | *.h) if [ -f "${f%.*}.cpp" ]; then echo "${f%.*}.cpp"; fi ;;
    esac
  done | sort -u)
if [ -z "$files" ]; then echo "tidy: no source changed since $base"; exit 0; fi
count=$(echo "$files" | wc -l)
echo "tidy: $count files changed since $(git rev-parse --short "$base")"
log=$(mktemp)
status=0
# Each path is a regular expression for run-clang-tidy: its dots escaped, anchored at the end.
# shellcheck disable=SC2046 # one argument per file
"$tidy" -p "$build" -quiet -j 2 -checks='-clang-analyzer-*' \
  $(for f in $files; do printf '%s$\n' "$root/$f" | sed 's/[.+]/\\&/g'; done) >"$log" 2>&1 || status=$?
checked=$(grep -c "^clang-tidy-14 \|^clang-tidy " "$log" || true)
if grep -E "(warning|error): " "$log" | sort -u | grep . ; then
  echo "tidy: fix the warnings above, or say in .clang-tidy why a check does not apply" >&2
  rm -f "$log"
  exit 1
fi
if [ "$status" -ne 0 ] || [ "$checked" -ne "$count" ]; then
  cat "$log" >&2
  echo "tidy: clang-tidy checked $checked of $count files (exit status $status)" >&2
  rm -f "$log"
  exit 2
fi
rm -f "$log"
echo "tidy: clean ($count files)"
