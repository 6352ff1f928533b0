#include <vector>

#include "rules/crosscheck/structure_sets.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct DivisionMissingInSiecle {
  static constexpr model::ExportKind needs[]{model::ExportKind::sts_emp, model::ExportKind::siecle_eleves};
  static constexpr RuleInfo info{
      .code = "X002",
      .slug = "division-missing-in-siecle",
      .severity = Severity::warning,
      .summary = {.fr = "division STS-Web avec services mais sans aucun élève dans SIECLE",
                  .en = "STS-Web division with services but no pupil in SIECLE"},
      // {0} code, {1} services
      .message = {.fr = "la division « {0} » a {1} service(s) dans STS-Web mais aucun élève dans SIECLE ; ses "
                        "enseignants auront une classe vide dans l'ENT",
                  .en = "division \"{0}\" has {1} service(s) in STS-Web but no pupil in SIECLE; its teachers "
                        "will get an empty class in the ENT"},
      .hint = {.fr = "affectez les élèves à cette division dans SIECLE-BEE, ou corrigez son code dans STS-Web "
                     "pour qu'il soit identique à celui de SIECLE",
               .en = "place the pupils in this division in SIECLE-BEE, or fix its code in STS-Web to match SIECLE"},
      .needs = needs,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    if (!has_siecle_pupils(dataset)) return;  // ONDE or ENT pupils only: nothing to compare with
    const auto uses = siecle_uses(dataset, 'D');
    std::vector<const model::Division*> empty;
    for (const model::Division& division : dataset.divisions) {
      if (division.origin == model::Origin::sts && division.services > 0 && !uses.contains(division.code)) {
        empty.push_back(&division);
      }
    }
    if (empty.empty()) return;
    // An export of one or two divisions: F013 says it once, not once per other division.
    if (const DivisionCoverage coverage = division_coverage(dataset); coverage.partial() || coverage.unplaced()) return;
    for (const model::Division* division : empty) {
      out.report({.location = division->location,
                  .args = {division->code.str(), std::to_string(division->services)},
                  .record = model::RecordRef::structure(true, division->code)});
    }
  }

  // Low-memory mode: for each division STS-Web gives services, the placements up
  // to the first of a current pupil (the selection keeps their pupils).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    low_memory::keep_first_current_placement(first, 0, 0, 1,
                                             low_memory::sts_structures(first.rest->divisions, 'D', true), keep);
    low_memory::keep_division_coverage(first, 0, 0, 1, keep);  // whether F013 speaks instead
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true,
      .pupil_keys = {&low_memory::pupil_id},
      .membership_keys = {&low_memory::placement_division, &low_memory::membership_pupil_id},
      .select = &select};
};

}  // namespace

SCOLINT_RULE(X002, DivisionMissingInSiecle)

}  // namespace scolint::rules
