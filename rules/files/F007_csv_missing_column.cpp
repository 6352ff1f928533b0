// Reported by the engine from what the CSV reader found
// (src/formats/csv_reader.cpp); this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct CsvMissingColumn {
  static constexpr RuleInfo info{
      .code = "F007",
      .slug = "csv-missing-column",
      .severity = Severity::error,
      .summary = {.fr = "colonne nécessaire absente de l'en-tête CSV",
                  .en = "a column the CSV kind needs is missing from the header"},
      // {0} what was found, in the run's language
      .message = {.fr = "la colonne « {0} » manque dans l'en-tête : les fiches ne peuvent pas être vérifiées sans elle",
                  .en = "column \"{0}\" is missing from the header: records cannot be checked without it"},
      .hint = {.fr = "ajoutez la colonne à l'extraction personnalisée dans SIECLE (ou au fichier d'import de l'ENT), "
                     "puis refaites-la",
               .en =
                   "add the column to the custom extraction in SIECLE (or to the ENT import file), then extract again"},
  };
};

}  // namespace

SCOLINT_RULE(F007, CsvMissingColumn)

}  // namespace scolint::rules
