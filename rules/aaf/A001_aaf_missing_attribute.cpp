// Reported by the AAF reader (src/formats/aaf_reader.cpp), which words the
// finding; this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct AafMissingAttribute {
  static constexpr RuleInfo info{
      .code = "A001",
      .slug = "aaf-missing-attribute",
      .severity = Severity::error,
      .summary = {.fr = "attribut obligatoire absent ou vide dans un fichier AAF (id, sn, givenName, date de naissance d'élève)", .en = "required attribute missing or empty in an AAF file (id, sn, givenName, pupil birth date)"},
      .message = {.fr = "{0}", .en = "{0}"},
      .hint = {.fr = "corrigez la fiche dans SIECLE ou STS-Web : l'annuaire fédérateur la reproduit à la prochaine alimentation", .en = "fix the record in SIECLE or STS-Web: the academy directory copies it at the next feed"},
  };
};

}  // namespace

SCOLINT_RULE(A001, AafMissingAttribute)

}  // namespace scolint::rules
