#!/bin/sh
# Renders the demo as HTML and checks it in a real browser (headless
# Chromium, Debian package `chromium`): every finding is shown, the search
# box filters (a class name finds its pupils), one division prints alone, the
# page loads nothing from the network. Screenshots of the page and of one
# division's print, and that print as PDF, are left in $3 (the build tree)
# for a reviewer. Skipped (77) when no Chromium is installed; .ci/run installs it.
set -eu
scolint=$1
source=$2
shots=${3:-$(mktemp -d)}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "no chromium: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$shots"
set +e
"$scolint" --no-config --lang fr "$source/testdata/demo" -o "$work/report.html"
code=$?
set -e
[ "$code" -eq 1 ] || { echo "scolint exit $code"; exit 1; }
if grep -Eq '<(script|link|img)[^>]+(src|href)=' "$work/report.html"; then
  echo "the page loads an external resource"; exit 1
fi
run() { timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run "$@" 2>/dev/null; }
dump() { run --dump-dom "file://$work/report.html$1"; }
dump "" > "$work/all.html"
dump "#q=3EME-EURO" > "$work/filtered.html"
dump "#print=division-6_20A" > "$work/one.html"
total=$(grep -o '<li class="finding[^>]*>' "$work/all.html" | wc -l)
hidden_all=$(grep -o '<li class="finding[^>]*hidden[^>]*>' "$work/all.html" | wc -l)
visible=$(grep -o '<li class="finding[^>]*>' "$work/filtered.html" | grep -v hidden || true)
visible_count=$(printf '%s\n' "$visible" | grep -c 'data-code' || true)
echo "findings: $total, hidden without filter: $hidden_all, shown for 3EME-EURO: $visible_count"
[ "$total" -ge 20 ] || { echo "too few findings rendered"; exit 1; }
[ "$hidden_all" -eq 0 ] || { echo "findings hidden without a filter"; exit 1; }
# 3EME-EURO: the S001 on the code and the P001 of the pupil in that class,
# each listed by division and by rule.
[ "$visible_count" -eq 4 ] || { echo "filter shows $visible_count findings"; exit 1; }
printf '%s\n' "$visible" | grep -q 'data-code="S001"' || { echo "filter misses the division's finding"; exit 1; }
printf '%s\n' "$visible" | grep -q 'data-code="P001"' || { echo "filter misses the class's pupil"; exit 1; }
grep -q 'Par division' "$work/all.html" && grep -q 'Bilan' "$work/all.html"
# Every person-level finding names the person: a responsable with their child's class.
grep -q 'responsable MARTINEZ Sophie, mère de MARTINEZ Lucas (5 A)' "$work/all.html" ||
  { echo "a responsable's finding does not name them"; exit 1; }
# One division alone for printing: the page marks it and hides the rest in print.
grep -q '<body class="one">' "$work/one.html" || { echo "print mode not set"; exit 1; }
grep -q 'class="division chosen" id="division-6_20A"' "$work/one.html" || { echo "division not chosen"; exit 1; }
run --window-size=1280,1600 --screenshot="$shots/report.png" "file://$work/report.html"
run --print-to-pdf="$shots/division-6A.pdf" --no-pdf-header-footer "file://$work/report.html#print=division-6_20A"
run --print-to-pdf="$shots/report.pdf" --no-pdf-header-footer "file://$work/report.html"
for f in report.png division-6A.pdf report.pdf; do
  [ -s "$shots/$f" ] || { echo "no $f"; exit 1; }
done
# One division's print is a page or two; the whole report one page per division and more.
pages() { grep -ac '/Type /Page$\|/Type /Page[^s]' "$1" || true; }
one=$(pages "$shots/division-6A.pdf")
all=$(pages "$shots/report.pdf")
echo "pages: one division $one, whole report $all; screenshots in $shots"
[ "$one" -ge 1 ] && [ "$one" -lt "$all" ] || { echo "one division does not print alone"; exit 1; }
