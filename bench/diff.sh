#!/bin/sh
# Times `scolint diff OLD NEW` on generated exports against one lint of NEW
# and `xmllint --stream --noout NEW`, measured in the same run (the issue's
# yardstick: the diff reads two files, so about twice a read is the floor).
# Usage: bench/diff.sh [SCOLINT] [PUPILS...]   e.g. bench/diff.sh build/release/scolint 100000 1000000
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scolint=${1:-build/release/scolint}
shift || true
sizes=${*:-"100000"}
out=${SCOLINT_BENCH_DIR:-/tmp/scolint-bench}

measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
ratio() { awk "BEGIN{ if ($2 > 0) printf \"%.2f\", $1 / $2; else print \"–\" }"; }

printf '| pupils | MB (each) | xmllint NEW s | lint NEW s | lint RSS MB | diff s | diff RSS MB | diff / lint | diff / xmllint | changes |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
for n in $sizes; do
  dir="$out/$n"
  old="$dir/ElevesSansAdresses_$n.xml"
  new="$dir/diff-new/ElevesSansAdresses_$n.xml"
  [ -f "$old" ] || python3 "$here/generate.py" --pupils "$n" --kinds eleves --out "$dir"
  mkdir -p "$dir/diff-new"
  [ -f "$new" ] || python3 "$here/perturb.py" "$old" "$new"
  mb=$(du -mL "$new" | cut -f1)
  xml_t=$(measure xmllint --stream --noout "$new" | cut -d' ' -f1)
  set -- $(measure "$scolint" --no-config --format json "$new")
  lint_t=$1 lint_kb=$2
  set -- $(measure "$scolint" --no-config --format json diff "$old" "$new")
  diff_t=$1 diff_kb=$2
  changes=$("$scolint" --no-config --format json diff "$old" "$new" | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["changes"])')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$mb" "$xml_t" "$lint_t" "$((lint_kb / 1024))" \
    "$diff_t" "$((diff_kb / 1024))" "$(ratio "$diff_t" "$lint_t")" "$(ratio "$diff_t" "$xml_t")" "$changes"
done
