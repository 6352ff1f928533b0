#include "rules/responsables/legal_responsables.hpp"
#include "rules/rule_kit.hpp"
#include "rules/text_set.hpp"

namespace scolint::rules {
namespace {

struct NoLegalResponsable {
  static constexpr model::ExportKind needs[]{model::ExportKind::siecle_eleves, model::ExportKind::siecle_responsables};
  static constexpr model::Column reads[]{model::Column::pupil_responsables, model::Column::whole_export};
  static constexpr RuleInfo info{
      .code = "P008",
      .slug = "no-legal-responsable",
      .severity = Severity::warning,
      .summary = {.fr = "élève sans responsable légal : aucun compte parent",
                  .en = "pupil without legal responsable: no parent account"},
      // {0} name (ELEVE_ID if blank)
      .message =
          {.fr =
               "l'élève {0} n'a aucun responsable légal (RESP_LEGAL 1 ou 2, ou NIVEAU_RESPONSABILITE 1) ; aucun compte "
               "parent ne sera créé",
           .en = "pupil {0} has no legal responsable (RESP_LEGAL 1 or 2, or NIVEAU_RESPONSABILITE 1); no parent "
                 "account will "
                 "be created"},
      .hint = {.fr = "dans SIECLE-BEE, rattachez le responsable légal à l'élève (recherchez d'abord s'il existe "
                     "déjà, pour ne pas créer de doublon)",
               .en = "in SIECLE-BEE, link the legal responsable to the pupil (search for an existing record first, "
                     "to avoid a duplicate)"},
      .needs = needs,
      .reads = reads,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    TextSet with_legal(dataset.pupils.size());
    for (const auto& link : dataset.links) {
      if (is_legal(link)) with_legal.insert(link.eleve_id);
    }
    TextSet reported;
    for (const model::Pupil& pupil : dataset.pupils) {
      if (pupil.left || lacks_any(dataset, pupil.location, reads) || with_legal.contains(pupil.eleve_id) ||
          !reported.insert(pupil.eleve_id)) {
        continue;
      }
      out.report({.location = pupil.location,
                  .args = {quoted_name(pupil, out.language())},
                  .record = model::RecordRef::pupil(pupil.eleve_id)});
    }
  }

  // Low-memory mode: the current pupils no legal link names (the selection
  // keeps the links of every pupil kept).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    std::vector<std::uint64_t> linked;
    for (std::size_t i = 0; i < first.link_count; ++i) {
      if (first.link_legal(i)) linked.push_back(first.link(0, i));
    }
    const low_memory::KeySet with_legal(std::move(linked));
    for (std::size_t i = 0; i < first.pupil_count; ++i) {
      if (!first.pupil_left(i) && !with_legal.contains(first.pupil(0, i))) keep.pupils[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{.declared = true,
                                                    .pupil_keys = {&low_memory::pupil_id},
                                                    .link_keys = {&low_memory::link_pupil_id},
                                                    .select = &select};
};

}  // namespace

SCOLINT_RULE(P008, NoLegalResponsable)

}  // namespace scolint::rules
