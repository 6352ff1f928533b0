// Found by the AAF reader (src/formats/aaf_reader.cpp), which gives the
// facts; the rule words them here.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct AafUnsupportedOperation {
  static constexpr RuleInfo info{
      .code = "A007",
      .slug = "aaf-unsupported-operation",
      .severity = Severity::error,
      .summary =
          {.fr = "modifyRequest ou deleteRequest dans un fichier AAF : non pris en charge par le chargeur de l'ENT",
           .en = "modifyRequest or deleteRequest in an AAF file: not supported by the ENT feeder"},
      // {0} operation (modifyRequest, deleteRequest)
      .message = {.fr = "opération <{0}> : le chargeur de l'ENT (AAF 2D) n'accepte que des addRequest et rejette le "
                        "fichier",
                  .en = "<{0}> operation: the ENT feeder (AAF 2D) accepts addRequest only and rejects the file"},
      .hint = {.fr = "demandez à l'académie un export complet (addRequest seulement) pour l'alimentation de l'ENT",
               .en = "ask the academy for a full export (addRequest only) for the ENT feed"},
  };
};

}  // namespace

SCOLINT_RULE(A007, AafUnsupportedOperation)

}  // namespace scolint::rules
