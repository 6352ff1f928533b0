// Reported by the engine when a file cannot be read to the end
// (src/engine/file_problems.cpp); this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct XmlNotWellFormed {
  static constexpr RuleInfo info{
      .code = "F003",
      .slug = "xml-not-well-formed",
      .severity = Severity::error,
      .summary = {.fr = "XML mal formé : le fichier n'a pu être lu jusqu'au bout",
                  .en = "malformed XML: the file could not be read to the end"},
      // {0} what was found, already in the run's language
      .message = {.fr = "XML mal formé : {0} ; les enregistrements lus avant cet endroit ont été vérifiés",
                  .en = "malformed XML: {0}; the records read before this point were checked"},
      .hint =
          {.fr =
               "le fichier a sans doute été tronqué ou modifié à la main : refaites l'export depuis SIECLE ou STS-Web",
           .en = "the file was probably truncated or edited by hand: export it again from SIECLE or STS-Web"},
  };
};

}  // namespace

SCOLINT_RULE(F003, XmlNotWellFormed)

}  // namespace scolint::rules
