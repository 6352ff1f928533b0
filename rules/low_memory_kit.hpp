#pragma once
// What a dataset check declares for low-memory mode (rules/rule.hpp): the
// keys it reads of pupils, placements and links, and which records it needs. The
// keys most checks share are here, so that each is computed once per record
// however many checks name it.

#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/records.hpp"
#include "rules/low_memory.hpp"
#include "rules/rule.hpp"

namespace scolint::rules::low_memory {

/// Needs no pupil, placement or link: the check reads other records only.
inline constexpr Needs no_pupils{.declared = true};

/// A division ('D') or group ('G') code as a key.
inline std::uint64_t structure_key(char type, std::string_view code) {
  const std::uint64_t key = key_of(code) ^ (type == 'G' ? 0x9E3779B97F4A7C15U : 0);
  return key == 0 ? 1 : key;
}
/// The division a placement names (0 for a group or without a code).
inline std::uint64_t placement_division(const model::Membership& membership) {
  return membership.type != 'D' || membership.code.empty() ? 0 : structure_key('D', membership.code);
}
/// The group a placement names (0 for a division or without a code).
inline std::uint64_t placement_group(const model::Membership& membership) {
  return membership.type != 'G' || membership.code.empty() ? 0 : structure_key('G', membership.code);
}

/// The select of the grouping checks: the pupils whose key (column 0)
/// another pupil shares (P003's INE, P004's identity).
inline void keep_shared(const FirstRead& first, const rules::Reporter& /*rule*/, Keep& keep) {
  keep_shared_pupils(first, 0, {}, keep);
}

/// The keys of the STS-Web divisions or groups (`type` 'D' or 'G') of
/// `structures`, or only of those STS-Web gives services when `with_services`.
template <typename Structures>
KeySet sts_structures(const Structures& structures, char type, bool with_services) {
  std::vector<std::uint64_t> codes;
  for (const auto& structure : structures) {
    if (structure.origin == model::Origin::sts && (!with_services || structure.services > 0)) {
      codes.push_back(structure_key(type, structure.code));
    }
  }
  return KeySet(std::move(codes));
}

/// The ELEVE_IDs of the pupils who left (`id`: the pupils' column of pupil_id).
inline KeySet left_pupils(const FirstRead& first, std::size_t id) {
  std::vector<std::uint64_t> ids;
  for (std::size_t i = 0; i < first.pupil_count; ++i) {
    if (first.pupil_left(i)) ids.push_back(first.pupil(id, i));
  }
  return KeySet(std::move(ids));
}

/// Marks the pupils who left.
inline void keep_left_pupils(const FirstRead& first, Keep& keep) {
  for (std::size_t i = 0; i < first.pupil_count; ++i) {
    if (first.pupil_left(i)) keep.pupils[i] = true;
  }
}

/// Marks, for each structure of `wanted`, the placements up to and with the
/// first of a current pupil: enough to tell "some current pupil is placed
/// there". Columns: `pupil` (pupil_id) of the pupils, `structure`
/// (placement_division or placement_group) and `id` (membership_pupil_id) of
/// the placements. The selection's closure then keeps those placements'
/// pupils, so the check sees who left.
inline void keep_first_current_placement(const FirstRead& first, std::size_t pupil, std::size_t structure,
                                         std::size_t id, const KeySet& wanted, Keep& keep) {
  if (wanted.empty()) return;
  const KeySet gone = left_pupils(first, pupil);
  std::unordered_set<std::uint64_t> seen;  // structures already placed
  for (std::size_t i = 0; i < first.membership_count; ++i) {
    const std::uint64_t code = first.membership(structure, i);
    if (!wanted.contains(code) || seen.contains(code)) continue;
    keep.memberships[i] = true;
    if (!gone.contains(first.membership(id, i))) seen.insert(code);
  }
}

/// Marks what division_coverage() (F013, and P005 and X002, which stay
/// silent when it fires) reads: a current pupil of each file, and for each
/// division the placements up to the first of a current pupil. Columns:
/// `pupil` (pupil_id) of the pupils, `division` (a division key) and `id`
/// (membership_pupil_id) of the placements.
inline void keep_division_coverage(const FirstRead& first, std::size_t pupil, std::size_t division, std::size_t id,
                                   Keep& keep) {
  std::unordered_set<model::FileId> files;
  for (std::size_t i = 0; i < first.pupil_count; ++i) {
    if (!first.pupil_left(i) && files.insert(first.pupil_file(i)).second) keep.pupils[i] = true;
  }
  std::vector<std::uint64_t> codes;
  for (std::size_t i = 0; i < first.membership_count; ++i) {
    if (const std::uint64_t code = first.membership(division, i); code != 0) codes.push_back(code);
  }
  keep_first_current_placement(first, pupil, division, id, KeySet(std::move(codes)), keep);
}

/// Marks every placement whose structure (`structure` column:
/// placement_division or placement_group) is not among `known`: what the
/// checks that count the pupils of unknown structures need.
inline void keep_placements_outside(const FirstRead& first, std::size_t structure, const KeySet& known, Keep& keep) {
  for (std::size_t i = 0; i < first.membership_count; ++i) {
    const std::uint64_t code = first.membership(structure, i);
    if (code != 0 && !known.contains(code)) keep.memberships[i] = true;
  }
}

/// Marks the links (column `column`: link_person_id) of the responsables in
/// `persons` (their keys): the closure then keeps their pupils, whose
/// structures place an AAF relative in an establishment (rules/scope.hpp).
inline void keep_links_of(const FirstRead& first, std::size_t column, std::vector<std::uint64_t> persons, Keep& keep) {
  if (persons.empty()) return;
  const KeySet wanted(std::move(persons));
  for (std::size_t i = 0; i < first.link_count; ++i) {
    if (wanted.contains(first.link(column, i))) keep.links[i] = true;
  }
}

}  // namespace scolint::rules::low_memory
