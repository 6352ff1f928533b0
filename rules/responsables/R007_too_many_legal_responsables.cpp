#include <algorithm>
#include <vector>

#include "rules/responsables/legal_responsables.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct TooManyLegalResponsables {
  static constexpr RuleInfo info{
      .code = "R007",
      .slug = "too-many-legal-responsables",
      .severity = Severity::warning,
      .summary = {.fr = "plus de deux responsables légaux pour un élève",
                  .en = "more than two legal responsables for a pupil"},
      // {0} the pupil's name, {1} count, {2} the responsables (names and PERSONNE_ID)
      .message = {.fr = "l'élève {0} a {1} responsables légaux ({2}) ; il ne peut y en avoir "
                        "que deux",
                  .en = "pupil {0} has {1} legal responsables ({2}); there can only be two"},
      .hint = {.fr = "dans SIECLE-BEE, ne gardez « responsable légal » que pour deux personnes ; un doublon du même "
                     "parent en est souvent la cause (voir R001)",
               .en = "in SIECLE-BEE, keep \"legal responsable\" for two people only; a duplicate of the same "
                     "parent is often the cause (see R001)"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    // Legal links sorted by pupil (a stable sort: a pupil's first link in
    // export order leads), not a map of a set per pupil.
    std::vector<const model::ResponsableLink*> legal;
    for (const auto& link : dataset.links) {
      if (is_legal(link)) legal.push_back(&link);
    }
    std::stable_sort(legal.begin(), legal.end(),
                     [](const auto* a, const auto* b) { return a->eleve_id < b->eleve_id; });
    std::vector<model::Text> people;
    ByIdentifier records(dataset);
    for (std::size_t run = 0; run < legal.size();) {
      std::size_t end = run + 1;
      while (end < legal.size() && legal[end]->eleve_id == legal[run]->eleve_id) ++end;
      if (end - run > 2) {
        people.clear();
        for (std::size_t i = run; i < end; ++i) people.push_back(legal[i]->personne_id);
        std::sort(people.begin(), people.end());
        people.erase(std::unique(people.begin(), people.end()), people.end());
        if (people.size() > 2) {
          const model::Text eleve = legal[run]->eleve_id;
          std::string ids;
          for (const auto& id : people)
            ids +=
                (ids.empty() ? "" : ", ") + records.person_name_and_id(id, legal[run]->location.file, out.language());
          out.report({.location = legal[run]->location,
                      .args = {records.pupil_name(eleve, legal[run]->location.file, out.language()),
                               std::to_string(people.size()), ids},
                      .record = model::RecordRef::pupil(eleve)});
        }
      }
      run = end;
    }
  }

  // Low-memory mode: the links of the pupils with more than two legal links.
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    std::vector<std::uint64_t> legal;
    for (std::size_t i = 0; i < first.link_count; ++i) {
      if (first.link_legal(i)) legal.push_back(first.link(0, i));
    }
    std::sort(legal.begin(), legal.end());
    std::vector<std::uint64_t> many;
    for (std::size_t run = 0; run < legal.size();) {
      std::size_t end = run + 1;
      while (end < legal.size() && legal[end] == legal[run]) ++end;
      if (end - run > 2) many.push_back(legal[run]);
      run = end;
    }
    const low_memory::KeySet crowded(std::move(many));
    for (std::size_t i = 0; i < first.link_count; ++i) {
      if (crowded.contains(first.link(0, i))) keep.links[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true, .link_keys = {&low_memory::link_pupil_id}, .select = &select};
};

}  // namespace

SCOLINT_RULE(R007, TooManyLegalResponsables)

}  // namespace scolint::rules
