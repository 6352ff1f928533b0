// Divisions between two exports — added, removed, renamed — and a NEW too
// partial to import (export-incomplete).
#include "diff/divisions.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "model/pseudo_division.hpp"

namespace scolint::changes {
namespace {

Subject division_subject(std::string_view code) { return {"division", std::string(code), {}, std::string(code)}; }

}  // namespace

DivisionsSeen divisions_of(const Side& side, const PupilTable& pupils) {
  std::map<std::string_view, DivisionSeen> seen;
  for (const model::Division& division : side.records.divisions) {
    if ((side.counts(division.location.file, Records::pupils) ||
         side.counts(division.location.file, Records::structures)) &&
        !division.code.empty() && !model::is_pseudo_division(division.code))
      seen.try_emplace(division.code, DivisionSeen{division.location});
  }
  for (const model::Membership& membership : side.records.memberships) {
    if (membership.type != 'D' || membership.code.empty() || !side.counts(membership.location.file, Records::pupils) ||
        model::is_pseudo_division(membership.code)) {
      continue;
    }
    seen.try_emplace(membership.code, DivisionSeen{membership.location});
  }
  for (const PupilEntry& entry : pupils.list) {
    if (current(entry) && !entry.division.empty()) ++seen[entry.division].pupils;
  }
  return seen;
}

bool check_export_whole(Comparison& c, const DivisionsSeen& old_divisions, const DivisionsSeen& new_divisions,
                        std::uint64_t missing) {
  const PupilTable& before = c.old_pupils;
  const PupilTable& after = c.new_pupils;
  // NEW as a whole: placed nowhere, or missing most of OLD's pupils.
  std::uint64_t old_current = 0;
  std::uint64_t old_placed = 0;
  std::uint64_t new_current = 0;
  std::uint64_t new_placed = 0;
  for (const PupilEntry& entry : before.list) {
    old_current += current(entry) ? 1U : 0U;
    old_placed += current(entry) && !entry.division.empty() ? 1U : 0U;
  }
  for (const PupilEntry& entry : after.list) {
    new_current += current(entry) ? 1U : 0U;
    new_placed += current(entry) && !entry.division.empty() ? 1U : 0U;
  }
  const bool unplaced = old_placed > 0 && new_current > 0 && new_placed == 0;
  constexpr std::uint64_t smallest_school = 10;  // below, half of the pupils is a handful of departures
  const bool partial = old_current >= smallest_school && missing * 2 > old_current;
  std::string establishment;
  for (const FileSummary& file : c.after.read.files) {
    if (!file.uaj.empty()) establishment = file.uaj;
  }
  if (unplaced || partial) {
    c.incomplete = true;
    std::uint32_t remaining = 0;
    std::uint32_t old_count = 0;
    for (const auto& [code, seen] : old_divisions) {
      if (seen.pupils == 0) continue;
      ++old_count;
      const auto it = new_divisions.find(code);
      remaining += it != new_divisions.end() && it->second.pupils > 0 ? 1U : 0U;
    }
    Draft draft{"export-incomplete", unplaced ? std::uint8_t{0} : std::uint8_t{1}};
    draft.args = {establishment, std::to_string(unplaced ? old_placed : missing), std::to_string(old_current),
                  std::to_string(remaining), std::to_string(old_count)};
    draft.subject = {"establishment", establishment};
    draft.old_value = std::to_string(old_current);
    draft.new_value = std::to_string(new_current);
    draft.record = model::RecordRef::establishment(establishment);
    c.drafts.push_back(std::move(draft));
  }
  return unplaced;
}

void compare_divisions(Comparison& c, const DivisionsSeen& old_divisions, const DivisionsSeen& new_divisions,
                       bool unplaced) {
  const PupilTable& before = c.old_pupils;
  const PupilTable& after = c.new_pupils;
  // A division renamed: most of its pupils, still here, are in one new
  // division that most of its pupils came from. One change, not one per pupil.
  for (const auto& [code, seen] : old_divisions) {
    if (new_divisions.contains(code)) continue;
    c.divisions_removed.insert(code);
  }
  for (const auto& [code, seen] : new_divisions) {
    if (!old_divisions.contains(code)) c.divisions_added.insert(code);
  }
  if (!unplaced) {
    std::map<std::string_view, std::map<std::string_view, std::uint32_t>> followed;  // old division → new → pupils
    std::map<std::string_view, std::uint32_t> staying;  // old division → pupils still here
    for (const PupilEntry& entry : before.list) {
      if (!current(entry) || entry.division.empty() || !c.divisions_removed.contains(entry.division)) continue;
      const PupilEntry* now = after.find(c.pupil_in_new(entry.key));
      if (now == nullptr || !current(*now)) continue;
      ++staying[entry.division];
      if (!now->division.empty()) ++followed[entry.division][now->division];
    }
    std::set<std::string_view> claimed;
    for (const auto& [from, targets] : followed) {
      const auto best = std::max_element(targets.begin(), targets.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
      const std::string_view to = best->first;
      const std::uint32_t pupils = best->second;
      const auto target = new_divisions.find(to);
      if (!c.divisions_added.contains(to) || claimed.contains(to) || pupils * 2 <= staying[from] ||
          target == new_divisions.end() || pupils * 2 <= target->second.pupils) {
        continue;
      }
      claimed.insert(to);
      c.division_renamed.emplace(from, to);
      Draft draft{"division-renamed", 0};
      draft.args = {std::string(to), std::string(from), std::string(to), std::to_string(pupils)};
      draft.subject = division_subject(to);
      draft.old_value = std::string(from);
      draft.new_value = std::string(to);
      draft.record = model::RecordRef::structure(true, to);
      draft.in_new = target->second.at;
      draft.in_old = old_divisions.at(from).at;
      c.drafts.push_back(std::move(draft));
    }
  }
  for (const auto& [from, to] : c.division_renamed) {
    c.divisions_removed.erase(from);
    c.divisions_added.erase(to);
  }
  for (const auto& [code, seen] : new_divisions) {
    if (!c.divisions_added.contains(code)) continue;
    Draft draft{"division-added", 0, {std::string(code)}, division_subject(code)};
    draft.new_value = std::string(code);
    draft.record = model::RecordRef::structure(true, code);
    draft.in_new = seen.at;
    c.drafts.push_back(std::move(draft));
  }
  if (!c.incomplete) {
    for (const auto& [code, seen] : old_divisions) {
      if (!c.divisions_removed.contains(code)) continue;
      Draft draft{"division-removed", 0, {std::string(code)}, division_subject(code)};
      draft.old_value = std::string(code);
      draft.record = model::RecordRef::structure(true, code);
      draft.in_old = seen.at;
      c.drafts.push_back(std::move(draft));
    }
  }
}

}  // namespace scolint::changes
