#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct ServiceWithoutTeacher {
  static constexpr RuleInfo info{
      .code = "X007",
      .slug = "service-without-teacher",
      .severity = Severity::warning,
      .summary = {.fr = "service STS-Web sans enseignant", .en = "STS-Web service with no teacher"},
      // {0} subject code, {1} structure code
      .message = {.fr = "le service {0} de « {1} » n'a aucun enseignant ; cet enseignement n'aura pas de "
                        "professeur dans l'ENT",
                  .en = "service {0} of \"{1}\" has no teacher; this subject will have no teacher in the ENT"},
      .hint = {.fr = "affectez un enseignant au service dans STS-Web (Services) ou dans le logiciel d'emploi du "
                     "temps, puis refaites l'export",
               .en = "assign a teacher to the service in STS-Web or the timetable software, then export again"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    for (const model::Service& service : dataset.services) {
      bool staffed = false;
      for (const auto& id : service.teacher_ids) staffed = staffed || !id.empty();
      if (staffed) continue;
      out.report({.location = service.location,
                  .args = {service.code_matiere.str(), service.structure_code.str()},
                  .record = model::RecordRef::structure(!service.on_group, service.structure_code),
                  .key = service.code_matiere + ":" + service.code_mod_cours});
    }
  }

  static constexpr low_memory::Needs records_needed = low_memory::no_pupils;
};

}  // namespace

SCOLINT_RULE(X007, ServiceWithoutTeacher)

}  // namespace scolint::rules
