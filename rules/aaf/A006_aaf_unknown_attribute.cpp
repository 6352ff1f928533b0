// Found by the AAF reader (src/formats/aaf_reader.cpp), which gives the
// facts; the rule words them here.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct AafUnknownAttribute {
  static constexpr RuleInfo info{
      .code = "A006",
      .slug = "aaf-unknown-attribute",
      .severity = Severity::error,
      .summary = {.fr = "attribut inconnu du chargeur de l'ENT : tout le fichier AAF est rejeté",
                  .en = "attribute the ENT feeder does not know: the whole AAF file is rejected"},
      // {0} attribute, {1} file category (Eleve, PersEducNat...)
      .message = {.fr = "attribut « {0} » inconnu pour un fichier {1} : le chargeur de l'ENT rejette le fichier "
                        "entier (Unknown attribute)",
                  .en = "attribute \"{0}\" unknown for a {1} file: the ENT feeder rejects the whole file (Unknown "
                        "attribute)"},
      .hint = {.fr = "mettez à jour la table d'attributs du chargeur de l'ENT, ou retirez l'attribut du fichier avant "
                     "l'import",
               .en = "update the ENT feeder's attribute table, or remove the attribute before the import"},
  };
};

}  // namespace

SCOLINT_RULE(A006, AafUnknownAttribute)

}  // namespace scolint::rules
