#include "rules/logins/login_index.hpp"

namespace scolint::rules {

std::vector<LoginOwner> login_owners(const model::Dataset& dataset) {
  std::vector<LoginOwner> owners;
  owners.reserve(dataset.pupils.size() + dataset.persons.size() + dataset.staff.size());
  // No set of a million identifiers to drop repeats here: the same person
  // twice predicts the same login, so callers meet the repeat in its group.
  for (const auto& p : dataset.pupils) {
    if (!p.left && !p.login.empty()) owners.emplace_back(p);
  }
  for (const auto& p : dataset.persons) {
    if (!p.login.empty()) owners.emplace_back(p);
  }
  for (const auto& s : dataset.staff) {
    if (!s.login.empty()) owners.emplace_back(s);
  }
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
