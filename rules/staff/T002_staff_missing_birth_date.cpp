#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct StaffMissingBirthDate {
  static constexpr model::Column reads[]{model::Column::staff_birth_date};
  static constexpr RuleInfo info{
      .code = "T002",
      .slug = "staff-missing-birth-date",
      .severity = Severity::warning,
      .summary = {.fr = "personnel sans date de naissance : homonymes indiscernables dans l'ENT",
                  .en = "staff member without birth date: homonyms cannot be told apart in the ENT"},
      // {0} name (INDIVIDU_ID if blank)
      .message = {.fr = "le personnel {0} n'a pas de date de naissance ; l'ENT s'en sert pour "
                        "distinguer les homonymes",
                  .en = "staff member {0} has no birth date; the ENT uses it to tell homonyms apart"},
      .hint = {.fr = "pour un personnel local, complétez la fiche dans STS-Web (Personnels) ; pour un personnel "
                     "EPP, demandez la correction au gestionnaire académique",
               .en = "for a local staff member, complete the record in STS-Web; for an EPP one, ask the academy "
                     "administrator"},
      .reads = reads,
  };

  static void check(const model::Staff& staff, Reporter& out) {
    if (!model::is_blank(staff.date_naissance.value)) return;
    out.report({.location = staff.location,
                .args = {quoted_name(staff, out.language())},
                .record = model::RecordRef::staff(staff.id)});
  }
};

}  // namespace

SCOLINT_RULE(T002, StaffMissingBirthDate)

}  // namespace scolint::rules
