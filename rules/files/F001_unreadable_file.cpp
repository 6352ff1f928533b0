// Reported by the engine when a file cannot be read to the end
// (src/engine/file_problems.cpp); this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct UnreadableFile {
  static constexpr RuleInfo info{
      .code = "F001",
      .slug = "unreadable-file",
      .severity = Severity::error,
      .summary = {.fr = "fichier illisible (absent, droits, dossier vide)",
                  .en = "file cannot be read (missing, permission, empty directory)"},
      // {0} what was found, already in the run's language
      .message = {.fr = "impossible de lire le fichier : {0}", .en = "cannot read the file: {0}"},
      .hint = {.fr = "vérifiez le chemin et les droits de lecture ; scolint ne modifie jamais ses fichiers d'entrée",
               .en = "check the path and the read permission; scolint never writes its input files"},
  };
};

}  // namespace

SCOLINT_RULE(F001, UnreadableFile)

}  // namespace scolint::rules
