#!/usr/bin/env python3
"""Writes the skeletons of a new rule (docs/contributing.md, "Adding a rule").

    tools/new_rule.py S009 structure-code-trailing-dash
    tools/new_rule.py P017 pupil-without-birth-place --dataset

writes, beside the rules of its family (the code's letter):
  rules/<family>/<CODE>_<slug>.cpp      RuleInfo and a check to fill in
  rules/<family>/<CODE>_<slug>.md       the French page, with the fixed headings
  rules/<family>/<CODE>_<slug>.en.md    the English page
  testdata/cases/<CODE>/README.md       what the case folder must hold

and changes no other file: CMake finds the rule by its file name at the next
configure. The skeleton builds, and the registry test then says what is still
missing (a page left as written here, a case folder without an export and its
expected.txt). --root writes under another tree (for the test of this script).
"""
import argparse
import pathlib
import re
import sys

FAMILIES = {
    "A": ("aaf", "A — annuaire AAF", "A — AAF directory"),
    "F": ("files", "F — fichiers", "F — files"),
    "L": ("logins", "L — identifiants", "L — logins"),
    "N": ("names", "N — noms", "N — names"),
    "P": ("pupils", "P — élèves", "P — pupils"),
    "R": ("responsables", "R — responsables", "R — responsables"),
    "S": ("structures", "S — structures", "S — structures"),
    "T": ("staff", "T — personnels", "T — staff"),
    "X": ("crosscheck", "X — contrôles croisés", "X — cross-checks"),
}

RECORD_CHECK = """\
  // Runs on every pupil while the file streams. Other records: model::Person,
  // Staff, Division, Group (see rules/rule.hpp); a check of the whole run
  // takes the model::Dataset (tools/new_rule.py --dataset).
  static void check(const model::Pupil& pupil, Reporter& out) {
    if (pupil.left) return;  // TODO: the condition, as narrow as the failure it prevents
    (void)out;
    // out.report({.location = pupil.location,
    //             .args = {quoted_name(pupil, out.language())},
    //             .record = model::RecordRef::pupil(pupil.eleve_id)});
  }
"""

DATASET_CHECK = """\
  // Runs once every file is read. Index what you compare by views of the
  // records' Texts (docs/contributing.md, "Record values and indexes").
  static void check(const model::Dataset& dataset, Reporter& out) {
    for (const model::Pupil& pupil : dataset.pupils) {
      if (pupil.left) continue;  // TODO: the condition
      (void)out;
      // out.report({.location = pupil.location,
      //             .args = {quoted_name(pupil, out.language())},
      //             .record = model::RecordRef::pupil(pupil.eleve_id)});
    }
  }

  // TODO low-memory mode (--low-memory): declare which pupils, placements and
  // links the check needs (rules/low_memory_kit.hpp; docs/contributing.md,
  // "What a dataset check needs"): low_memory::no_pupils for a check that
  // reads none, else keys and a select. The registry test fails until then.
  // static constexpr low_memory::Needs records_needed{...};
"""

CPP = """\
#include "rules/rule_kit.hpp"

namespace scolint::rules {{
namespace {{

struct {type} {{
  static constexpr RuleInfo info{{
      .code = "{code}",
      .slug = "{slug}",
      .severity = Severity::warning,  // TODO: error when an account will be wrong, info when it is advice
      .summary = {{.fr = "TODO résumé en une ligne", .en = "TODO one-line summary"}},
      // {{0}} TODO: what each argument is
      .message = {{.fr = "TODO : ce qui ne va pas, chez qui ({{0}}), et ce que l'import en fera",
                  .en = "TODO: what is wrong, about whom ({{0}}), and what the import will make of it"}},
      .hint = {{.fr = "TODO : où le corriger dans SIECLE-BEE ou STS-Web",
               .en = "TODO: where to fix it in SIECLE-BEE or STS-Web"}},
  }};

{check}}};

}}  // namespace

SCOLINT_RULE({code}, {type})

}}  // namespace scolint::rules
"""

PAGE_FR = """\
# {code} {slug}

| sévérité | famille | fichiers | options | depuis |
|---|---|---|---|---|
| warning | {family} | TODO | aucune | TODO |

## What it checks
TODO : ce qui est signalé, en une ou deux phrases.

## Why it matters
TODO : la panne réelle qu'il prévient, avec sa source (seed, contrainte du
format ou importeur, ../shared/design/FIELD.md).

## Example (bad)
```xml
TODO
```
Non signalé : TODO (les cas voisins qui ne doivent pas l'être).

## Fix
TODO : l'écran de SIECLE-BEE ou de STS-Web où corriger.

## Options
Aucune.

## Exceptions
Aucune connue.
"""

PAGE_EN = """\
# {code} {slug}

| severity | family | files | options | since |
|---|---|---|---|---|
| warning | {family} | TODO | none | TODO |

## What it checks
TODO: what is reported, in a sentence or two.

## Why it matters
TODO: the real failure it prevents, with its source (seed, format
constraint or importer, ../shared/design/FIELD.md).

## Example (bad)
```xml
TODO
```
Not reported: TODO (the near misses).

## Fix
TODO: the SIECLE-BEE or STS-Web screen where it is fixed.

## Options
None.

## Exceptions
None known.
"""

CASE = """\
# {code} case

Put here a tiny synthetic export (invented names only) holding the cases
that must fire and the near misses that must not, side by side and
commented; then `SCOLINT_UPDATE_GOLDEN=1 ctest -L e2e` writes expected.txt:
read it. Delete this file once the export is here.
"""


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("code", help="a family letter and three digits, e.g. S009")
    parser.add_argument("slug", help="lower-case words joined by -, e.g. structure-code-trailing-dash")
    parser.add_argument("--dataset", action="store_true", help="a check of the whole run instead of one per record")
    parser.add_argument("--root", default=str(pathlib.Path(__file__).resolve().parent.parent),
                        help="the source tree to write in (default: this one)")
    args = parser.parse_args(argv)

    if not re.fullmatch(r"[A-Z][0-9]{3}", args.code) or args.code[0] not in FAMILIES:
        parser.error(f"{args.code}: a code is a family letter ({''.join(FAMILIES)}) and three digits")
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", args.slug):
        parser.error(f"{args.slug}: a slug is lower-case words joined by -")
    root = pathlib.Path(args.root)
    folder, family_fr, family_en = FAMILIES[args.code[0]]
    rules = root / "rules" / folder
    taken = [p.name for p in (root / "rules").glob(f"*/{args.code}_*")]
    if taken:
        sys.exit(f"new_rule.py: {args.code} is taken ({taken[0]}): codes are never reused")
    if any((root / "rules").glob(f"*/[A-Z][0-9][0-9][0-9]_{args.slug.replace('-', '_')}.cpp")):
        sys.exit(f"new_rule.py: the slug {args.slug} is taken")

    stem = f"{args.code}_{args.slug.replace('-', '_')}"
    type_name = "".join(word.capitalize() for word in args.slug.split("-"))
    values = {"code": args.code, "slug": args.slug, "type": type_name}
    check = DATASET_CHECK if args.dataset else RECORD_CHECK
    outputs = {
        rules / f"{stem}.cpp": CPP.format(check=check, **values),
        rules / f"{stem}.md": PAGE_FR.format(family=family_fr, **values),
        rules / f"{stem}.en.md": PAGE_EN.format(family=family_en, **values),
        root / "testdata" / "cases" / args.code / "README.md": CASE.format(**values),
    }
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(path.relative_to(root))
    print("next: fill in the TODOs, add the case's export, tests both ways in "
          f"tests/unit/rules_{folder}.cpp, then cmake --preset ci (docs/contributing.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
