#include "rules/crosscheck/structure_sets.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct GroupMissingInSiecle {
  static constexpr model::ExportKind needs[]{model::ExportKind::sts_emp, model::ExportKind::siecle_eleves};
  static constexpr RuleInfo info{
      .code = "X004",
      .slug = "group-missing-in-siecle",
      .severity = Severity::warning,
      .summary = {.fr = "groupe STS-Web avec services mais sans aucun élève dans SIECLE",
                  .en = "STS-Web group with services but no pupil in SIECLE"},
      // {0} code, {1} services
      .message = {.fr = "le groupe « {0} » a {1} service(s) dans STS-Web mais aucun élève dans SIECLE ; ses "
                        "enseignants auront un groupe vide dans l'ENT",
                  .en = "group \"{0}\" has {1} service(s) in STS-Web but no pupil in SIECLE; its teachers will "
                        "get an empty group in the ENT"},
      .hint = {.fr = "placez les élèves dans ce groupe dans SIECLE-BEE (ou importez les groupes de l'emploi du "
                     "temps), ou alignez son code sur celui de SIECLE",
               .en = "place the pupils in this group in SIECLE-BEE (or import the timetable groups), or align "
                     "its code with SIECLE"},
      .needs = needs,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    if (!has_siecle_pupils(dataset)) return;  // ONDE or ENT pupils only: nothing to compare with
    const auto uses = siecle_uses(dataset, 'G');
    for (const model::Group& group : dataset.groups) {
      if (group.origin != model::Origin::sts || group.services == 0 || uses.contains(group.code)) continue;
      out.report({.location = group.location,
                  .args = {group.code.str(), std::to_string(group.services)},
                  .record = model::RecordRef::structure(false, group.code)});
    }
  }

  // Low-memory mode: for each group STS-Web gives services, the placements up
  // to the first of a current pupil (the selection keeps their pupils).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    low_memory::keep_first_current_placement(first, 0, 0, 1, low_memory::sts_structures(first.rest->groups, 'G', true),
                                             keep);
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true,
      .pupil_keys = {&low_memory::pupil_id},
      .membership_keys = {&low_memory::placement_group, &low_memory::membership_pupil_id},
      .select = &select};
};

}  // namespace

SCOLINT_RULE(X004, GroupMissingInSiecle)

}  // namespace scolint::rules
