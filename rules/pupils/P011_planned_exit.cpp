#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// Importers disagree on a pupil whose exit date is still to come: Pix drops
// every pupil with a DATE_SORTIE (siecle-parser `_isImportable`), GEPI only
// those whose date has passed (init_xml2/step1.php). The pupil then vanishes
// from some tools today and from the ENT later.
struct PlannedExit {
  static constexpr RuleInfo info{
      .code = "P011",
      .slug = "planned-exit",
      .severity = Severity::info,
      .summary = {.fr = "date de sortie à venir : certains logiciels écartent l'élève dès maintenant",
                  .en = "exit date still to come: some software drops the pupil already"},
      // {0} name (ELEVE_ID if blank), {1} the exit date
      .message = {.fr = "l'élève {0} a une date de sortie à venir, le {1} : certains logiciels (Pix) l'écartent dès "
                        "cet import, d'autres (GEPI, l'ENT) le gardent jusqu'à un export qui le dit sorti",
                  .en = "pupil {0} has an exit date still to come, {1}: some software (Pix) drops them from this "
                        "import on, others (GEPI, the ENT) keep them until an export says they left"},
      .hint = {.fr = "vérifiez la date de sortie dans SIECLE-BEE (fiche de l'élève) : départ prévu à cette date, "
                     "ou date mal saisie (année ?) ; sans départ prévu, effacez-la",
               .en = "check the exit date in SIECLE-BEE (the pupil's record): a departure planned on that date, or "
                     "a date typed wrong (the year?); with no departure planned, clear it"},
  };

  // The reader marks as left a pupil whose exit date has passed at export
  // time (or cannot be read): what is left with a date is a planned exit.
  static void check(const model::Pupil& pupil, Reporter& out) {
    if (pupil.left || model::is_blank(pupil.date_sortie)) return;
    out.report({.location = pupil.location,
                .args = {quoted_name(pupil, out.language()), pupil.date_sortie.str()},
                .record = model::RecordRef::pupil(pupil.eleve_id)});
  }
};

}  // namespace

SCOLINT_RULE(P011, PlannedExit)

}  // namespace scolint::rules
