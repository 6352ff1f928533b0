#include "model/contact.hpp"
#include "rules/responsables/legal_responsables.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct MalformedPostalCode {
  static constexpr RuleInfo info{
      .code = "R004",
      .slug = "malformed-postal-code",
      .severity = Severity::error,
      .summary = {.fr = "code postal français qui n'a pas 5 chiffres", .en = "French postal code that is not 5 digits"},
      // {0} code (the subject names who lives there)
      .message =
          {.fr = "le code postal « {0} » d'une adresse de responsable n'a pas 5 chiffres ; le parent ne pourra pas le "
                 "saisir pour activer son compte ENT",
           .en = "postal code \"{0}\" of a responsable's address is not 5 digits; the parent will not be able to type "
                 "it to activate their ENT account"},
      .hint = {.fr = "corrigez l'adresse dans SIECLE-BEE (5 chiffres, sans espace ; pays renseigné pour une adresse "
                     "à l'étranger)",
               .en = "fix the address in SIECLE-BEE (5 digits, no space; country set for an address abroad)"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    for (const model::Address& address : dataset.addresses) {
      if (!is_french(address) || model::is_blank(address.code_postal) ||
          model::is_french_postal_code(address.code_postal)) {
        continue;
      }
      out.report({.location = address.location,
                  .args = {personal(PersonalKind::address, address.code_postal.str())},
                  .record = model::RecordRef::address(address.adresse_id)});
    }
  }

  static constexpr low_memory::Needs records_needed = low_memory::no_pupils;
};

}  // namespace

SCOLINT_RULE(R004, MalformedPostalCode)

}  // namespace scolint::rules
