#include "rules/pupils_who_left.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// A SIECLE link that says neither RESP_LEGAL nor NIVEAU_RESPONSABILITE: GEPI
// flags it on import (init_xml2/responsables.php, docs/field.md), and no
// importer can tell a legal responsable from a contact — the person gets no
// parent account, the pupil perhaps no legal responsable at all.
struct LinkWithoutLevel {
  static constexpr model::ExportKind needs[]{model::ExportKind::siecle_responsables};
  static constexpr RuleInfo info{
      .code = "R011",
      .slug = "link-without-level",
      .severity = Severity::warning,
      .summary = {.fr = "lien responsable ↔ élève sans RESP_LEGAL ni NIVEAU_RESPONSABILITE",
                  .en = "responsable-pupil link with neither RESP_LEGAL nor NIVEAU_RESPONSABILITE"},
      // {0} the responsable, {1} the pupil
      .message = {.fr = "le lien entre {0} et l'élève {1} ne dit ni RESP_LEGAL ni NIVEAU_RESPONSABILITE : aucun "
                        "import ne sait s'il s'agit d'un responsable légal, qui n'aura donc pas de compte parent",
                  .en = "the link between {0} and pupil {1} says neither RESP_LEGAL nor NIVEAU_RESPONSABILITE: no "
                        "import can tell whether this is a legal responsable, who will therefore get no parent "
                        "account"},
      .hint = {.fr = "dans SIECLE-BEE (fiche de l'élève, responsables), indiquez le niveau de responsabilité "
                     "(représentant légal, personne en charge ou contact), puis refaites l'export",
               .en = "in SIECLE-BEE (the pupil's record, responsables), set the level of responsibility (legal "
                     "representative, person in charge or contact), then export again"},
      .needs = needs,
  };

  static bool unlevelled(const model::ResponsableLink& link) {
    return model::is_blank(link.resp_legal) && model::is_blank(link.niveau);
  }

  static void check(const model::Dataset& dataset, Reporter& out) {
    const TextSet left = pupils_who_left(dataset);
    ByIdentifier records(dataset);
    for (const model::ResponsableLink& link : dataset.links) {
      const auto file = link.location.file;
      if (!unlevelled(link) || file >= dataset.files.size() ||
          dataset.files[file].kind != model::ExportKind::siecle_responsables || left.contains(link.eleve_id.view())) {
        continue;
      }
      out.report({.location = link.location,
                  .args = {records.person_name(link.personne_id, file, out.language()),
                           records.pupil_name(link.eleve_id, file, out.language())},
                  .record = model::RecordRef::link(link.eleve_id, link.personne_id)});
    }
  }

  // Low-memory mode: the links without a level (their pupils follow).
  static std::uint64_t unlevelled_key(const model::ResponsableLink& link) { return unlevelled(link) ? 1 : 0; }
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    for (std::size_t i = 0; i < first.link_count; ++i) {
      if (first.link(0, i) != 0) keep.links[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true, .link_keys = {&unlevelled_key}, .select = &select};
};

}  // namespace

SCOLINT_RULE(R011, LinkWithoutLevel)

}  // namespace scolint::rules
