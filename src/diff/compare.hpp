#pragma once
// The comparisons of `scolint diff`, one family of records each, and what
// they share: the two sides, the changes found so far (as drafts, worded at
// the end), and which records of OLD live on in NEW under another identifier.

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <scolint/diagnostic.hpp>
#include <scolint/linter.hpp>

#include "model/dataset.hpp"
#include "model/record_ref.hpp"
#include "rules/phrase.hpp"

namespace scolint::changes {

/// The families of records a file may hold, compared one by one: an AAF drop
/// puts pupils and staff in separate files of one kind, so comparing by kind
/// alone would read an Eleve file against a PersEducNat one.
enum class Records : std::uint8_t { pupils = 1, responsables = 2, staff = 4, structures = 8 };
inline constexpr Records all_records[]{Records::pupils, Records::responsables, Records::staff, Records::structures};
std::string_view records_name(Records records);

/// One side of a diff: the records a lint run read, and its report (files, problems).
struct Side {
  model::Dataset records;
  Report read;
  /// Per file id, the families of records (Records bits) compared in it:
  /// those its kind holds on both sides, read to the end. A family on one
  /// side only is listed as not compared, never as everything having arrived or left.
  std::vector<std::uint8_t> compared;

  [[nodiscard]] bool counts(model::FileId file, Records family) const {
    return file < compared.size() && (compared[file] & static_cast<std::uint8_t>(family)) != 0;
  }
};

/// A change before its words: the wording's arguments, personal values marked
/// (model/personal.hpp) so that --redact can replace them.
struct Draft {
  std::string_view kind{};
  std::uint8_t variant = 0;
  std::vector<std::string> args{};
  Subject subject{};
  std::string old_value{};
  std::string new_value{};
  model::RecordRef record{};
  std::optional<model::SourceLocation> in_new{};
  std::optional<model::SourceLocation> in_old{};
};

using model::is_line_identifier;

/// A line identifier with its file ("L2" of two CSV files are two records;
/// a SIECLE extraction's responsable "L5-R1" is named so on every row of it).
inline std::string file_key(std::string_view id, model::FileId file) {
  return std::to_string(file).append(1, '\x1f').append(id);
}

/// A pupil of one side with their division (the first real one of type D).
struct PupilEntry {
  const model::Pupil* pupil = nullptr;
  /// What identifies the pupil across the two sides: the ELEVE_ID, or for a
  /// CSV row identified by its line, "~" + folded names and birth date.
  std::string_view key;
  std::string_view division;
  std::string_view pseudo;  // `Inactifs` when it is their only placement (division then empty)
};

/// The pupils of one side's compared files, the first record of each key.
struct PupilTable {
  std::vector<PupilEntry> list;
  std::unordered_map<std::string_view, std::uint32_t> by_key;
  std::unordered_map<std::string, std::string_view> key_of_line_id;  // model::run_key of a line identifier → its key
  std::shared_ptr<std::deque<std::string>> keys = std::make_shared<std::deque<std::string>>();

  static PupilTable of(const Side& side);
  [[nodiscard]] const PupilEntry* find(std::string_view key) const;
  /// The key of the pupil whose ELEVE_ID (as a link names it) is `eleve_id`.
  [[nodiscard]] std::string_view key_of(std::string_view eleve_id, const model::SourceLocation& at) const;
};

struct Comparison {
  const Side& before;
  const Side& after;
  Language language;
  PupilTable old_pupils{};
  PupilTable new_pupils{};
  /// Keys (PupilEntry::key, and the like for responsables) of OLD that NEW
  /// holds under another one (pupil-id-changed, responsable-id-changed), and the reverse.
  std::unordered_map<std::string_view, std::string_view> pupil_new_id{};
  std::unordered_map<std::string_view, std::string_view> pupil_old_id{};
  std::unordered_map<std::string_view, std::string_view> person_new_id{};
  std::unordered_map<std::string_view, std::string_view> person_old_id{};
  /// Keys (of their own side) of the pupils who arrived or left: their
  /// responsables come and go with them without a change of their own.
  std::unordered_set<std::string_view> arrived{};
  std::unordered_set<std::string_view> departed{};
  /// Division codes of OLD renamed in NEW.
  std::unordered_map<std::string_view, std::string_view> division_renamed{};
  std::unordered_set<std::string_view> divisions_added{};
  std::unordered_set<std::string_view> divisions_removed{};
  /// NEW is partial (export-incomplete): departures are not listed one by one.
  bool incomplete = false;
  std::vector<Draft> drafts{};
  /// The keys made for responsables known by their line (person_new_id views them).
  std::deque<std::string> person_keys{};

  /// `fr` or `en`, in the run's language (a word inside an argument).
  [[nodiscard]] std::string words(std::string_view fr, std::string_view en) const {
    return rules::say(language, rules::Phrase{fr, en});
  }
  /// A person's (marked) name between quotes, as lint messages write it.
  [[nodiscard]] std::string quoted(const std::string& name) const {
    if (name.empty()) return words("(sans nom)", "(no name)");
    return rules::quoted(language, name);
  }
  /// The NEW key of OLD pupil `key` (itself when unchanged).
  [[nodiscard]] std::string_view pupil_in_new(std::string_view key) const;
  [[nodiscard]] std::string_view person_in_new(std::string_view key) const;
};

/// A pupil's subject (named, with a division), for a change about them.
Subject pupil_subject(const PupilEntry& entry);
/// "DAVID Léa", marked as a personal name.
std::string pupil_name(const model::Pupil& pupil);

/// Pupils, placements and divisions: export-incomplete, pupil-*, ine-changed, division-*.
void compare_pupils(Comparison& comparison);
/// Responsables and their links: responsable-*, link-changed.
void compare_responsables(Comparison& comparison);
/// STS-Web: group-*, staff-*, service-* (and a partial STS export).
void compare_staff_and_services(Comparison& comparison);

}  // namespace scolint::changes
