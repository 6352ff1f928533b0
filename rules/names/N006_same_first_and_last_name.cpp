#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct SameFirstAndLastName {
  static constexpr RuleInfo info{
      .code = "N006",
      .slug = "same-first-and-last-name",
      .severity = Severity::info,
      .summary = {.fr = "prénom identique au nom (champs inversés ou recopiés ?)",
                  .en = "first name equal to the name (fields swapped or copied?)"},
      // {0} value, {1} who ("l'élève « X »")
      .message = {.fr = "{1} a le même nom et prénom « {0} » : champ recopié ou inversé ?",
                  .en = "{1} has the same name and first name \"{0}\": field copied or swapped?"},
      .hint = {.fr = "vérifiez et corrigez la saisie dans {fiche} avant l'import dans l'ENT",
               .en = "check and fix the entry in {fiche} before the ENT import"},
  };

  static void check(const NamedRecord& record, Reporter& out) {
    const std::string first = model::fold_identity(record.prenom->value);
    if (first.empty() || first != model::fold_identity(record.nom->value)) return;
    out.report(
        {.location = record.prenom->in(record.location),
         .args = {personal(PersonalKind::name, model::trim(record.prenom->value)), record.who(out.language(), false)},
         .record = record.ref()});
  }
};

}  // namespace

SCOLINT_RULE(N006, SameFirstAndLastName)

}  // namespace scolint::rules
