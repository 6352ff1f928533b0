#!/bin/sh
# Runs every scolint command docs/ci.md shows, as written, on the demo data:
# `build/release/scolint` becomes the binary under test, `exports/` the demo.
# A command may exit 0 or 1 (findings) but never 2; SARIF and Code Quality
# outputs must be JSON.
set -eu
scolint=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/build/release" "$work/exports"
ln -s "$scolint" "$work/build/release/scolint"
cp "$source"/testdata/demo/*.xml "$work/exports/"
cd "$work"
count=0
grep -o 'build/release/scolint [^`]*' "$source/docs/ci.md" | sed -e 's/ || test .*//' -e 's/ *# .*//' | awk '!seen[$0]++' > commands
while IFS= read -r command; do
  count=$((count + 1))
  set +e
  sh -c "$command" > out.txt 2> err.txt
  code=$?
  set -e
  if [ "$code" -ne 0 ] && [ "$code" -ne 1 ]; then
    echo "docs/ci.md command failed ($code): $command"; cat err.txt; exit 1
  fi
done < commands
for json in scolint.sarif gl-code-quality-report.json; do
  [ -s "$json" ] || { echo "docs/ci.md did not produce $json"; exit 1; }
  python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$json"
done
[ "$count" -ge 4 ] || { echo "only $count commands found in docs/ci.md"; exit 1; }
echo "ran $count commands from docs/ci.md"
