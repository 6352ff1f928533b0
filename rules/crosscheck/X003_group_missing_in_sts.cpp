#include "rules/crosscheck/structure_sets.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct GroupMissingInSts {
  static constexpr model::ExportKind needs[]{model::ExportKind::sts_emp, model::ExportKind::siecle_eleves};
  static constexpr RuleInfo info{
      .code = "X003",
      .slug = "group-missing-in-sts",
      .severity = Severity::warning,
      .summary = {.fr = "groupe d'élèves SIECLE absent de STS-Web", .en = "SIECLE pupils' group unknown to STS-Web"},
      // {0} code, {1} pupils
      .message = {.fr = "le groupe « {0} » ({1} élève(s) dans SIECLE) n'existe pas dans STS-Web ; aucun "
                        "enseignant ne verra ce groupe dans l'ENT",
                  .en = "group \"{0}\" ({1} pupil(s) in SIECLE) does not exist in STS-Web; no teacher will see "
                        "this group in the ENT"},
      .hint = {.fr = "créez le groupe dans le logiciel d'emploi du temps et importez-le dans STS-Web, ou "
                     "corrigez l'affectation dans SIECLE-BEE",
               .en = "create the group in the timetable software and import it into STS-Web, or fix the "
                     "placement in SIECLE-BEE"},
      .needs = needs,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    const auto sts = sts_codes(dataset.groups);
    for (const auto& [code, use] : siecle_uses(dataset, 'G')) {
      if (sts.contains(code)) continue;
      out.report({.location = use.first,
                  .args = {code.str(), std::to_string(use.pupils.size())},
                  .record = model::RecordRef::structure(false, code)});
    }
  }

  // Low-memory mode: every placement in a group STS-Web does not have (their
  // pupils are counted; the selection keeps those pupils too).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    low_memory::keep_placements_outside(first, 0, low_memory::sts_structures(first.rest->groups, 'G', false), keep);
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true, .membership_keys = {&low_memory::placement_group}, .select = &select};
};

}  // namespace

SCOLINT_RULE(X003, GroupMissingInSts)

}  // namespace scolint::rules
