#include "rules/scope.hpp"

#include <algorithm>

namespace scolint::rules {

PersonScopes::PersonScopes(const model::Dataset& dataset) : dataset_(dataset) {
  std::unordered_map<std::string_view, std::string_view> pupil_scope;
  for (const model::Pupil& pupil : dataset.pupils) {
    pupil_scope.emplace(pupil.eleve_id.view(), scope_of(pupil.structure));
  }
  for (const model::ResponsableLink& link : dataset.links) {
    const auto pupil = pupil_scope.find(link.eleve_id.view());
    if (pupil == pupil_scope.end()) continue;
    auto& scopes = by_person_[link.personne_id.view()];
    if (std::find(scopes.begin(), scopes.end(), pupil->second) == scopes.end()) scopes.push_back(pupil->second);
  }
}

std::vector<std::string_view> PersonScopes::of(std::string_view personne_id, model::FileId file) const {
  const auto it = by_person_.find(personne_id);
  if (it != by_person_.end()) return it->second;
  if (file < dataset_.files.size() && dataset_.files[file].kind == model::ExportKind::aaf) return {};
  return {std::string_view()};
}

}  // namespace scolint::rules
