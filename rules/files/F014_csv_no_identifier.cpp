// Reported by the engine from what the CSV reader found
// (src/formats/csv_reader.cpp); this file holds the rule's metadata.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// entcore's feeder gives a CSV row without an identifier the hash of its
// structure, names, e-mail, phones and class as externalId
// (feeder/csv/CsvFeeder.java:762-768, docs/field.md): the same person with a
// corrected spelling or next year's class is another account.
struct CsvNoIdentifier {
  static constexpr RuleInfo info{
      .code = "F014",
      .slug = "csv-no-identifier",
      .severity = Severity::info,
      .summary = {.fr = "fichier d'import ENT sans colonne d'identifiant : chaque correction crée un autre compte",
                  .en = "ENT import file without an identifier column: every correction makes another account"},
      .message = {.fr = "le fichier n'a pas de colonne d'identifiant (Id, externalId) : l'ENT calcule "
                        "l'identifiant de chaque compte à partir du nom, du prénom, de la classe et des coordonnées ; "
                        "une faute corrigée ou un changement de classe l'an prochain créera un nouveau compte",
                  .en = "the file has no identifier column (Id, externalId): the ENT computes each "
                        "account's identifier from the name, first name, class and contacts; a corrected spelling "
                        "or next year's class change will create a new account"},
      .hint = {.fr = "ajoutez une colonne « Id » stable (l'ELEVE_ID ou l'identifiant de l'application "
                     "d'origine) ; sinon, corrigez les noms avant le premier import et gardez les mêmes libellés "
                     "de classe d'une année à l'autre",
               .en = "add a stable \"Id\" column (the ELEVE_ID or the source application's identifier); "
                     "otherwise correct the names before the first import and keep the same class labels from "
                     "one year to the next"},
  };
};

}  // namespace

SCOLINT_RULE(F014, CsvNoIdentifier)

}  // namespace scolint::rules
