#pragma once
// Record dispatch: receives the records a file gives while it streams, runs
// the record rules on each at once, and keeps it for the dataset checks — or,
// in low-memory mode, keeps its keys (first read) or only the records the
// checks selected (second read).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/collector.hpp"
#include "engine/not_checked.hpp"
#include "engine/session.hpp"
#include "formats/record_sink.hpp"
#include "model/dataset.hpp"
#include "model/login.hpp"
#include "model/record_texts.hpp"
#include "rules/low_memory.hpp"

namespace scolint::engine {

// How a sink keeps what a file gives. Low-memory mode reads the files that
// hold pupils twice: first `keys`, then `selected` (rules/low_memory.hpp).
enum class SinkMode : std::uint8_t {
  all,       // every record, every value (the normal read)
  keys,      // pupils, placements and links leave only their keys; the other records are kept
  selected,  // only the pupils, placements and links selected are kept, nothing else, and no rule runs
};

// Pupils, placements and links: what low-memory reading keys, counts and selects.
struct Counts {
  std::size_t pupils = 0;
  std::size_t memberships = 0;
  std::size_t links = 0;

  Counts& operator+=(const Counts& more) {
    pupils += more.pupils;
    memberships += more.memberships;
    links += more.links;
    return *this;
  }
  friend bool operator==(const Counts&, const Counts&) = default;
  [[nodiscard]] std::string text() const {
    return std::to_string(pupils) + " pupils, " + std::to_string(memberships) + " placements and " +
           std::to_string(links) + " links";
  }
};

// What a second read keeps: bits of the whole run, from the offsets of this
// file (or part of a file).
struct Selected {
  const rules::low_memory::Keep* keep = nullptr;
  Counts first{};  // the index of the file's (or part's) first pupil, placement and link in the run
};

// Receives records while a file streams: record rules run at once, then the
// record joins the dataset for the dataset rules.
class EngineSink final : public formats::RecordSink {
 public:
  // A part of a split file leaves its divisions and groups unchecked: the
  // join may drop some (join_parts), then checks those kept (check_structures).
  EngineSink(const Settings& settings, model::Dataset& dataset, model::FileRecord& file, Collector& collector,
             bool part_of_file = false, SinkMode mode = SinkMode::all, rules::low_memory::KeyColumns* keys = nullptr,
             Selected selected = {})
      : dataset_(dataset),
        file_(file),
        collector_(collector),
        profile_(settings.login_profile),
        scratch_bytes_(settings.scratch_bytes),
        mode_(mode),
        keys_(keys),
        selected_(selected),
        scratch_active_(mode == SinkMode::selected),
        progress_(mode == SinkMode::selected ? nullptr : settings.progress) {
    for (const rules::Rule* rule : settings.selected) {
      predict_logins_ = predict_logins_ || rule->info.uses_logins;
      if (mode == SinkMode::selected) continue;  // the first read ran them
      if (rule->on_pupil) pupil_rules_.push_back(rule);
      if (rule->on_person) person_rules_.push_back(rule);
      if (rule->on_staff) staff_rules_.push_back(rule);
      if (rule->on_division && !part_of_file) division_rules_.push_back(rule);
      if (rule->on_group && !part_of_file) group_rules_.push_back(rule);
    }
  }

  [[nodiscard]] std::uint64_t records() const { return records_; }
  // Pupils and placements the reader gave (kept or not), to check that a
  // second read met the records of the first.
  [[nodiscard]] const Counts& seen() const { return seen_; }

  // True when the first read kept the file's pupils, placements and links whole: its
  // reader does not read records apart, so its values stay anyway.
  [[nodiscard]] bool kept_whole() const { return mode_ == SinkMode::keys && !scratch_active_; }

  model::Text text(std::string_view value) override { return arena().keep(value); }
  void records_apart() override {
    // Values go to a scratch arena, freed between records; the records kept
    // are copied out of it.
    if (mode_ != SinkMode::all) scratch_active_ = true;
  }
  void between_records() override {
    if (scratch_active_ && scratch_.capacity() >= scratch_bytes_) scratch_ = {};
  }
  void lacks(model::Column column) override { file_.set_lacks(column); }
  void parameters(const model::ExportParameters& parameters) override {
    file_.parameters = parameters;
    file_.has_parameters = true;
  }
  void pupil(model::Pupil&& pupil) override {
    if (dropped(&rules::low_memory::Keep::pupils, selected_.first.pupils, seen_.pupils++)) return;
    if (!pupil.left) pupil.login = login_of(pupil.prenom, pupil.usage_name(), model::LoginHolder::pupil);
    for (const rules::Rule* rule : pupil_rules_) {
      if (!unchecked_in(*rule, file_)) collector_.guarded(rule, [&] { rule->on_pupil(pupil, collector_); });
    }
    file_.has_pupils = true;
    keep_keyed(dataset_.pupils, pupil);
  }
  void membership(model::Membership&& membership) override {
    if (dropped(&rules::low_memory::Keep::memberships, selected_.first.memberships, seen_.memberships++)) return;
    keep_keyed(dataset_.memberships, membership);
  }
  void person(model::Person&& person) override {
    if (mode_ == SinkMode::selected) return;
    person.login = login_of(person.prenom, person.usage_name(), model::LoginHolder::responsable);
    for (const rules::Rule* rule : person_rules_) {
      if (!unchecked_in(*rule, file_)) collector_.guarded(rule, [&] { rule->on_person(person, collector_); });
    }
    file_.has_persons = true;
    keep(dataset_.persons, person);
  }
  void address(model::Address&& address) override { keep_other(dataset_.addresses, address); }
  void link(model::ResponsableLink&& link) override {
    if (dropped(&rules::low_memory::Keep::links, selected_.first.links, seen_.links++)) return;
    keep_keyed(dataset_.links, link);
  }
  void division(model::Division&& division) override {
    if (mode_ == SinkMode::selected) return;
    for (const rules::Rule* rule : division_rules_) {
      collector_.guarded(rule, [&] { rule->on_division(division, collector_); });
    }
    keep(dataset_.divisions, division);
  }
  void group(model::Group&& group) override {
    if (mode_ == SinkMode::selected) return;
    for (const rules::Rule* rule : group_rules_) collector_.guarded(rule, [&] { rule->on_group(group, collector_); });
    keep(dataset_.groups, group);
  }
  void service(model::Service&& service) override { keep_other(dataset_.services, service); }
  void staff(model::Staff&& staff) override {
    if (mode_ == SinkMode::selected) return;
    staff.login = login_of(staff.prenom, staff.usage_name(), model::LoginHolder::staff);
    for (const rules::Rule* rule : staff_rules_) {
      if (!unchecked_in(*rule, file_)) collector_.guarded(rule, [&] { rule->on_staff(staff, collector_); });
    }
    keep(dataset_.staff, staff);
  }
  void subject(model::Subject&& subject) override { keep_other(dataset_.subjects, subject); }
  void mef(model::Mef&& mef) override { keep_other(dataset_.mefs, mef); }
  void aaf_structure(model::AafStructure&& structure) override { keep_other(dataset_.aaf_structures, structure); }
  void child_mention(model::ChildMention&& mention) override { keep_other(dataset_.child_mentions, mention); }
  void class_mention(model::ClassMention&& mention) override { keep_other(dataset_.class_mentions, mention); }
  void option_use(model::OptionUse&& option) override { keep_other(dataset_.option_uses, option); }
  void modality(model::Modality&& modality) override { keep_other(dataset_.modalities, modality); }

 private:
  model::TextArena& arena() { return scratch_active_ ? scratch_ : dataset_.texts; }

  // The run's progress counters learn of records a few thousand at a time.
  void count_record() {
    if ((++records_ & 0xFFFU) == 0) flush_progress();
  }

 public:
  /// Adds the records not yet counted to the run's progress (at the end of a read).
  void flush_progress() {
    if (progress_ == nullptr || records_ == flushed_) return;
    progress_->records.fetch_add(records_ - flushed_, std::memory_order_relaxed);
    flushed_ = records_;
  }

 private:
  // Predicted here, on the thread reading the file (or its part), so the
  // login rules find them ready instead of each predicting a million.
  model::Text login_of(const model::Field& prenom, const model::Field& nom, model::LoginHolder holder) {
    if (!predict_logins_ || model::is_blank(prenom.value) || model::is_blank(nom.value)) return {};
    return arena().keep(model::predict_login(profile_, prenom.value, nom.value, holder));
  }

  // Records are trivially copyable (their values live in the arena, copied
  // out of the scratch one for a record kept).
  template <typename T>
  void keep(model::RecordList<T>& records, T& record) {
    if (scratch_active_) {
      model::for_each_text(record, [this](model::Text& text) { text = dataset_.texts.keep(text.view()); });
    }
    records.push_back(std::move(record));
    count_record();
  }
  // In a second read, whether the record of this kind at `ordinal` in the
  // file (or part) was left out of the selection.
  [[nodiscard]] bool dropped(std::vector<bool> rules::low_memory::Keep::*kind, std::size_t first,
                             std::size_t ordinal) const {
    return mode_ == SinkMode::selected && !(selected_.keep->*kind)[first + ordinal];
  }
  // A pupil, placement or link: a first read of low-memory mode keeps its
  // keys, and the record itself only from a reader that does not read
  // records apart (its values stay anyway).
  template <typename T>
  void keep_keyed(model::RecordList<T>& records, T& record) {
    if (mode_ == SinkMode::keys) keys_->add(record);
    if (mode_ == SinkMode::keys && scratch_active_) {
      count_record();
      return;
    }
    keep(records, record);
  }
  // A record no rule reads while streaming: a second read has it already.
  template <typename T>
  void keep_other(model::RecordList<T>& records, T& record) {
    if (mode_ != SinkMode::selected) keep(records, record);
  }

  model::Dataset& dataset_;
  model::FileRecord& file_;
  Collector& collector_;
  model::LoginProfile profile_;
  std::size_t scratch_bytes_;
  SinkMode mode_;
  rules::low_memory::KeyColumns* keys_;
  Selected selected_;
  model::TextArena scratch_;
  bool scratch_active_;
  bool predict_logins_ = false;
  std::uint64_t records_ = 0;
  std::uint64_t flushed_ = 0;  // records told to progress_
  Progress* progress_ = nullptr;
  Counts seen_;
  std::vector<const rules::Rule*> pupil_rules_, person_rules_, staff_rules_, division_rules_, group_rules_;
};

}  // namespace scolint::engine
