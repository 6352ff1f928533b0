// Reported by the engine when a file cannot be read to the end
// (src/engine/file_problems.cpp); this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct InvalidEncoding {
  static constexpr RuleInfo info{
      .code = "F004",
      .slug = "invalid-encoding",
      .severity = Severity::error,
      .summary = {.fr = "octets invalides pour l'encodage déclaré, ou encodage inconnu",
                  .en = "bytes invalid in the declared encoding, or unknown encoding"},
      // {0} what was found, already in the run's language
      .message = {.fr = "encodage invalide : {0}", .en = "invalid encoding: {0}"},
      .hint = {.fr = "un fichier réenregistré par un tableur ou un éditeur change d'encodage : refaites l'export, ou "
                     "déclarez le bon encodage (ISO-8859-15 pour SIECLE et STS-Web) dans la première ligne",
               .en = "a file saved again by a spreadsheet or an editor changes encoding: export it again, or declare "
                     "the right encoding (ISO-8859-15 for SIECLE and STS-Web) on the first line"},
  };
};

}  // namespace

SCOLINT_RULE(F004, InvalidEncoding)

}  // namespace scolint::rules
