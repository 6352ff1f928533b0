// Reported by the AAF reader (src/formats/aaf_reader.cpp), which words the
// finding; this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct AafMalformedValue {
  static constexpr RuleInfo info{
      .code = "A002",
      .slug = "aaf-malformed-value",
      .severity = Severity::error,
      .summary = {.fr = "valeur AAF séparée par $ avec un mauvais nombre de champs : ignorée sans le dire", .en = "$-separated AAF value with the wrong number of fields: silently ignored"},
      .message = {.fr = "{0}", .en = "{0}"},
      .hint = {.fr = "signalez-le à l'académie (annuaire fédérateur) : la valeur est produite par l'AAF à partir de SIECLE ou STS-Web", .en = "report it to the academy (directory team): the AAF builds the value from SIECLE or STS-Web"},
  };
};

}  // namespace

SCOLINT_RULE(A002, AafMalformedValue)

}  // namespace scolint::rules
