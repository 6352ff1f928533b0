// Found by the AAF reader (src/formats/aaf_reader.cpp), which gives the
// facts; the rule words them here.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct AafMissingAttribute {
  static constexpr Phrase variants[]{
      // 1: no <id>
      {.fr = "enregistrement sans identifiant <id> : le chargeur de l'ENT l'ignore",
       .en = "record without <id>: the ENT feeder ignores it"},
      // 2: {0} the birth date as written
      {.fr = "date de naissance « {0} » absente ou invalide (JJ/MM/AAAA) : l'élève est rejeté par l'ENT",
       .en = "birth date \"{0}\" missing or invalid (DD/MM/YYYY): the ENT rejects the pupil"},
  };
  static constexpr RuleInfo info{
      .code = "A001",
      .slug = "aaf-missing-attribute",
      .severity = Severity::error,
      .summary =
          {.fr =
               "attribut obligatoire absent ou vide dans un fichier AAF (id, sn, givenName, date de naissance d'élève)",
           .en = "required attribute missing or empty in an AAF file (id, sn, givenName, pupil birth date)"},
      // {0} attribute
      .message = {.fr = "attribut obligatoire « {0} » absent ou vide : le chargeur de l'ENT rejette la fiche",
                  .en = "required attribute \"{0}\" missing or empty: the ENT feeder rejects the record"},
      .variants = variants,
      .hint = {.fr = "corrigez-la dans {fiche} : l'annuaire fédérateur reproduit la fiche à la prochaine alimentation",
               .en = "fix it in {fiche}: the academy directory copies the record at the next feed"},
  };
};

}  // namespace

SCOLINT_RULE(A001, AafMissingAttribute)

}  // namespace scolint::rules
