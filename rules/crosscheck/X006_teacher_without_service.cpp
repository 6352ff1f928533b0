#include <set>

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct TeacherWithoutService {
  static constexpr RuleInfo info{
      .code = "X006",
      .slug = "teacher-without-service",
      .severity = Severity::warning,
      .summary = {.fr = "enseignant de STS-Web sans aucun service : aucune classe dans l'ENT",
                  .en = "STS-Web teacher with no service: no class in the ENT"},
      // {0} name (INDIVIDU_ID if blank)
      .message = {.fr = "l'enseignant {0} n'a aucun service dans STS-Web ; il n'aura aucune classe "
                        "ni aucun groupe dans l'ENT",
                  .en = "teacher {0} has no service in STS-Web; they will have no class or group in "
                        "the ENT"},
      .hint = {.fr = "saisissez ses services dans STS-Web (Services) ou importez l'emploi du temps, puis refaites "
                     "l'export",
               .en = "enter their services in STS-Web or import the timetable, then export again"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    if (!dataset.has_kind(model::ExportKind::sts_emp)) return;
    std::set<std::string, std::less<>> serving;
    for (const model::Service& service : dataset.services)
      serving.insert(service.teacher_ids.begin(), service.teacher_ids.end());
    for (const model::Staff& person : dataset.staff) {
      // Only teachers (FONCTION ENS) have services; other staff never do.
      if (person.fonction != "ENS" || serving.contains(person.id)) continue;
      out.report({.location = person.location,
                  .args = {quoted_name(person, out.language())},
                  .record = model::RecordRef::staff(person.id)});
    }
  }

  static constexpr low_memory::Needs records_needed = low_memory::no_pupils;
};

}  // namespace

SCOLINT_RULE(X006, TeacherWithoutService)

}  // namespace scolint::rules
