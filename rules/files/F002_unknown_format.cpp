// Reported by the engine when a file cannot be read to the end
// (src/engine/file_problems.cpp); this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct UnknownFormat {
  static constexpr RuleInfo info{
      .code = "F002",
      .slug = "unknown-format",
      .severity = Severity::error,
      .summary = {.fr = "fichier qui n'est pas un export reconnu", .en = "not a recognised export"},
      // {0} what was found, already in the run's language
      .message = {.fr = "format non reconnu : {0}", .en = "unknown format: {0}"},
      .hint = {.fr = "donnez les exports XML tels que SIECLE (Exports > Exports standard) et STS-Web (Exports > Emploi "
                     "du temps) les produisent",
               .en = "give the XML exports as SIECLE (Exports > standard exports) and STS-Web (Exports > timetable) "
                     "produce them"},
  };
};

}  // namespace

SCOLINT_RULE(F002, UnknownFormat)

}  // namespace scolint::rules
