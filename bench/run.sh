#!/bin/sh
# Times scolint against yardsticks measured in the same run on the same file:
# `cat` (the read ceiling), a bare expat pass (bench/expat_pass.c) and
# `xmllint --stream --noout` (libxml2's reader). Every rule on, JSON report
# to /dev/null; scolint with one thread (-j1), with one per core, and with one
# per core in low-memory mode (--low-memory: two reads, a third of the memory).
# Usage: bench/run.sh [SCOLINT] [PUPILS...]   e.g. bench/run.sh build/release/scolint 10000 100000 1000000
# SCOLINT_BENCH_KINDS picks the files (default "eleves sts aaf csv all"; "all"
# lints the four files of a size together, to show parallel reading).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scolint=${1:-build/release/scolint}
shift || true
sizes=${*:-"10000 100000"}
kinds=${SCOLINT_BENCH_KINDS:-"eleves sts aaf csv all"}
out=${SCOLINT_BENCH_DIR:-/tmp/scolint-bench}
mkdir -p "$out"
expat="$out/expat_pass"
[ -x "$expat" ] || cc -O2 -o "$expat" "$here/expat_pass.c" -lexpat

# "seconds peak-RSS-KB" of a command, its output discarded.
measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
ratio() { awk "BEGIN{ if ($2 > 0) printf \"%.2f\", $1 / $2; else print \"–\" }"; }

printf '| pupils | file | MB | cat s | expat s | xmllint s | scolint -j1 s | scolint s | / expat | / xmllint | peak RSS MB | RSS / input | --low-memory s | / xmllint | RSS MB | RSS / input |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n'
for n in $sizes; do
  dir="$out/$n"
  [ -f "$dir/extraction_$n.csv" ] || python3 "$here/generate.py" --pupils "$n" --kinds eleves,sts,aaf,csv --out "$dir"
  for kind in $kinds; do
    case $kind in
      eleves) files="$dir/ElevesSansAdresses_$n.xml" ;;
      sts) files="$dir/sts_emp_0999999F_$n.xml" ;;
      aaf) files="$dir/ENT_0999999F_Complet_${n}_Eleve_0000.xml" ;;
      csv) files="$dir/extraction_$n.csv" ;;
      all) files="$dir" ;;
    esac
    kb=$(du -skL $files | awk '{s += $1} END {print s}')
    mb=$(awk "BEGIN{printf \"%.0f\", $kb / 1024}")
    cat_t=$(measure sh -c "find $files -type f -exec cat {} +" | cut -d' ' -f1)
    expat_t=0 xml_t=0
    if [ "$kind" != csv ] && [ "$kind" != all ]; then
      expat_t=$(measure "$expat" "$files" | cut -d' ' -f1)
      xml_t=$(measure xmllint --stream --noout "$files" | cut -d' ' -f1)
    elif [ "$kind" = all ]; then
      expat_t=$(measure sh -c "for f in $dir/*.xml; do $expat \$f; done" | cut -d' ' -f1)
      xml_t=$(measure sh -c "for f in $dir/*.xml; do xmllint --stream --noout \$f; done" | cut -d' ' -f1)
    fi
    one=$(measure "$scolint" -j1 --no-config --format json $files | cut -d' ' -f1)
    set -- $(measure "$scolint" --no-config --format json $files)
    sc_t=$1 rss_kb=$2
    set -- $(measure "$scolint" --no-config --low-memory --format json $files)
    low_t=$1 low_kb=$2
    show() { [ "$1" = 0 ] && echo "–" || echo "$1"; }
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$kind" "$mb" "$cat_t" \
      "$(show "$expat_t")" "$(show "$xml_t")" "$one" "$sc_t" "$(ratio "$sc_t" "$expat_t")" "$(ratio "$sc_t" "$xml_t")" \
      "$((rss_kb / 1024))" "$(ratio "$rss_kb" "$kb")" "$low_t" "$(ratio "$low_t" "$xml_t")" "$((low_kb / 1024))" \
      "$(ratio "$low_kb" "$kb")"
  done
done
printf '\nMachine: %s cores, %s, %s; %s; %s\n' "$(nproc)" "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)" \
  "$(uname -sr)" "$("$scolint" --version 2>/dev/null || echo scolint)" "$(date -u +%Y-%m-%d)"
