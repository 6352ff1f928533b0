#pragma once
// Which division and group codes each side knows, for the SIECLE <-> STS checks.

#include <map>
#include <set>
#include <string>

#include "model/dataset.hpp"
#include "rules/pupils_who_left.hpp"

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
  const TextSet left = pupils_who_left(dataset);
  std::map<model::Text, SiecleUse> uses;
  for (const model::Membership& membership : dataset.memberships) {
    if (membership.type != type || membership.code.empty() || left.contains(membership.eleve_id)) continue;
    if (!on_siecle_side(dataset.files[membership.location.file])) continue;
    auto [it, inserted] = uses.try_emplace(membership.code, SiecleUse{membership.location, {}});
    it->second.pupils.insert(membership.eleve_id);
  }
  return uses;
}

/// What a run's SIECLE pupils' exports (ElevesSansAdresses, an extraction)
/// say of their divisions, for F013: an export made before the pupils were
/// placed, or for one or two divisions only, would take every other pupil
/// out of their class, or deactivate them, if imported.
struct DivisionCoverage {
  const model::FileRecord* file = nullptr;  // the first SIECLE pupils' export with a division column
  std::size_t current_pupils = 0;           // in those exports
  std::set<model::Text> divisions;          // the divisions their current pupils are placed in
  std::set<model::Text> sts_divisions;      // STS-Web divisions with services
  /// No current pupil in any division.
  [[nodiscard]] bool unplaced() const { return file != nullptr && current_pupils > 0 && divisions.empty(); }
  /// One or two divisions where STS-Web gives services to six or more.
  [[nodiscard]] bool partial() const {
    return file != nullptr && !divisions.empty() && divisions.size() <= 2 && sts_divisions.size() >= 6;
  }
};

inline bool is_siecle_pupils_file(const model::FileRecord& file) {
  return (file.kind == model::ExportKind::siecle_eleves || file.kind == model::ExportKind::siecle_csv) &&
         !file.lacks(model::Column::pupil_division);
}

inline DivisionCoverage division_coverage(const model::Dataset& dataset) {
  DivisionCoverage coverage;
  for (const model::FileRecord& file : dataset.files) {
    if (!is_siecle_pupils_file(file)) continue;
    // A file cut short (F003) may have had its STRUCTURES after the cut: nothing to say.
    if (file.failed) return {};
    if (coverage.file == nullptr) coverage.file = &file;
  }
  if (coverage.file == nullptr) return coverage;
  for (const model::Pupil& pupil : dataset.pupils) {
    const auto file = pupil.location.file;
    if (!pupil.left && file < dataset.files.size() && is_siecle_pupils_file(dataset.files[file])) {
      ++coverage.current_pupils;
    }
  }
  const TextSet left = pupils_who_left(dataset);
  for (const model::Membership& membership : dataset.memberships) {
    if (membership.type != 'D' || membership.code.empty() || left.contains(membership.eleve_id)) continue;
    if (is_siecle_pupils_file(dataset.files[membership.location.file])) coverage.divisions.insert(membership.code);
  }
  for (const model::Division& division : dataset.divisions) {
    if (division.origin == model::Origin::sts && division.services > 0) coverage.sts_divisions.insert(division.code);
  }
  return coverage;
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
