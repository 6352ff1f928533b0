#include "rules/rule_kit.hpp"
#include "rules/text_set.hpp"

namespace scolint::rules {
namespace {

struct DanglingLink {
  static constexpr model::ExportKind needs[]{model::ExportKind::siecle_responsables};
  static constexpr model::Column reads[]{model::Column::whole_export};
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
      .reads = reads,
  };

  // {0}: the end of the link that is missing.
  static constexpr Phrase person_id{"la personne PERSONNE_ID={0}", "person PERSONNE_ID={0}"};
  static constexpr Phrase pupil_id{"l'élève ELEVE_ID={0}", "pupil ELEVE_ID={0}"};

  static void check(const model::Dataset& dataset, Reporter& out) {
    TextSet persons(dataset.persons.size());
    for (const auto& person : dataset.persons) persons.insert(person.personne_id);
    TextSet pupils(dataset.pupils.size());
    for (const auto& pupil : dataset.pupils) pupils.insert(pupil.eleve_id);
    const bool with_pupils = dataset.has_kind(model::ExportKind::siecle_eleves);
    for (const auto& link : dataset.links) {
      if (lacks_any(dataset, link.location, reads)) continue;
      const bool no_person = !persons.contains(link.personne_id);
      const bool no_pupil = with_pupils && !pupils.contains(link.eleve_id);
      if (!no_person && !no_pupil) continue;
      const model::RecordRef record = model::RecordRef::link(link.eleve_id, link.personne_id);
      if (no_person) {
        out.report({.location = link.location,
                    .args = {say(out.language(), person_id, {link.personne_id})},
                    .record = record,
                    .key = "person"});
      }
      if (no_pupil) {
        out.report({.location = link.location,
                    .args = {say(out.language(), pupil_id, {link.eleve_id})},
                    .record = record,
                    .key = "pupil"});
      }
    }
  }

  // Low-memory mode: the links whose responsable is not among the
  // responsables (kept whole), or whose pupil is not among the pupils.
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    std::vector<std::uint64_t> ids;
    for (const auto& person : first.rest->persons) ids.push_back(low_memory::key_of(person.personne_id));
    const low_memory::KeySet persons(std::move(ids));
    ids.clear();
    for (std::size_t i = 0; i < first.pupil_count; ++i) ids.push_back(first.pupil(0, i));
    const low_memory::KeySet pupils(std::move(ids));
    const bool with_pupils = first.rest->has_kind(model::ExportKind::siecle_eleves);
    for (std::size_t i = 0; i < first.link_count; ++i) {
      if (!persons.contains(first.link(1, i)) || (with_pupils && !pupils.contains(first.link(0, i)))) {
        keep.links[i] = true;
      }
    }
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true,
      .pupil_keys = {&low_memory::pupil_id},
      .link_keys = {&low_memory::link_pupil_id, &low_memory::link_person_id},
      .select = &select};
};

}  // namespace

SCOLINT_RULE(R008, DanglingLink)

}  // namespace scolint::rules
