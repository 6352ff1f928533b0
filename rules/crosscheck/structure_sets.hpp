#pragma once
// Which division and group codes each side knows, for the SIECLE <-> STS checks.

#include <map>
#include <set>
#include <string>

#include "model/dataset.hpp"

namespace scolint::rules {

struct SiecleUse {
  model::SourceLocation first;  // first membership naming the code
  std::set<model::Text> pupils;
};

/// Codes of divisions ('D') or groups ('G') that current SIECLE pupils are in.
inline std::map<model::Text, SiecleUse> siecle_uses(const model::Dataset& dataset, char type) {
  std::set<model::Text> left;
  for (const model::Pupil& pupil : dataset.pupils) {
    if (pupil.left) left.insert(pupil.eleve_id);
  }
  std::map<model::Text, SiecleUse> uses;
  for (const model::Membership& membership : dataset.memberships) {
    if (membership.type != type || membership.code.empty() || left.contains(membership.eleve_id)) continue;
    auto [it, inserted] = uses.try_emplace(membership.code, SiecleUse{membership.location, {}});
    it->second.pupils.insert(membership.eleve_id);
  }
  return uses;
}

/// Codes STS-Web defines, divisions or groups.
template <typename Structures>
std::set<model::Text, std::less<>> sts_codes(const Structures& structures) {
  std::set<model::Text, std::less<>> codes;
  for (const auto& structure : structures) {
    if (structure.origin == model::Origin::sts) codes.insert(structure.code);
  }
  return codes;
}

}  // namespace scolint::rules
