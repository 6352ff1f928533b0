// Reported by the engine when a file cannot be read to the end
// (src/engine/file_problems.cpp); this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct EmptyExport {
  static constexpr RuleInfo info{
      .code = "F009",
      .slug = "empty-export",
      .severity = Severity::error,
      .summary = {.fr = "export vide : aucun enregistrement", .en = "empty export: no record"},
      // {0} what was found, already in the run's language
      .message = {.fr = "aucun enregistrement : {0}", .en = "no record: {0}"},
      .hint = {.fr = "refaites l'export : un export vide ne crée aucun compte et peut en désactiver",
               .en = "export again: an empty export creates no account and may deactivate some"},
  };
};

}  // namespace

SCOLINT_RULE(F009, EmptyExport)

}  // namespace scolint::rules
