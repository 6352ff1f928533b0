#!/bin/sh
# Renders the demo as HTML and checks it in a real browser (headless
# Chromium, Debian package `chromium`): every finding is shown, the search
# box filters, the page loads nothing from the network. Skipped (77) when no
# Chromium is installed; .ci/run installs it.
set -eu
scolint=$1
source=$2
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "no chromium: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
set +e
"$scolint" --no-config --lang fr --format html "$source/testdata/demo" > "$work/report.html"
code=$?
set -e
[ "$code" -eq 1 ] || { echo "scolint exit $code"; exit 1; }
if grep -Eq '<(script|link|img)[^>]+(src|href)=' "$work/report.html"; then
  echo "the page loads an external resource"; exit 1
fi
dump() { timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --dump-dom "file://$work/report.html$1" 2>/dev/null; }
dump "" > "$work/all.html"
dump "#q=3EME-EURO" > "$work/filtered.html"
total=$(grep -o '<li class="finding[^>]*>' "$work/all.html" | wc -l)
hidden_all=$(grep -o '<li class="finding[^>]*hidden[^>]*>' "$work/all.html" | wc -l)
visible=$(grep -o '<li class="finding[^>]*>' "$work/filtered.html" | grep -v hidden || true)
visible_count=$(printf '%s\n' "$visible" | grep -c 'data-code' || true)
echo "findings: $total, hidden without filter: $hidden_all, shown for 3EME-EURO: $visible_count"
[ "$total" -ge 20 ] || { echo "too few findings rendered"; exit 1; }
[ "$hidden_all" -eq 0 ] || { echo "findings hidden without a filter"; exit 1; }
# 3EME-EURO: one S001 finding, listed once by division and once by rule.
[ "$visible_count" -eq 2 ] || { echo "filter shows $visible_count findings"; exit 1; }
printf '%s\n' "$visible" | grep -q 'data-code="S001"' || { echo "filter shows the wrong finding"; exit 1; }
grep -q 'Par division' "$work/all.html" && grep -q 'Bilan' "$work/all.html"
