// Reported by the AAF reader (src/formats/aaf_reader.cpp), which words the
// finding; this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct AafBadRelation {
  static constexpr RuleInfo info{
      .code = "A008",
      .slug = "aaf-bad-relation",
      .severity = Severity::warning,
      .summary = {.fr = "relation élève-responsable dont l'autorité parentale n'est ni 1 ni 2 : responsable ignoré", .en = "pupil-relative relation whose parental authority is neither 1 nor 2: relative skipped"},
      .message = {.fr = "{0}", .en = "{0}"},
      .hint = {.fr = "dans SIECLE-BEE, cochez « responsable légal » pour ce parent s'il doit avoir un compte", .en = "in SIECLE-BEE, tick \"legal responsable\" for this parent if they must get an account"},
  };
};

}  // namespace

SCOLINT_RULE(A008, AafBadRelation)

}  // namespace scolint::rules
