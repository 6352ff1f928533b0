#include <set>

#include "rules/crosscheck/structure_sets.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct DanglingStructureReference {
  static constexpr RuleInfo info{
      .code = "X005",
      .slug = "dangling-structure-reference",
      .severity = Severity::error,
      .summary = {.fr = "référence à une division, un enseignant ou une structure que l'export ne définit pas",
                  .en = "reference to a division, teacher or structure the export does not define"},
      // {0} what refers, {1} what is missing
      .message = {.fr = "{0} renvoie à {1}, qui n'existe pas dans l'export",
                  .en = "{0} refers to {1}, which the export does not define"},
      .hint = {.fr = "corrigez la référence dans STS-Web ou le logiciel d'emploi du temps (ou SIECLE-BEE pour les "
                     "structures des élèves), puis refaites les exports",
               .en = "fix the reference in STS-Web or the timetable software (or SIECLE-BEE for pupils' "
                     "structures), then export again"},
  };

  // {0} what refers, {1} to what.
  static constexpr Phrase the_group{"le groupe « {0} »", "group \"{0}\""};
  static constexpr Phrase the_division{"la division « {0} »", "division \"{0}\""};
  static constexpr Phrase the_service{"le service {0} de « {1} »", "service {0} of \"{1}\""};
  static constexpr Phrase the_teacher{"l'enseignant ID={0}", "teacher ID={0}"};
  static constexpr Phrase pupils{"{0} élève(s)", "{0} pupil(s)"};
  static constexpr Phrase the_structure{"la structure « {0} »", "structure \"{0}\""};

  static void check(const model::Dataset& dataset, Reporter& out) {
    const Language language = out.language();
    if (dataset.has_kind(model::ExportKind::sts_emp)) {
      const auto divisions = sts_codes(dataset.divisions);
      for (const model::Group& group : dataset.groups) {
        if (group.origin != model::Origin::sts) continue;
        for (const model::Text division : group.divisions) {
          if (divisions.contains(division)) continue;
          out.report({.location = group.location,
                      .args = {say(language, the_group, {group.code}), say(language, the_division, {division})},
                      .record = model::RecordRef::structure(false, group.code),
                      .key = "division:" + division});
        }
      }
      std::set<model::Text, std::less<>> staff;
      for (const model::Staff& person : dataset.staff) staff.insert(person.id);
      for (const model::Service& service : dataset.services) {
        for (const model::Text teacher : service.teacher_ids) {
          if (teacher.empty() || staff.contains(teacher)) continue;
          out.report({.location = service.location,
                      .args = {say(language, the_service, {service.code_matiere, service.structure_code}),
                               say(language, the_teacher, {teacher})},
                      .record = model::RecordRef::structure(!service.on_group, service.structure_code),
                      .key = service.code_matiere + ":" + teacher});
        }
      }
    }
    // Pupils' structures against the SIECLE structures export, when given.
    bool structures_export = false;
    std::set<model::Text, std::less<>> known;
    for (const model::Division& division : dataset.divisions) {
      if (division.origin != model::Origin::siecle_structures) continue;
      known.insert(division.code);
      structures_export = true;
    }
    for (const model::Group& group : dataset.groups) {
      if (group.origin != model::Origin::siecle_structures) continue;
      known.insert(group.code);
      structures_export = true;
    }
    if (!structures_export) return;
    for (const auto type : {'D', 'G'}) {
      for (const auto& [code, use] : siecle_uses(dataset, type)) {
        if (known.contains(code)) continue;
        out.report(
            {.location = use.first,
             .args = {say(language, pupils, {std::to_string(use.pupils.size())}), say(language, the_structure, {code})},
             .record = model::RecordRef::structure(type == 'D', code),
             .key = "siecle-structures"});
      }
    }
  }

  // Low-memory mode: the placements in a structure the SIECLE structures
  // export does not have, when it is there (the STS side reads no pupil).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    std::vector<std::uint64_t> codes;
    bool structures_export = false;
    auto add = [&](const auto& structures) {
      for (const auto& structure : structures) {
        if (structure.origin != model::Origin::siecle_structures) continue;
        // A code is known whichever kind of structure names it.
        codes.push_back(low_memory::structure_key('D', structure.code));
        codes.push_back(low_memory::structure_key('G', structure.code));
        structures_export = true;
      }
    };
    add(first.rest->divisions);
    add(first.rest->groups);
    if (!structures_export) return;
    const low_memory::KeySet known(std::move(codes));
    low_memory::keep_placements_outside(first, 0, known, keep);
    low_memory::keep_placements_outside(first, 1, known, keep);
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true,
      .membership_keys = {&low_memory::placement_division, &low_memory::placement_group},
      .select = &select};
};

}  // namespace

SCOLINT_RULE(X005, DanglingStructureReference)

}  // namespace scolint::rules
