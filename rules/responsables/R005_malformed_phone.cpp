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
      // {0} element, {1} value, {2} name (PERSONNE_ID if blank)
      .message = {.fr = "le {0} « {1} » du responsable {2} n'est pas un numéro français (10 chiffres) "
                        "ni international (+ et indicatif)",
                  .en = "{0} \"{1}\" of responsable {2} is neither a French number (10 digits) nor an "
                        "international one (+ and country code)"},
      .hint = {.fr = "corrigez le numéro dans SIECLE-BEE (fiche responsable) ; les SMS et la récupération de compte "
                     "de l'ENT l'utilisent",
               .en = "fix the number in SIECLE-BEE (responsable record); the ENT uses it for text messages and "
                     "account recovery"},
  };

  static void check(const model::Person& person, Reporter& out) {
    using model::ContactField;
    const std::pair<ContactField, const model::Text*> phones[]{
        {ContactField::tel_personnel, &person.tel_personnel},
        {ContactField::tel_portable, &person.tel_portable},
        {ContactField::tel_professionnel, &person.tel_professionnel}};
    for (const auto& [field, value] : phones) {
      if (model::is_blank(*value) || model::is_valid_phone(*value)) continue;
      const std::string_view name = model::contact_field_name(field);
      out.report(
          {.location = person.location,
           .args = {std::string(name), personal(PersonalKind::phone, *value), quoted_name(person, out.language())},
           .record = model::RecordRef::responsable(person.personne_id),
           .key = std::string(name),
           .contact_value = std::pair{field, value->str()}});
    }
  }
};

}  // namespace

SCOLINT_RULE(R005, MalformedPhone)

}  // namespace scolint::rules
