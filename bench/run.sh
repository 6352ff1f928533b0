#!/bin/sh
# Times scolint against yardsticks measured in the same run on the same file:
# `cat` (the read ceiling) and `xmllint --stream --noout` (libxml2's reader).
# Usage: bench/run.sh [SCOLINT] [PUPILS...]   e.g. bench/run.sh build/release/scolint 10000 100000
set -eu
here=$(dirname "$0")
scolint=${1:-build/release/scolint}
shift || true
sizes=${*:-"10000 100000"}
out=${SCOLINT_BENCH_DIR:-/tmp/scolint-bench}
mkdir -p "$out"

seconds() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }

printf '| pupils | MB | cat s | xmllint --stream s | scolint s | scolint / xmllint | scolint peak RSS MB | RSS / input |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for n in $sizes; do
  file="$out/ElevesSansAdresses_$n.xml"
  [ -f "$file" ] || python3 "$here/generate.py" --pupils "$n" --out "$out"
  mb=$(du -m "$file" | cut -f1)
  cat_t=$(seconds cat "$file" | cut -d' ' -f1)
  xml_t=$(seconds xmllint --stream --noout "$file" | cut -d' ' -f1)
  set -- $(seconds "$scolint" --format json "$file")
  sc_t=$1; sc_rss_kb=$2
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$mb" "$cat_t" "$xml_t" "$sc_t" \
    "$(awk "BEGIN{printf \"%.2f\", $sc_t / $xml_t}")" "$((sc_rss_kb / 1024))" \
    "$(awk "BEGIN{printf \"%.2f\", $sc_rss_kb / 1024 / $mb}")"
done
