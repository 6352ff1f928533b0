// Reported by the engine from what the CSV reader found
// (src/formats/csv_reader.cpp); this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct CsvRaggedRow {
  static constexpr RuleInfo info{
      .code = "F006",
      .slug = "csv-ragged-row",
      .severity = Severity::error,
      .summary = {.fr = "ligne CSV dont le nombre de cellules diffère de l'en-tête, ou guillemet jamais refermé",
                  .en = "CSV row whose cell count differs from the header, or an unclosed quote"},
      // {0} what was found, in the run's language
      .message = {.fr = "CSV mal formé : {0}", .en = "malformed CSV: {0}"},
      .hint = {.fr = "le fichier a été modifié dans un tableur (un ; ou un retour à la ligne dans une cellule) : "
                     "refaites l'extraction depuis SIECLE",
               .en = "the file was edited in a spreadsheet (a ; or a line break inside a cell): extract it again from "
                     "SIECLE"},
  };
};

}  // namespace

SCOLINT_RULE(F006, CsvRaggedRow)

}  // namespace scolint::rules
