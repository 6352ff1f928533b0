#include "rules/scope.hpp"

#include <algorithm>

namespace scolint::rules {

PersonScopes::PersonScopes(const model::Dataset& dataset, std::vector<std::string_view> persons) : dataset_(dataset) {
  if (persons.empty()) return;
  const std::unordered_set<std::string_view> wanted(persons.begin(), persons.end());
  // Their children's ELEVE_IDs, then those pupils' structures.
  std::unordered_map<std::string_view, std::vector<std::string_view>> parents_of;  // ELEVE_ID → PERSONNE_IDs
  for (const model::ResponsableLink& link : dataset.links) {
    if (wanted.contains(link.personne_id.view())) parents_of[link.eleve_id.view()].push_back(link.personne_id.view());
  }
  if (parents_of.empty()) return;
  for (const model::Pupil& pupil : dataset.pupils) {
    const auto parents = parents_of.find(pupil.eleve_id.view());
    if (parents == parents_of.end()) continue;
    const std::string_view scope = scope_of(pupil.structure);
    for (const std::string_view parent : parents->second) {
      auto& scopes = by_person_[parent];
      if (std::find(scopes.begin(), scopes.end(), scope) == scopes.end()) scopes.push_back(scope);
    }
    parents_of.erase(parents);  // a pupil read in two files counts once
  }
}

std::vector<std::string_view> PersonScopes::of(std::string_view personne_id, model::FileId file) const {
  const auto it = by_person_.find(personne_id);
  if (it != by_person_.end()) return it->second;
  if (file < dataset_.files.size() && dataset_.files[file].kind == model::ExportKind::aaf) return {};
  return {std::string_view()};
}

}  // namespace scolint::rules
