#!/usr/bin/env python3
"""Lints every folder of the public real-shape corpus and compares counts.

The corpus (`../shared/real` beside the clone, or $SCOLINT_REAL_DIR) holds
files nobody on the team wrote: anonymized Ministry AAF drops, entcore
fixtures and CSV templates, ONDE extractions, Pix fixtures. It is never
committed; what is committed is tests/real/expected.json: for each folder,
the exit code and the number of findings per rule code, as a user running
`scolint <folder>` would get them. docs/real-corpus.md says why each count
is right (the triage).

Usage: check_real_corpus.py SCOLINT SOURCE_DIR
Exit 77 (ctest's skip) when the corpus is absent; SCOLINT_UPDATE_GOLDEN=1
rewrites expected.json instead of comparing (review the diff like code).
"""

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path


def lint(scolint, folder):
    run = subprocess.run(
        [scolint, "--format", "json", "--no-config", "--lang", "en", str(folder)],
        capture_output=True, text=True, env={**os.environ, "LANG": "C.UTF-8", "NO_COLOR": "1"}, check=False)
    if run.returncode not in (0, 1, 2):
        return {"exit": run.returncode, "crash": run.stderr[-2000:]}
    report = json.loads(run.stdout)
    counts = Counter(d["code"] for d in report["diagnostics"])
    result = {"exit": run.returncode, "counts": dict(sorted(counts.items()))}
    not_checked = sorted({f'{n["code"]}' for n in report.get("not_checked", [])})
    if not_checked:
        result["not_checked"] = not_checked
    if report.get("internal_errors"):
        result["internal_errors"] = report["internal_errors"]
    return result


def main():
    scolint, source = sys.argv[1], Path(sys.argv[2]).resolve()
    real = Path(os.environ.get("SCOLINT_REAL_DIR", source.parent / "shared" / "real"))
    expected_path = source / "tests" / "real" / "expected.json"
    if not real.is_dir():
        print(f"no corpus at {real}: skipped")
        return 77
    folders = sorted(p for p in real.iterdir() if p.is_dir())
    actual = {p.name: lint(scolint, p) for p in folders}
    if os.environ.get("SCOLINT_UPDATE_GOLDEN"):
        expected_path.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"rewrote {expected_path}")
        return 0
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    failed = False
    for name in sorted(set(expected) | set(actual)):
        want, got = expected.get(name), actual.get(name)
        if want == got:
            continue
        if got is None:
            print(f"{name}: in expected.json but not in the corpus (folder removed?)")
            continue  # a smaller corpus is not a regression of scolint
        failed = True
        if want is None:
            print(f"{name}: new folder, not in expected.json: {json.dumps(got)}")
            continue
        print(f"{name}:")
        for key in sorted(set(want) | set(got)):
            if want.get(key) == got.get(key):
                continue
            if key == "counts":
                codes = sorted(set(want.get("counts", {})) | set(got.get("counts", {})))
                for code in codes:
                    a, b = want.get("counts", {}).get(code, 0), got.get("counts", {}).get(code, 0)
                    if a != b:
                        print(f"  {code}: expected {a}, got {b}")
            else:
                print(f"  {key}: expected {want.get(key)!r}, got {got.get(key)!r}")
    if failed:
        print("the real corpus gives other findings than tests/real/expected.json: "
              "triage them (docs/real-corpus.md), then SCOLINT_UPDATE_GOLDEN=1 ctest -L real")
        return 1
    print(f"{len(actual)} folders as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
