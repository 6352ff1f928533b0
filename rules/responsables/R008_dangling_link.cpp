#include <set>

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct DanglingLink {
  static constexpr model::ExportKind needs[]{model::ExportKind::siecle_responsables};
  static constexpr RuleInfo info{
      .code = "R008",
      .slug = "dangling-link",
      .severity = Severity::error,
      .summary = {.fr = "lien élève ↔ responsable vers un élève ou une personne inconnus",
                  .en = "pupil-responsable link to an unknown pupil or person"},
      // {0} what is unknown
      .message = {.fr = "le lien responsable ↔ élève renvoie à {0}, absent des exports",
                  .en = "the responsable-pupil link refers to {0}, absent from the exports"},
      .hint = {.fr = "refaites les exports élèves et responsables de SIECLE le même jour ; si le problème reste, "
                     "signalez-le à l'assistance SIECLE",
               .en = "export pupils and responsables from SIECLE on the same day; if it remains, report it to "
                     "SIECLE support"},
      .needs = needs,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    const bool fr = out.language() == Language::fr;
    std::set<model::Text, std::less<>> persons;
    for (const auto& person : dataset.persons) persons.insert(person.personne_id);
    std::set<model::Text, std::less<>> pupils;
    for (const auto& pupil : dataset.pupils) pupils.insert(pupil.eleve_id);
    const bool with_pupils = dataset.has_kind(model::ExportKind::siecle_eleves);
    for (const auto& link : dataset.links) {
      const std::string record = "ELEVE_ID=" + link.eleve_id + " PERSONNE_ID=" + link.personne_id;
      if (!persons.contains(link.personne_id)) {
        out.report({.location = link.location,
                    .args = {(fr ? "la personne PERSONNE_ID=" : "person PERSONNE_ID=") + link.personne_id.str()},
                    .record = record, .key = "person"});
      }
      if (with_pupils && !pupils.contains(link.eleve_id)) {
        out.report({.location = link.location,
                    .args = {(fr ? "l'élève ELEVE_ID=" : "pupil ELEVE_ID=") + link.eleve_id.str()},
                    .record = record, .key = "pupil"});
      }
    }
  }
};

}  // namespace

SCOLINT_RULE(R008, DanglingLink)

}  // namespace scolint::rules
