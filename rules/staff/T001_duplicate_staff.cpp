#include <map>

#include "model/identity.hpp"
#include "rules/duplicate_keys.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct DuplicateStaff {
  static constexpr RuleInfo info{
      .code = "T001",
      .slug = "duplicate-staff",
      .severity = Severity::warning,
      .summary = {.fr = "même personnel sous deux identifiants STS-Web (nom, prénom, date de naissance)",
                  .en = "same staff member under two STS-Web IDs (name, first name, birth date)"},
      // {0} nom prénom, {1} the other records (name and INDIVIDU_ID)
      .message = {.fr = "le personnel « {0} » a une autre fiche avec la même date de naissance : {1} ; deux comptes "
                        "ENT seront créés",
                  .en = "staff member \"{0}\" has another record with the same birth date: {1}; two ENT accounts "
                        "will be created"},
      .hint = {.fr = "ne créez pas de personnel local pour quelqu'un qui existe dans la base EPP : supprimez la "
                     "fiche locale dans STS-Web et rattachez les services à la fiche EPP",
               .en = "do not create a local staff record for someone in the EPP base: delete the local record in "
                     "STS-Web and move the services to the EPP record"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    // Grouped as P004 groups pupils (rules/duplicate_keys.hpp), one record an identifier.
    for_each_shared_key(dataset.staff, model::staff_identity_key, [&](const std::string& /*key*/, const auto& all) {
      std::map<model::Text, const model::Staff*> people;
      for (const model::Staff* person : all) people.emplace(person->id, person);
      if (people.size() < 2) return;
      for (const auto& [id, person] : people) {
        Finding finding{.location = person->location, .record = model::RecordRef::staff(id)};
        std::string others;
        for (const auto& [other_id, other] : people) {
          if (other_id == id) continue;
          others += (others.empty() ? "" : ", ") + name_and_id(*other, out.language());
          finding.related.push_back(other->location);
        }
        finding.args = {model::personal_name(person->usage_name().value, person->prenom.value), others};
        out.report(std::move(finding));
      }
    });
  }

  static constexpr low_memory::Needs records_needed = low_memory::no_pupils;
};

}  // namespace

SCOLINT_RULE(T001, DuplicateStaff)

}  // namespace scolint::rules
