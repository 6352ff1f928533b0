// Reported by the engine from what the CSV reader found
// (src/formats/csv_reader.cpp); this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct CsvDuplicateColumn {
  static constexpr RuleInfo info{
      .code = "F008",
      .slug = "csv-duplicate-column",
      .severity = Severity::warning,
      .summary = {.fr = "même colonne deux fois dans l'en-tête CSV", .en = "same column twice in the CSV header"},
      // {0} what was found, in the run's language
      .message = {.fr = "la colonne « {0} » figure deux fois dans l'en-tête ; seule la première est lue",
                  .en = "column \"{0}\" appears twice in the header; only the first one is read"},
      .hint = {.fr = "retirez la colonne en double de l'extraction personnalisée dans SIECLE",
               .en = "remove the duplicate column from the custom extraction in SIECLE"},
  };
};

}  // namespace

SCOLINT_RULE(F008, CsvDuplicateColumn)

}  // namespace scolint::rules
