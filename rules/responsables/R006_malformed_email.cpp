#include "model/contact.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct MalformedEmail {
  static constexpr RuleInfo info{
      .code = "R006",
      .slug = "malformed-email",
      .severity = Severity::warning,
      .summary = {.fr = "adresse électronique invalide", .en = "e-mail that is not an address"},
      // {0} value, {1} name (PERSONNE_ID if blank)
      .message = {.fr = "le courriel « {0} » du responsable {1} n'est pas une adresse valide",
                  .en = "e-mail \"{0}\" of responsable {1} is not a valid address"},
      .hint = {.fr = "corrigez le courriel dans SIECLE-BEE (fiche responsable) ; l'ENT y envoie les notifications",
               .en = "fix the e-mail in SIECLE-BEE (responsable record); the ENT sends notifications to it"},
  };

  static void check(const model::Person& person, Reporter& out) {
    if (model::is_blank(person.mel) || model::is_valid_email(person.mel)) return;
    out.report({.location = person.location,
                .args = {personal(PersonalKind::email, person.mel.str()), quoted_name(person, out.language())},
                .record = model::RecordRef::responsable(person.personne_id),
                .contact_value = std::pair{model::ContactField::mel, person.mel.str()}});
  }
};

}  // namespace

SCOLINT_RULE(R006, MalformedEmail)

}  // namespace scolint::rules
