#include "rules/logins/login_index.hpp"

#include <algorithm>

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

std::vector<Assigned> assign_logins(model::LoginProfile profile, const std::string& base,
                                    const std::vector<std::string>& keys, const model::ExistingLogins* existing) {
  std::vector<Assigned> out(keys.size());
  if (existing == nullptr) {
    for (std::size_t i = 0; i < keys.size(); ++i) out[i].login = login_with_suffix(profile, base, i);
    return out;
  }
  // An ENT stops counting long before: SE3 gives up at 100 homonyms.
  constexpr std::size_t most = 100;
  std::vector<std::string> used;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    for (std::size_t k = 0; k < most && !keys[i].empty(); ++k) {
      std::string candidate = login_with_suffix(profile, base, k);
      if (existing->belongs_to(candidate, keys[i]) && std::find(used.begin(), used.end(), candidate) == used.end()) {
        used.push_back(candidate);
        out[i] = {std::move(candidate), true};
        break;
      }
    }
  }
  for (Assigned& holder : out) {
    if (holder.own) continue;
    for (std::size_t k = 0; k < most; ++k) {
      std::string candidate = login_with_suffix(profile, base, k);
      if (existing->contains(candidate) || std::find(used.begin(), used.end(), candidate) != used.end()) continue;
      used.push_back(candidate);
      holder.login = std::move(candidate);
      break;
    }
  }
  return out;
}

}  // namespace scolint::rules
