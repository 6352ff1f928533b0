#!/usr/bin/env python3
"""Every person-level finding names the person (issue #23), on a generated
collège: 600 pupils (SIECLE pupils' export, a CSV extraction with their legal
responsables, STS-Web). A finding about a pupil gives their name and, unless
the finding is that they have no division, their division; one about a
responsable gives their name and their children with their divisions; one
about a staff member their name. Checked in JSON and the text report, and
in every other format: each "NAME (DIVISION)" the JSON subjects give appears
at least as often in the GitHub, GitLab, SARIF, JUnit, CSV and HTML output."""

import html
import json
import os
import subprocess
import sys
import tempfile

scolint, source = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as work:
    subprocess.run([sys.executable, os.path.join(source, "bench", "generate.py"), "--pupils", "600", "--kinds",
                    "eleves,sts,csv", "--out", work], check=True, capture_output=True)
    env = {**os.environ, "LANG": "C.UTF-8"}
    run = subprocess.run([scolint, "--no-config", "--format", "json", work], capture_output=True, text=True, env=env)
    report = json.loads(run.stdout)
    text = subprocess.run([scolint, "--no-config", "--lang", "en", work], capture_output=True, text=True, env=env).stdout
    others = {}
    for fmt in ["github", "gitlab", "sarif", "junit", "csv", "html"]:
        out = subprocess.run([scolint, "--no-config", "--format", fmt, work], capture_output=True, text=True, env=env).stdout
        if fmt in ("gitlab", "sarif"):
            # The JSON formats may escape characters: compare the texts they carry.
            data = json.loads(out)
            items = data if fmt == "gitlab" else data["runs"][0]["results"]
            out = "\n".join(i["description"] if fmt == "gitlab" else i["message"]["text"] for i in items)
        elif fmt in ("junit", "html"):
            out = html.unescape(out)
        others[fmt] = out

people = {"ELEVE_ID": "pupil", "PERSONNE_ID": "responsable", "INDIVIDU_ID": "staff"}
problems = []
counts = {}
named_in = {}  # "NAME (DIVISION)" -> how many findings say it


def said(name, division):
    key = f"{name} ({division})" if division else name
    named_in[key] = named_in.get(key, 0) + 1


for d in report["diagnostics"]:
    record = d.get("record", "")
    kind = people.get(record.split("=")[0])
    if kind is None:
        continue
    counts[kind] = counts.get(kind, 0) + 1
    subject = d.get("subject", {})
    where = f'{d["code"]} {record}'
    if subject.get("kind") != kind or not subject.get("name"):
        problems.append(f"{where}: no named {kind}: {subject}")
    elif kind == "pupil" and d["code"] != "P005" and not subject.get("division"):
        problems.append(f"{where}: a pupil without their division")
    elif kind == "responsable" and not all(c.get("name") and c.get("division") for c in subject.get("children", [{}])):
        problems.append(f"{where}: a responsable without their children's names and divisions: {subject}")
    else:
        said(subject["name"], subject.get("division", ""))
        for child in subject.get("children", []):
            said(child["name"], child["division"])
# The text report says it in words, once per such finding.
abouts = sum(1 for line in text.splitlines() if line.startswith("  about: "))
named = sum(counts.values())
print(f"person-level findings: {counts}, 'about:' lines: {abouts}")
if named < 50 or abouts < named:
    problems.append(f"{named} person-level findings, {abouts} named in the text report")
for fmt, out in others.items():
    missing = [key for key, n in named_in.items() if out.count(key) < n]
    if missing:
        problems.append(f"{fmt}: {len(missing)} of {len(named_in)} names said less often than in the JSON, e.g. {missing[:3]}")
    else:
        print(f"{fmt}: the {len(named_in)} names with their divisions are all there")
for problem in problems[:20]:
    print(problem)
sys.exit(1 if problems else 0)
