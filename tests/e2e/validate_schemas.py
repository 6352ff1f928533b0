#!/usr/bin/env python3
"""Runs scolint on testdata inputs and validates its SARIF output against the
official SARIF 2.1.0 schema (tests/schemas/, OASIS) and its JSON output
against docs/report.schema.json. Usage: validate_schemas.py SCOLINT SOURCE_DIR"""
import json
import subprocess
import sys

import jsonschema

scolint, source = sys.argv[1], sys.argv[2]
inputs = [
    [f"{source}/testdata/demo"],
    [f"{source}/testdata/malformed/truncated", f"{source}/testdata/malformed/missing-file"],
    [f"{source}/testdata/cases/L001"],
]
with open(f"{source}/tests/schemas/sarif-schema-2.1.0.json", encoding="utf-8") as f:
    sarif_schema = json.load(f)
with open(f"{source}/docs/report.schema.json", encoding="utf-8") as f:
    report_schema = json.load(f)

for paths in inputs:
    for fmt, schema, validator in (("sarif", sarif_schema, jsonschema.Draft4Validator),
                                   ("json", report_schema, jsonschema.Draft7Validator)):
        run = subprocess.run([scolint, "--format", fmt, *paths], capture_output=True, check=False)
        if run.returncode not in (0, 1, 2):
            sys.exit(f"scolint crashed ({run.returncode}) on {paths}")
        document = json.loads(run.stdout.decode("utf-8"))
        errors = list(validator(schema).iter_errors(document))
        for error in errors[:5]:
            print(f"{fmt} {paths}: {error.message} at {list(error.absolute_path)}")
        if errors:
            sys.exit(1)
        if fmt == "sarif":
            results = document["runs"][0]["results"]
            assert all("partialFingerprints" in r for r in results), "every result needs a fingerprint"
# `scolint diff`: its JSON against docs/diff.schema.json, its SARIF against OASIS.
with open(f"{source}/docs/diff.schema.json", encoding="utf-8") as f:
    diff_schema = json.load(f)
for case in ("pupils", "responsables", "structures", "staff", "partial", "broken", "no-change"):
    sides = [f"{source}/testdata/diff/{case}/old", f"{source}/testdata/diff/{case}/new"]
    for fmt, schema, validator in (("json", diff_schema, jsonschema.Draft7Validator),
                                   ("sarif", sarif_schema, jsonschema.Draft4Validator)):
        run = subprocess.run([scolint, "--format", fmt, "diff", *sides], capture_output=True, check=False)
        if run.returncode not in (0, 1, 2):
            sys.exit(f"scolint diff crashed ({run.returncode}) on {case}")
        document = json.loads(run.stdout.decode("utf-8"))
        errors = list(validator(schema).iter_errors(document))
        for error in errors[:5]:
            print(f"diff {fmt} {case}: {error.message} at {list(error.absolute_path)}")
        if errors:
            sys.exit(1)
print("SARIF and JSON reports valid")
