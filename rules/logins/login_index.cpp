#include "rules/logins/login_index.hpp"

#include <unordered_set>

namespace scolint::rules {

std::vector<LoginOwner> login_owners(const model::Dataset& dataset, model::LoginProfile profile) {
  std::vector<LoginOwner> owners;
  // One set per kind of identifier; the views point into the dataset.
  std::unordered_set<std::string_view> seen;
  auto add = [&](std::string_view id_name, model::Text id, model::SourceLocation at, const model::Field& prenom,
                 const model::Field& nom) {
    if (model::is_blank(prenom.value) || model::is_blank(nom.value) || !seen.insert(id).second) return;
    owners.push_back({id_name, id, at, model::predict_login(profile, prenom.value, nom.value)});
  };
  for (const auto& p : dataset.pupils) {
    if (!p.left) add("ELEVE_ID", p.eleve_id, p.location, p.prenom, p.usage_name());
  }
  seen.clear();
  for (const auto& p : dataset.persons) add("PERSONNE_ID", p.personne_id, p.location, p.prenom, p.usage_name());
  seen.clear();
  for (const auto& s : dataset.staff) add("INDIVIDU_ID", s.id, s.location, s.prenom, s.usage_name());
  return owners;
}

std::string login_with_suffix(model::LoginProfile profile, const std::string& login, std::size_t n) {
  if (n == 0) return login;
  const std::string suffix = std::to_string(n + 1);
  if (profile == model::LoginProfile::se3 && login.size() > suffix.size()) {
    // SambaEdu keeps the length: jean.dupont → jean.dupon2 (formats/SIECLE_STS.md §5.2).
    return login.substr(0, login.size() - suffix.size()) + suffix;
  }
  return login + suffix;
}

}  // namespace scolint::rules
