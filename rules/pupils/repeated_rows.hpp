#pragma once
// The same pupil row written twice in one file. Pix found that ONDE exports
// may repeat a row identically, and now drops such rows, failing the import
// only when one key carries different data (PR #16423, docs/field.md):
// identical repeats are one pupil (P015 says it once; P004 and L001 pass
// over them), a repeated ELEVE_ID with other data is a conflict (P016).

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "model/dataset.hpp"
#include "model/text.hpp"
#include "rules/duplicate_keys.hpp"
#include "rules/rule.hpp"

namespace scolint::rules {

/// Every value of a pupil's row, for "the same row again": names, birth
/// date, INE, MEF, exit date, and the division the file gives them.
inline std::string row_values(const model::Pupil& p, std::string_view division) {
  std::string out;
  for (const model::Field* f : {&p.nom, &p.nom_de_famille, &p.nom_usage, &p.prenom, &p.date_naissance, &p.id_national,
                                &p.ine_bea, &p.ine_rnie}) {
    out.append(model::trim(f->value)).push_back('\x1f');
  }
  for (const model::Text* t : {&p.date_sortie, &p.code_mef, &p.elenoet}) out.append(model::trim(*t)).push_back('\x1f');
  out.append(division);
  return out;
}

/// Calls `on_group(pupils)` for each ELEVE_ID (not a CSV line) that two
/// records or more of one file share, with those records in file order.
/// Through for_each_shared_key: 16 bytes a pupil, not a map of a million.
template <typename OnGroup>
void for_each_repeated_id(const model::Dataset& dataset, OnGroup on_group) {
  // Keyed by the ELEVE_ID alone (a view into the record: no string a pupil),
  // then split by file: the same pupil in ElevesSansAdresses and
  // ElevesAvecAdresses is no repetition.
  for_each_shared_key(
      dataset.pupils,
      [](const model::Pupil& p) -> std::string_view {
        return model::is_line_identifier(p.eleve_id, p.location.line) ? std::string_view() : p.eleve_id.view();
      },
      [&](const std::string& /*key*/, const std::vector<const model::Pupil*>& pupils) {
        std::map<model::FileId, std::vector<const model::Pupil*>> by_file;
        for (const model::Pupil* p : pupils) by_file[p->location.file].push_back(p);
        for (const auto& [file, of_file] : by_file) {
          if (of_file.size() >= 2) on_group(of_file);
        }
      });
}

/// Low-memory mode (P015, P016: one key column for both): the file and
/// ELEVE_ID of a pupil, or for a row known by its line, the file and values.
inline std::uint64_t repeat_key(const model::Pupil& pupil) {
  std::string key = std::to_string(pupil.location.file) + '\x1e';
  if (model::is_line_identifier(pupil.eleve_id, pupil.location.line)) {
    key += row_values(pupil, {});
  } else if (!pupil.eleve_id.empty()) {
    key += pupil.eleve_id.view();
  } else {
    return 0;
  }
  return rules::low_memory::key_of(key);
}

/// The rows of CSV pupils known by their line (no identifier column) that
/// repeat an earlier row of their file identically, each with that first row.
class RepeatedRows {
 public:
  // Rows with the same values first (for_each_shared_key: 16 bytes a row,
  // no map of every row), then, for those few, the same division too.
  explicit RepeatedRows(const model::Dataset& dataset) {
    std::vector<std::vector<const model::Pupil*>> groups;
    for_each_shared_key(
        dataset.pupils,
        [](const model::Pupil& p) -> std::string {
          if (!model::is_line_identifier(p.eleve_id, p.location.line)) return {};
          return std::to_string(p.location.file).append(1, '\x1e').append(row_values(p, {}));
        },
        [&](const std::string& /*key*/, const std::vector<const model::Pupil*>& rows) { groups.push_back(rows); });
    if (groups.empty()) return;
    // Their line identifiers (with their file: "L2" of two files are two rows) → first division.
    std::unordered_map<std::string, std::string_view> division;
    for (const auto& rows : groups) {
      for (const model::Pupil* row : rows)
        division.emplace(model::run_key(row->eleve_id, row->location), std::string_view());
    }
    for (const model::Membership& m : dataset.memberships) {
      const auto it = m.type == 'D' ? division.find(model::run_key(m.eleve_id, m.location)) : division.end();
      if (it != division.end() && it->second.empty()) it->second = m.code.view();
    }
    for (const auto& rows : groups) {
      for (std::size_t i = 1; i < rows.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
          if (repeats_.contains(rows[j]) || division[model::run_key(rows[j]->eleve_id, rows[j]->location)] !=
                                                division[model::run_key(rows[i]->eleve_id, rows[i]->location)]) {
            continue;
          }
          repeats_.emplace(rows[i], rows[j]);  // the first earlier row of the same division
          break;
        }
      }
    }
  }

  /// Whether `pupil` repeats an earlier row of its file identically.
  [[nodiscard]] bool repeats(const model::Pupil* pupil) const { return repeats_.contains(pupil); }
  /// The first row `pupil` repeats, or nullptr.
  [[nodiscard]] const model::Pupil* first_of(const model::Pupil* pupil) const {
    const auto it = repeats_.find(pupil);
    return it == repeats_.end() ? nullptr : it->second;
  }
  [[nodiscard]] const std::unordered_map<const model::Pupil*, const model::Pupil*>& all() const { return repeats_; }

 private:
  std::unordered_map<const model::Pupil*, const model::Pupil*> repeats_;
};

}  // namespace scolint::rules
