#include <map>
#include <set>

#include "rules/responsables/legal_responsables.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct TooManyLegalResponsables {
  static constexpr RuleInfo info{
      .code = "R007",
      .slug = "too-many-legal-responsables",
      .severity = Severity::warning,
      .summary = {.fr = "plus de deux responsables légaux pour un élève", .en = "more than two legal responsables for a pupil"},
      // {0} ELEVE_ID, {1} count, {2} PERSONNE_IDs
      .message = {.fr = "l'élève ELEVE_ID={0} a {1} responsables légaux (PERSONNE_ID={2}) ; il ne peut y en avoir "
                        "que deux",
                  .en = "pupil ELEVE_ID={0} has {1} legal responsables (PERSONNE_ID={2}); there can only be two"},
      .hint = {.fr = "dans SIECLE-BEE, ne gardez « responsable légal » que pour deux personnes ; un doublon du même "
                     "parent en est souvent la cause (voir R001)",
               .en = "in SIECLE-BEE, keep \"legal responsable\" for two people only; a duplicate of the same "
                     "parent is often the cause (see R001)"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    std::map<model::Text, std::set<model::Text>> legal;
    std::map<model::Text, model::SourceLocation> first;
    for (const auto& link : dataset.links) {
      if (!is_legal(link)) continue;
      legal[link.eleve_id].insert(link.personne_id);
      first.try_emplace(link.eleve_id, link.location);
    }
    for (const auto& [eleve, people] : legal) {
      if (people.size() <= 2) continue;
      std::string ids;
      for (const auto& id : people) ids += (ids.empty() ? "" : ", ") + id;
      out.report({.location = first[eleve], .args = {eleve.str(), std::to_string(people.size()), ids},
                  .record = "ELEVE_ID=" + eleve});
    }
  }
};

}  // namespace

SCOLINT_RULE(R007, TooManyLegalResponsables)

}  // namespace scolint::rules
