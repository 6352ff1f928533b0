#pragma once
// Divisions between two exports, and whether NEW is whole enough to compare
// (divisions.cpp); compare_pupils calls both once it has matched the pupils.

#include <cstdint>
#include <map>
#include <string_view>

#include "diff/compare.hpp"

namespace scolint::changes {

/// A pupil of the side's current population (not left).
inline bool current(const PupilEntry& entry) { return !entry.pupil->left; }

/// Where each division first appears in a side, and how many current pupils it holds.
struct DivisionSeen {
  model::SourceLocation at;
  std::uint32_t pupils = 0;
};
using DivisionsSeen = std::map<std::string_view, DivisionSeen>;

DivisionsSeen divisions_of(const Side& side, const PupilTable& pupils);

/// export-incomplete when NEW places none of its pupils (returns true: no
/// division can be compared) or lacks most of OLD's current pupils
/// (`missing`: those gone and not found under another ELEVE_ID).
bool check_export_whole(Comparison& c, const DivisionsSeen& old_divisions, const DivisionsSeen& new_divisions,
                        std::uint64_t missing);

/// division-added, division-removed (not when NEW is incomplete) and
/// division-renamed (most of its pupils now in one new division that most of
/// whose pupils came from it; not when NEW places nobody). Uses the pupils
/// matched across ELEVE_IDs (Comparison::pupil_in_new).
void compare_divisions(Comparison& c, const DivisionsSeen& old_divisions, const DivisionsSeen& new_divisions,
                       bool unplaced);

}  // namespace scolint::changes
