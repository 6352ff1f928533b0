// Found by the AAF reader (src/formats/aaf_reader.cpp), which gives the
// facts; the rule words them here.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct AafBadRelation {
  static constexpr RuleInfo info{
      .code = "A008",
      .slug = "aaf-bad-relation",
      .severity = Severity::warning,
      .summary = {.fr = "relation élève-responsable dont l'autorité parentale n'est ni 1 ni 2 : responsable ignoré",
                  .en = "pupil-relative relation whose parental authority is neither 1 nor 2: relative skipped"},
      // {0} the relation as written, {1} its 4th field
      .message = {.fr = "relation « {0} » : le 4e champ (autorité parentale) vaut « {1} » au lieu de 1 ou 2, le "
                        "responsable ne sera pas importé",
                  .en = "relation \"{0}\": the 4th field (parental authority) is \"{1}\" instead of 1 or 2, the "
                        "relative will not be imported"},
      .hint = {.fr = "dans SIECLE-BEE, cochez « responsable légal » pour ce parent s'il doit avoir un compte",
               .en = "in SIECLE-BEE, tick \"legal responsable\" for this parent if they must get an account"},
  };
};

}  // namespace

SCOLINT_RULE(A008, AafBadRelation)

}  // namespace scolint::rules
