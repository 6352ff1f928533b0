// Reported by the AAF reader (src/formats/aaf_reader.cpp), which words the
// finding; this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct AafUnsupportedOperation {
  static constexpr RuleInfo info{
      .code = "A007",
      .slug = "aaf-unsupported-operation",
      .severity = Severity::error,
      .summary = {.fr = "modifyRequest ou deleteRequest dans un fichier AAF : non pris en charge par le chargeur de l'ENT", .en = "modifyRequest or deleteRequest in an AAF file: not supported by the ENT feeder"},
      .message = {.fr = "{0}", .en = "{0}"},
      .hint = {.fr = "demandez à l'académie un export complet (addRequest seulement) pour l'alimentation de l'ENT", .en = "ask the academy for a full export (addRequest only) for the ENT feed"},
  };
};

}  // namespace

SCOLINT_RULE(A007, AafUnsupportedOperation)

}  // namespace scolint::rules
