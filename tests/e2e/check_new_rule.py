#!/usr/bin/env python3
"""tools/new_rule.py writes skeletons that build and pages with the headings
every rule page has (docs/contributing.md). Usage: check_new_rule.py SOURCE_DIR
CXX INCLUDE_DIR... (the include path the rules layer builds with)."""
import pathlib
import re
import subprocess
import sys
import tempfile

source, compiler, includes = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
script = source / "tools" / "new_rule.py"
reference = source / "rules" / "structures" / "S008_code_whitespace"


def headings(path):
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")
            and not line.startswith("# ")]


failures = []
with tempfile.TemporaryDirectory() as root:
    for code, slug, extra in (("S901", "structure-example", []), ("P901", "pupil-example", ["--dataset"])):
        subprocess.run([sys.executable, str(script), code, slug, "--root", root, *extra], check=True,
                       stdout=subprocess.DEVNULL)
        folder = "structures" if code[0] == "S" else "pupils"
        stem = pathlib.Path(root) / "rules" / folder / f"{code}_{slug.replace('-', '_')}"
        build = subprocess.run([compiler, "-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-Werror",
                                *[f"-I{i}" for i in includes], f"{stem}.cpp"], capture_output=True, text=True)
        if build.returncode != 0:
            failures.append(f"{stem}.cpp does not build:\n{build.stderr}")
        for suffix in (".md", ".en.md"):
            page = pathlib.Path(f"{stem}{suffix}")
            if headings(page) != headings(pathlib.Path(f"{reference}{suffix}")):
                failures.append(f"{page.name}: headings {headings(page)} differ from a rule page's")
            if not re.match(rf"# {code} {slug}\n", page.read_text(encoding="utf-8")):
                failures.append(f"{page.name} does not start with '# {code} {slug}'")
    # A code in use is refused: codes are never reused (tried on a copy of S008, never on the tree).
    copy = pathlib.Path(root) / "rules" / "structures"
    for suffix in (".cpp", ".md", ".en.md"):
        (copy / f"{reference.name}{suffix}").write_bytes(pathlib.Path(f"{reference}{suffix}").read_bytes())
    taken = subprocess.run([sys.executable, str(script), "S008", "another-slug", "--root", root],
                           capture_output=True, text=True)
    if taken.returncode == 0 or "taken" not in taken.stderr:
        failures.append("S008 was not refused as taken")

for failure in failures:
    print(failure)
sys.exit(1 if failures else 0)
