#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct MissingIne {
  static constexpr model::Column reads[]{model::Column::pupil_ine};
  static constexpr RuleInfo info{
      .code = "P001",
      .slug = "missing-ine",
      .severity = Severity::error,
      .summary = {.fr = "élève sans INE : aucun compte ENT ne sera créé", .en = "pupil without INE: no ENT account"},
      // {0} name (ELEVE_ID if blank)
      .message = {.fr = "l'élève {0} n'a pas d'INE (ID_NATIONAL, INE_BEA) ; aucun compte ENT ne lui sera créé",
                  .en = "pupil {0} has no INE (ID_NATIONAL, INE_BEA); no ENT account will be created"},
      .hint = {.fr = "dans SIECLE-BEE, ouvrez la fiche de l'élève (Scolarité) et demandez l'immatriculation "
                     "(INE) ; pour un élève venant d'un autre établissement, récupérez sa fiche par "
                     "Export/Import plutôt que d'en créer une",
               .en = "in SIECLE-BEE, open the pupil's record and request the registration number (INE); for a "
                     "pupil from another school, transfer the record (Export/Import) rather than creating one"},
      .reads = reads,
  };

  static void check(const model::Pupil& pupil, Reporter& out) {
    // A pupil who has left gets no account anyway.
    if (pupil.left || pupil.ine() != nullptr) return;
    out.report({.location = pupil.location,
                .args = {quoted_name(pupil, out.language())},
                .record = model::RecordRef::pupil(pupil.eleve_id)});
  }
};

}  // namespace

SCOLINT_RULE(P001, MissingIne)

}  // namespace scolint::rules
