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

/// Whether a file's divisions and groups are SIECLE's, which STS-Web must
/// know: not ONDE's or the ENT's own classes ("CP de Mme X").
inline bool on_siecle_side(const model::FileRecord& file) {
  return file.kind == model::ExportKind::siecle_eleves || file.kind == model::ExportKind::siecle_csv ||
         file.kind == model::ExportKind::siecle_structures || file.kind == model::ExportKind::aaf;
}

/// Whether the run holds SIECLE pupils at all (an ENT CSV of pupils alone
/// says nothing of STS-Web's divisions).
inline bool has_siecle_pupils(const model::Dataset& dataset) {
  for (const model::FileRecord& file : dataset.files) {
    if (on_siecle_side(file) && file.kind != model::ExportKind::siecle_structures &&
        (file.kind != model::ExportKind::aaf || file.has_pupils)) {
      return true;
    }
  }
  return false;
}

/// Codes of divisions ('D') or groups ('G') that current SIECLE pupils are in.
inline std::map<model::Text, SiecleUse> siecle_uses(const model::Dataset& dataset, char type) {
  std::set<model::Text> left;
  for (const model::Pupil& pupil : dataset.pupils) {
    if (pupil.left) left.insert(pupil.eleve_id);
  }
  std::map<model::Text, SiecleUse> uses;
  for (const model::Membership& membership : dataset.memberships) {
    if (membership.type != type || membership.code.empty() || left.contains(membership.eleve_id)) continue;
    if (!on_siecle_side(dataset.files[membership.location.file])) continue;
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
