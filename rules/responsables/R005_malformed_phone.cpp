#include "model/contact.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct MalformedPhone {
  static constexpr RuleInfo info{
      .code = "R005",
      .slug = "malformed-phone",
      .severity = Severity::warning,
      .summary = {.fr = "numéro de téléphone qui n'a aucun format français ou international",
                  .en = "phone number that fits no French or international format"},
      // {0} element, {1} value, {2} PERSONNE_ID
      .message = {.fr = "le {0} « {1} » du responsable PERSONNE_ID={2} n'est pas un numéro français (10 chiffres) "
                        "ni international (+ et indicatif)",
                  .en = "{0} \"{1}\" of responsable PERSONNE_ID={2} is neither a French number (10 digits) nor an "
                        "international one (+ and country code)"},
      .hint = {.fr = "corrigez le numéro dans SIECLE-BEE (fiche responsable) ; les SMS et la récupération de compte "
                     "de l'ENT l'utilisent",
               .en = "fix the number in SIECLE-BEE (responsable record); the ENT uses it for text messages and "
                     "account recovery"},
  };

  static void check(const model::Person& person, Reporter& out) {
    const std::pair<const char*, const model::Text*> phones[]{{"TEL_PERSONNEL", &person.tel_personnel},
                                                              {"TEL_PORTABLE", &person.tel_portable},
                                                              {"TEL_PROFESSIONNEL", &person.tel_professionnel}};
    for (const auto& [name, value] : phones) {
      if (model::is_blank(*value) || model::is_valid_phone(*value)) continue;
      out.report({.location = person.location, .args = {name, personal(PersonalKind::phone, *value), person.personne_id.str()},
                  .record = "PERSONNE_ID=" + person.personne_id, .key = name});
    }
  }
};

}  // namespace

SCOLINT_RULE(R005, MalformedPhone)

}  // namespace scolint::rules
