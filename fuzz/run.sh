#!/bin/sh
# Runs one libFuzzer harness on seeds gathered from testdata/.
#   fuzz/run.sh HARNESS_BINARY KIND SECONDS WORKDIR [libFuzzer options...]
# KIND is xml, aaf, csv, zip or values. New inputs that reach new code are
# kept in WORKDIR/corpus (reused by the next run); a crash, leak, UB report or
# an input slower than -timeout leaves its input in WORKDIR and fails the run.
# Long run on both cores (docs/robustness.md):
#   fuzz/run.sh build/fuzz/fuzz/fuzz_xml xml 3600 /tmp/fuzz-xml -jobs=2 -workers=2
set -eu
[ $# -ge 4 ] || { echo "usage: $0 HARNESS KIND SECONDS WORKDIR [options]" >&2; exit 64; }
harness=$1 kind=$2 seconds=$3 work=$4
shift 4
here=$(cd "$(dirname "$0")" && pwd)
testdata="$here/../testdata"
seeds="$work/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" "$work/corpus"

copy() { i=0; while read -r f; do i=$((i + 1)); cp "$f" "$seeds/$i-$(basename "$f")"; done; }
max_len=65536
case $kind in
  xml) find "$testdata" -name '*.xml' -size -64k | while read -r f; do grep -q ficAlimMENESR "$f" || echo "$f"; done | copy ;;
  aaf) grep -rl --include='*.xml' ficAlimMENESR "$testdata" | copy ;;
  csv) find "$testdata" -name '*.csv' | copy ;;
  zip)
    find "$testdata" -name '*.zip' | copy
    # Stored and deflated archives of small exports, so the fuzzer starts inside libzip's happy path.
    python3 - "$testdata" "$seeds" <<'PY'
import pathlib, sys, zipfile
testdata, seeds = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
files = sorted(p for p in (testdata / "demo").glob("*.xml"))[:3]
for method, name in ((zipfile.ZIP_STORED, "stored"), (zipfile.ZIP_DEFLATED, "deflated")):
    with zipfile.ZipFile(seeds / f"demo-{name}.zip", "w", method) as z:
        for f in files:
            z.write(f, f.name)
PY
    ;;
  values)
    max_len=4096
    for v in 01/09/2026 29/02/2024 31/04/2026 2026-09-01 123456789AB 1234567890A 0999999F \
             '0999999F$DIV$3EME A' 'a$$b' '$' 06.12.34.56.78 '+33 6 12 34 56 78' parent@example.org 75001 \
             'Marie-Noëlle' "D'ALMEIDA" 'ŒUVRARD' 'Zoé Et Léo'; do
      printf '%s' "$v" > "$seeds/$(printf '%s' "$v" | cksum | cut -d' ' -f1)"
    done ;;
  *) echo "$0: unknown kind $kind" >&2; exit 64 ;;
esac

# Entropic scheduling spends most of an export harness's time ranking the
# features of its large inputs (perf: 68 % in UpdateFeatureFrequency):
# plain scheduling runs 3× more inputs in the same time.
schedule=""
[ "$kind" = values ] || schedule="-entropic=0"
dict=""
# Allocation stacks cost a third of each execution (ASan unwinds and stores
# one per malloc); a finding's input is kept, and rerunning it with
# ASAN_OPTIONS= gives the full report.
export ASAN_OPTIONS="${ASAN_OPTIONS-malloc_context_size=0}"
[ -f "$here/$kind.dict" ] && dict="-dict=$here/$kind.dict"
# shellcheck disable=SC2086 # $schedule and $dict are one word or none
exec "$harness" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$work/" $schedule $dict "$@" "$work/corpus" "$seeds"
