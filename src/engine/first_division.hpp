#pragma once
// The division a finding's pupil is in, for reports grouped by class (HTML,
// the JSON "division" member): the first membership of type 'D' with a code
// that names the pupil in the pupil's own file (two files may give one
// ELEVE_ID to two pupils), or in any file for a pupil no file holds. Only the
// pupils that have findings are looked up.
//
// The run used to look each of a million memberships up in a hash map of
// the findings' pupils, on one thread after the dataset rules: 0.3-0.4 s of
// a 1M-pupil run, serial. Here the pupils sit in a flat table behind a
// bitset that fits in cache (most memberships belong to pupils without
// findings and stop there), and the list is scanned in slices, one per thread.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "model/record_list.hpp"
#include "model/records.hpp"

namespace scolint::engine {

class FirstDivisions {
 public:
  /// Any file: the first membership of the list that names the pupil (for a
  /// pupil no file holds, or whose own file places them nowhere).
  static constexpr model::FileId any_file = UINT32_MAX;

  /// Asks for the division of pupil `eleve_id` as the memberships of file
  /// `file` give it (or of any file); the same pair gives the same slot. The
  /// view must outlive this object.
  std::size_t want(std::string_view eleve_id, model::FileId file = any_file);

  /// Finds every wanted pupil's division in `memberships`, scanning them once
  /// on up to `threads` threads; the first in list order wins, as a single
  /// pass would have it.
  void find_in(const model::RecordList<model::Membership>& memberships, unsigned threads);

  /// The division code of slot `slot` (a view of the memberships' text), or
  /// an empty view when the pupil is in no division or find_in did not run.
  [[nodiscard]] std::string_view of(std::size_t slot) const { return codes_[slot]; }

  [[nodiscard]] std::size_t size() const { return ids_.size(); }

 private:
  static constexpr std::uint32_t free_slot = UINT32_MAX;

  [[nodiscard]] std::size_t slot_of(std::uint64_t hash, std::string_view id, model::FileId file) const;
  void grow();

  std::vector<std::string_view> ids_;
  std::vector<model::FileId> files_;
  std::vector<std::uint64_t> hashes_;
  std::vector<std::uint32_t> table_;  // indexes into ids_, open addressing, half empty at most
  std::vector<std::string_view> codes_;
};

}  // namespace scolint::engine
