#!/bin/sh
# Issue #8's sizes, too big to keep in testdata/: a 64 MiB XML value, a
# 64 MiB attribute, a 64 MiB CSV line and 200 000-deep nesting, written here
# and linted beside a good export. Each must give its diagnostic with a
# position and exit code 2, keep the good file's finding, and stay within a
# memory bound (peak RSS, measured by /usr/bin/time when it exists).
#   check_huge_inputs.sh SCOLINT SOURCE_DIR WORK_DIR [SANITIZED]
# SANITIZED=1: no memory bound (ASan's shadow memory and quarantine).
set -eu
scolint=$1 source=$2 work=$3 sanitized=${4:-0}
rm -rf "$work" && mkdir -p "$work"
good="$source/testdata/cases/S001/sts_emp.xml"
mib64=67108864
failures=0

# $1 name, $2 file, $3 expected text in the output, $4 RSS bound in MiB
check() {
  out="$work/$1.out"
  status=0
  if [ -x /usr/bin/time ] && [ "$sanitized" != 1 ]; then
    /usr/bin/time -f "%M" -o "$work/$1.rss" "$scolint" --no-config --lang en --select F,S001 "$2" "$good" >"$out" 2>&1 || status=$?
  else
    "$scolint" --no-config --lang en --select F,S001 "$2" "$good" >"$out" 2>&1 || status=$?
  fi
  ok=1
  [ "$status" -eq 2 ] || { echo "$1: exit code $status, expected 2"; ok=0; }
  grep -q "$3" "$out" || { echo "$1: no \"$3\" in the output"; ok=0; }
  grep -q 'division code "3EME-EURO"' "$out" || { echo "$1: the good file's finding was lost"; ok=0; }
  if [ -f "$work/$1.rss" ]; then
    rss_mib=$(( $(tail -n 1 "$work/$1.rss") / 1024 ))
    [ "$rss_mib" -le "$4" ] || { echo "$1: peak RSS $rss_mib MiB over $4 MiB"; ok=0; }
  fi
  if [ $ok -eq 1 ]; then echo "ok: $1"; else sed 's/^/  | /' "$out" | head -5; failures=$((failures + 1)); fi
  rm -f "$2"
}

prolog='<?xml version="1.0" encoding="UTF-8"?>'
{ printf '%s\n<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID="1"><NOM_DE_FAMILLE>' "$prolog"
  head -c $mib64 /dev/zero | tr '\0' 'A'
  printf '</NOM_DE_FAMILLE></ELEVE></ELEVES></DONNEES></BEE_ELEVES>\n'; } > "$work/field.xml"
check "64 MiB value" "$work/field.xml" "field.xml:2:[0-9]*: error: malformed XML: value longer than 1 MiB" 64

# An attribute is one token that expat holds whole: reading stops after 8 MiB without an event.
{ printf '%s\n<BEE_ELEVES><DONNEES><ELEVES><ELEVE ELEVE_ID="' "$prolog"
  head -c $mib64 /dev/zero | tr '\0' '1'
  printf '"></ELEVE></ELEVES></DONNEES></BEE_ELEVES>\n'; } > "$work/attribute.xml"
check "64 MiB attribute" "$work/attribute.xml" "attribute.xml:2:30: error: malformed XML: value longer than 8 MiB" 64

{ printf 'Nom;Prénom;INE\nA;"'
  head -c $mib64 /dev/zero | tr '\0' 'B'
  printf '";X\nC;D;E\n'; } > "$work/line.csv"
check "64 MiB CSV line" "$work/line.csv" "line.csv:2:1: error: .*line longer than 4 MiB" 64

# A quote never closed, then 64 MiB of ordinary lines: one pass, stopped at 4 MiB.
{ printf 'Nom;Prénom;INE\nA;"B;C\n'
  head -c $mib64 /dev/zero | tr '\0' 'x' | fold -w 63; } > "$work/quote.csv"
check "quote never closed" "$work/quote.csv" "quote.csv:2:1: error: .*quote" 64

{ printf '%s\n<BEE_ELEVES>' "$prolog"
  i=0; while [ $i -lt 200 ]; do printf '%01000d' 0 | sed 's/0/<a>/g'; i=$((i + 1)); done
  printf '</BEE_ELEVES>\n'; } > "$work/deep.xml"
check "200 000-deep nesting" "$work/deep.xml" "deep.xml:2:[0-9]*: error: malformed XML: elements nested too deep" 64

[ $failures -eq 0 ]
