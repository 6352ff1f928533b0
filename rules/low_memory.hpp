#pragma once
// The engine side of low-memory mode (rule.hpp says what a check declares):
// which key columns the selected checks ask for, the keys a first read
// gathers, and the selection of the records a second read keeps.

#include <cstdint>
#include <span>
#include <vector>

#include "model/dataset.hpp"
#include "rules/rule.hpp"

namespace scolint::rules::low_memory {

/// The ELEVE_ID of every pupil, placement and link: the selection's closure
/// (a kept pupil keeps its placements and links, a kept placement or link
/// its pupil) and the checks that join on it share these columns.
std::uint64_t pupil_id(const model::Pupil& pupil);
std::uint64_t membership_pupil_id(const model::Membership& membership);
std::uint64_t link_pupil_id(const model::ResponsableLink& link);
/// The responsable a link names (always a column: the subjects of findings
/// about responsables name their children, engine/subjects.hpp).
std::uint64_t link_person_id(const model::ResponsableLink& link);

/// The key functions of the declared checks, each once whatever the number
/// of checks that name it (they are told apart by address).
class KeyPlan {
 public:
  KeyPlan();
  explicit KeyPlan(std::span<const Rule* const> rules);

  [[nodiscard]] const std::vector<PupilKey>& pupil_keys() const { return pupil_keys_; }
  [[nodiscard]] const std::vector<MembershipKey>& membership_keys() const { return membership_keys_; }
  [[nodiscard]] const std::vector<LinkKey>& link_keys() const { return link_keys_; }
  [[nodiscard]] std::size_t column(PupilKey key) const;
  [[nodiscard]] std::size_t column(MembershipKey key) const;
  [[nodiscard]] std::size_t column(LinkKey key) const;

 private:
  std::vector<PupilKey> pupil_keys_;
  std::vector<MembershipKey> membership_keys_;
  std::vector<LinkKey> link_keys_;
};

/// The keys of one read (a file or a part of one), a column per plan key, in
/// record order. A column stays empty while all its keys are 0 (an AAF
/// scope on a SIECLE file), and is never longer than its last non-zero key.
class KeyColumns {
 public:
  KeyColumns() = default;
  explicit KeyColumns(const KeyPlan& plan);

  void add(const model::Pupil& pupil);
  void add(const model::Membership& membership);
  void add(const model::ResponsableLink& link);
  /// Adds the keys of `next` (the next part of the same file, or the next file) after these.
  void append(KeyColumns&& next);

  [[nodiscard]] std::size_t pupils() const { return pupils_; }
  /// Pupil::left of every pupil: many checks pass over pupils who left, and a
  /// bit each is an eighth of a key column.
  [[nodiscard]] const std::vector<bool>& left() const { return left_; }
  [[nodiscard]] std::size_t memberships() const { return memberships_; }
  [[nodiscard]] std::size_t links() const { return links_; }
  /// Whether each link is a legal responsable's (P008, R003, R007 read only those).
  [[nodiscard]] const std::vector<bool>& legal() const { return legal_; }
  /// A column of the plan (empty for columns without a key, or keys made without a plan).
  [[nodiscard]] std::span<const std::uint64_t> pupil_column(std::size_t column) const {
    return column < pupil_.size() ? std::span<const std::uint64_t>(pupil_[column]) : std::span<const std::uint64_t>();
  }
  [[nodiscard]] std::span<const std::uint64_t> membership_column(std::size_t column) const {
    return column < membership_.size() ? std::span<const std::uint64_t>(membership_[column])
                                       : std::span<const std::uint64_t>();
  }
  [[nodiscard]] std::span<const std::uint64_t> link_column(std::size_t column) const {
    return column < link_.size() ? std::span<const std::uint64_t>(link_[column]) : std::span<const std::uint64_t>();
  }

 private:
  const KeyPlan* plan_ = nullptr;
  std::vector<std::vector<std::uint64_t>> pupil_;
  std::vector<std::vector<std::uint64_t>> membership_;
  std::vector<std::vector<std::uint64_t>> link_;
  std::vector<bool> left_;
  std::vector<bool> legal_;
  std::size_t pupils_ = 0;
  std::size_t memberships_ = 0;
  std::size_t links_ = 0;
};

/// True when every check in `rules` with a dataset check declares what it needs.
bool all_declared(std::span<const Rule* const> rules);

/// The part of select_records that does not depend on the reporter.
FirstRead first_read_for(const Rule& rule, const KeyPlan& plan, const KeyColumns& keys,
                         std::span<const std::uint64_t> pupil_starts, const model::Dataset& rest);
void close_selection(const KeyPlan& plan, const KeyColumns& keys, std::vector<std::uint64_t> named,
                     std::vector<std::uint64_t> named_persons, Keep& keep);

/// Adds to `keep` (one bit per pupil, placement and link, those set already
/// kept: the records of files the first read kept whole) what the `select`
/// of each of `rules` (those the run will run) marks, then closes the
/// selection over ELEVE_IDs: every pupil, placement and link of an ELEVE_ID
/// kept, or of one in `named` (keys of the ELEVE_IDs the first read's
/// findings name: their first division is looked up), is kept; so are the
/// links of the responsables in `named_persons` (the first read's findings
/// name them: their children are named too), and by closure their pupils.
/// `reporter(rule)` gives a check its options.
template <typename ReporterFor>
Keep select_records(const KeyPlan& plan, const KeyColumns& keys, std::span<const std::uint64_t> pupil_starts,
                    const model::Dataset& rest, std::span<const Rule* const> rules, ReporterFor&& reporter,
                    std::vector<std::uint64_t> named, std::vector<std::uint64_t> named_persons, Keep keep) {
  for (const Rule* rule : rules) {
    if (rule->records_needed.select == nullptr) continue;
    rule->records_needed.select(first_read_for(*rule, plan, keys, pupil_starts, rest), reporter(rule), keep);
  }
  close_selection(plan, keys, std::move(named), std::move(named_persons), keep);
  return keep;
}

/// Sorted keys, for "is this key among those" in the selections.
class KeySet {
 public:
  explicit KeySet(std::vector<std::uint64_t> keys);
  [[nodiscard]] bool contains(std::uint64_t key) const;
  [[nodiscard]] bool empty() const { return keys_.empty(); }

 private:
  std::vector<std::uint64_t> keys_;
};

/// Marks the pupils whose key `column` (not 0) another pupil also has, or
/// one of `also` (keys of records that are kept whole: responsables, staff).
void keep_shared_pupils(const FirstRead& first, std::size_t column, std::vector<std::uint64_t> also, Keep& keep);

}  // namespace scolint::rules::low_memory
