#include <string>
#include <vector>

#include "rules/crosscheck/structure_sets.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// An export that places none of its pupils in a division (made before the
// placement, in June for September) or only one or two divisions of a school
// (a selection): imported as it is, the ENT takes every other pupil out of
// their class, and the academy's feed deactivates the accounts a full export
// no longer lists (seed 002: the rollover calendar; docs/field.md). Said
// once for the run, instead of one P005 or X002 per pupil or division.
struct PartialExport {
  static constexpr rules::Phrase variants[]{
      {.fr = "les élèves de l'export ne sont que dans {0} des {1} divisions qui ont des services dans STS-Web "
             "({2}) : export partiel ? Importé dans l'ENT, il sortirait les élèves des autres divisions de leur "
             "classe ou désactiverait leur compte",
       .en = "the export's pupils are in only {0} of the {1} divisions with services in STS-Web ({2}): a partial "
             "export? Imported into the ENT, it would take the other divisions' pupils out of their class or "
             "deactivate their accounts"}};
  static constexpr RuleInfo info{
      .code = "F013",
      .slug = "partial-export",
      .severity = Severity::error,
      .summary = {.fr = "export des élèves fait avant l'affectation ou pour une partie des divisions",
                  .en = "pupils' export made before the placement, or for part of the divisions"},
      // (no argument: a count would need every pupil kept in low-memory mode)
      .message = {.fr = "aucun des élèves présents de l'export n'est affecté à une division : export fait avant "
                        "l'affectation des élèves ? Importé dans l'ENT, il les sortirait tous de leur classe",
                  .en = "none of the export's current pupils is placed in a division: an export made before the "
                        "pupils' placement? Imported into the ENT, it would take them all out of their class"},
      .variants = variants,
      .hint = {.fr = "n'importez pas cet export : refaites l'export complet des élèves dans SIECLE-BEE (Exports "
                     "> Exports standard), sans sélection de classes, le lendemain de l'affectation des élèves "
                     "(elle n'apparaît dans les exports qu'un jour après sa saisie)",
               .en = "do not import this export: make the full pupils' export again in SIECLE-BEE (Exports > "
                     "Exports standard), with no selection of classes, the day after the pupils' placement (it "
                     "reaches the exports a day after it is typed)"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    const DivisionCoverage coverage = division_coverage(dataset);
    const auto file = static_cast<model::FileId>(coverage.file - dataset.files.data());
    if (coverage.unplaced()) {
      out.report({.location = {file, 1, 1}, .record = model::RecordRef::file(coverage.file->path)});
    } else if (coverage.partial()) {
      std::vector<std::string> codes;
      for (const model::Text& code : coverage.divisions) {
        codes.push_back(quoted(out.language(), code));
      }
      out.report({.location = {file, 1, 1},
                  .args = {std::to_string(coverage.divisions.size()), std::to_string(coverage.sts_divisions.size()),
                           join_words(codes, out.language())},
                  .record = model::RecordRef::file(coverage.file->path),
                  .variant = 1});
    }
  }

  // Low-memory mode: what division_coverage reads.
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    low_memory::keep_division_coverage(first, 0, 0, 1, keep);
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true,
      .pupil_keys = {&low_memory::pupil_id},
      .membership_keys = {&low_memory::placement_division, &low_memory::membership_pupil_id},
      .select = &select};
};

}  // namespace

SCOLINT_RULE(F013, PartialExport)

}  // namespace scolint::rules
