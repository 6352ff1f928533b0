#include "engine/session.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <map>
#include <numeric>
#include <set>
#include <system_error>
#include <tuple>
#include <unordered_map>

#include "engine/file_problems.hpp"
#include "engine/fingerprint.hpp"
#include "engine/first_division.hpp"
#include "engine/low_memory.hpp"
#include "engine/memory.hpp"
#include "engine/not_checked.hpp"
#include "engine/parallel.hpp"
#include "engine/personal.hpp"
#include "engine/subjects.hpp"
#include "formats/export_reader.hpp"
#include "formats/split_plan.hpp"
#include "io/byte_source.hpp"
#include "io/random_access.hpp"
#include "io/zip_archive.hpp"
#include "model/login.hpp"
#include "model/record_texts.hpp"
#include "model/text.hpp"

namespace scolint::engine {
namespace {

namespace fs = std::filesystem;

// Counts the bytes a file gave, for --statistics and the file summary.
class CountingSource final : public io::ByteSource {
 public:
  CountingSource(std::unique_ptr<io::ByteSource> inner, Progress* progress)
      : inner_(std::move(inner)), progress_(progress) {}
  Result<std::size_t> read(std::span<char> buffer) override {
    auto got = inner_->read(buffer);
    if (got) {
      bytes_ += got.value();
      if (progress_ != nullptr) progress_->bytes.fetch_add(got.value(), std::memory_order_relaxed);
    }
    return got;
  }
  [[nodiscard]] std::uint64_t bytes() const { return bytes_; }

 private:
  std::unique_ptr<io::ByteSource> inner_;
  Progress* progress_;
  std::uint64_t bytes_ = 0;
};

struct RawFinding {
  const Rule* rule = nullptr;
  Finding finding;
};

// What one collector gathered. The run joins these in input order (files)
// then rule order (dataset rules), whichever thread produced them.
struct Collected {
  std::vector<RawFinding> findings;
  std::vector<std::string> internal_errors;  // bugs caught inside a rule
  std::map<const Rule*, std::uint64_t> tallies;

  void absorb(Collected&& other) {
    for (const auto& [rule, count] : other.tallies) tallies[rule] += count;
    findings.insert(findings.end(), std::make_move_iterator(other.findings.begin()),
                    std::make_move_iterator(other.findings.end()));
    internal_errors.insert(internal_errors.end(), std::make_move_iterator(other.internal_errors.begin()),
                           std::make_move_iterator(other.internal_errors.end()));
    other = {};
  }
};

// The Reporter the rules talk to: knows which rule is running, collects.
class Collector final : public Reporter {
 public:
  explicit Collector(const Settings& settings) : settings_(settings) {}

  void set_rule(const Rule* rule) { rule_ = rule; }
  void report(Finding finding) override { collected_.findings.push_back({rule_, std::move(finding)}); }
  void tally(std::uint64_t count) override { collected_.tallies[rule_] += count; }

  [[nodiscard]] int option(std::string_view name) const override {
    for (const OptionSpec& spec : rule_->info.options) {
      if (spec.name != name) continue;
      const auto it = settings_.option_values.find(std::string(rule_->info.code) + "." + std::string(name));
      return it != settings_.option_values.end() ? it->second : spec.default_value;
    }
    return 0;  // a rule asked for an option it did not declare; the registry test catches it
  }
  [[nodiscard]] std::string text_option(std::string_view name) const override {
    for (const OptionSpec& spec : rule_->info.options) {
      if (spec.name != name || !spec.text) continue;
      const auto it = settings_.text_values.find(std::string(rule_->info.code) + "." + std::string(name));
      return it != settings_.text_values.end() ? it->second : std::string(spec.default_text);
    }
    return {};
  }
  [[nodiscard]] model::LoginProfile login_profile() const override { return settings_.login_profile; }
  [[nodiscard]] const model::ExistingLogins* existing_logins() const override {
    return settings_.existing_logins.get();
  }
  [[nodiscard]] Language language() const override { return settings_.language; }

  std::vector<RawFinding>& findings() { return collected_.findings; }
  Collected take() { return std::move(collected_); }

  // Runs one check; a bug in a rule is reported once and disables that rule,
  // it never kills the run.
  template <typename F>
  void guarded(const Rule* rule, F&& check) {
    if (broken_.contains(rule)) return;
    set_rule(rule);
    try {
      check();
    } catch (const std::exception& error) {
      broken_.insert(rule);
      collected_.internal_errors.push_back(std::string(rule->info.code) + ": " + error.what());
    } catch (...) {
      broken_.insert(rule);
      collected_.internal_errors.push_back(std::string(rule->info.code) + ": unknown exception");
    }
  }

 private:
  const Settings& settings_;
  const Rule* rule_ = nullptr;
  Collected collected_;
  std::set<const Rule*> broken_;
};

// How a sink keeps what a file gives. Low-memory mode reads the files that
// hold pupils twice: first `keys`, then `selected` (engine/low_memory.hpp).
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
  const low_memory::Keep* keep = nullptr;
  Counts first{};  // the index of the file's (or part's) first pupil, placement and link in the run
};

// Receives records while a file streams: record rules run at once, then the
// record joins the dataset for the dataset rules.
class EngineSink final : public formats::RecordSink {
 public:
  // A part of a split file leaves its divisions and groups unchecked: the
  // join may drop some (join_parts), then checks those kept (check_structures).
  EngineSink(const Settings& settings, model::Dataset& dataset, model::FileRecord& file, Collector& collector,
             bool part_of_file = false, SinkMode mode = SinkMode::all, low_memory::KeyColumns* keys = nullptr,
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
    for (const Rule* rule : settings.selected) {
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
    if (dropped(&low_memory::Keep::pupils, selected_.first.pupils, seen_.pupils++)) return;
    if (!pupil.left) pupil.login = login_of(pupil.prenom, pupil.usage_name(), model::LoginHolder::pupil);
    for (const Rule* rule : pupil_rules_) {
      if (!unchecked_in(*rule, file_)) collector_.guarded(rule, [&] { rule->on_pupil(pupil, collector_); });
    }
    file_.has_pupils = true;
    keep_keyed(dataset_.pupils, pupil);
  }
  void membership(model::Membership&& membership) override {
    if (dropped(&low_memory::Keep::memberships, selected_.first.memberships, seen_.memberships++)) return;
    keep_keyed(dataset_.memberships, membership);
  }
  void person(model::Person&& person) override {
    if (mode_ == SinkMode::selected) return;
    person.login = login_of(person.prenom, person.usage_name(), model::LoginHolder::responsable);
    for (const Rule* rule : person_rules_) {
      if (!unchecked_in(*rule, file_)) collector_.guarded(rule, [&] { rule->on_person(person, collector_); });
    }
    file_.has_persons = true;
    keep(dataset_.persons, person);
  }
  void address(model::Address&& address) override { keep_other(dataset_.addresses, address); }
  void link(model::ResponsableLink&& link) override {
    if (dropped(&low_memory::Keep::links, selected_.first.links, seen_.links++)) return;
    keep_keyed(dataset_.links, link);
  }
  void division(model::Division&& division) override {
    if (mode_ == SinkMode::selected) return;
    for (const Rule* rule : division_rules_) {
      collector_.guarded(rule, [&] { rule->on_division(division, collector_); });
    }
    keep(dataset_.divisions, division);
  }
  void group(model::Group&& group) override {
    if (mode_ == SinkMode::selected) return;
    for (const Rule* rule : group_rules_) collector_.guarded(rule, [&] { rule->on_group(group, collector_); });
    keep(dataset_.groups, group);
  }
  void service(model::Service&& service) override { keep_other(dataset_.services, service); }
  void staff(model::Staff&& staff) override {
    if (mode_ == SinkMode::selected) return;
    staff.login = login_of(staff.prenom, staff.usage_name(), model::LoginHolder::staff);
    for (const Rule* rule : staff_rules_) {
      if (!unchecked_in(*rule, file_)) collector_.guarded(rule, [&] { rule->on_staff(staff, collector_); });
    }
    keep(dataset_.staff, staff);
  }
  void subject(model::Subject&& subject) override { keep_other(dataset_.subjects, subject); }
  void mef(model::Mef&& mef) override { keep_other(dataset_.mefs, mef); }
  void aaf_structure(model::Field&& id) override { keep_other(dataset_.aaf_structures, id); }
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
  [[nodiscard]] bool dropped(std::vector<bool> low_memory::Keep::*kind, std::size_t first, std::size_t ordinal) const {
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
  low_memory::KeyColumns* keys_;
  Selected selected_;
  model::TextArena scratch_;
  bool scratch_active_;
  bool predict_logins_ = false;
  std::uint64_t records_ = 0;
  std::uint64_t flushed_ = 0;  // records told to progress_
  Progress* progress_ = nullptr;
  Counts seen_;
  std::vector<const Rule*> pupil_rules_, person_rules_, staff_rules_, division_rules_, group_rules_;
};

std::string lower_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

struct PlannedFile {
  std::string display;
  const std::string* bytes = nullptr;
  std::optional<FileProblem> problem;  // known before reading (empty directory, corrupt archive)
  bool from_stdin = false;
  std::string zip_path;  // set for an archive member
  std::string zip_member;
};

// An archive stands for its *.xml members, "archive.zip!member.xml".
void plan_archive(const std::string& path, Language language, std::vector<PlannedFile>& planned) {
  auto members = io::zip_export_members(path);
  if (!members) {
    planned.push_back({path, nullptr, open_problem(members.error().detail, language), false, {}, {}});
    return;
  }
  if (members.value().empty()) {
    planned.push_back({path, nullptr, empty_directory_problem(language), false, {}, {}});
    return;
  }
  for (const auto& member : members.value())
    planned.push_back({std::string(path).append("!").append(member), nullptr, std::nullopt, false, path, member});
}

// A directory stands for every *.xml below it, in a stable order.
std::vector<PlannedFile> plan(const std::vector<Input>& inputs, Language language) {
  std::vector<PlannedFile> planned;
  for (const Input& input : inputs) {
    if (input.bytes) {
      planned.push_back({input.name, &*input.bytes, std::nullopt, false, {}, {}});
      continue;
    }
    if (input.from_stdin) {
      planned.push_back({input.name, nullptr, std::nullopt, true, {}, {}});
      continue;
    }
    const fs::path path = fs::path(input.name).lexically_normal();
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      if (fs::is_regular_file(path, error) && (lower_extension(path) == ".zip" || io::looks_like_zip(path.string()))) {
        plan_archive(path.string(), language, planned);
      } else {
        planned.push_back({path.string(), nullptr, std::nullopt, false, {}, {}});
      }
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error), end;
         !error && it != end; it.increment(error)) {
      const std::string extension = lower_extension(it->path());
      if (it->is_regular_file(error) && (extension == ".xml" || extension == ".zip" || extension == ".csv")) {
        found.push_back(it->path().lexically_normal().string());  // "./a.xml" → "a.xml"
      }
    }
    std::sort(found.begin(), found.end());
    if (found.empty()) planned.push_back({path.string(), nullptr, empty_directory_problem(language), false, {}, {}});
    for (auto& file : found) {
      if (lower_extension(file) == ".zip") {
        plan_archive(file, language, planned);
      } else {
        planned.push_back({std::move(file), nullptr, std::nullopt, false, {}, {}});
      }
    }
  }
  return planned;
}

std::string format_message(std::string_view templ, const std::vector<std::string>& args) {
  // Reserved once: grown a character at a time, a 250-byte message held 480
  // (84 000 of them at the end of a 1M-pupil run).
  std::size_t size = templ.size();
  for (const std::string& arg : args) size += arg.size();
  std::string out;
  out.reserve(size);
  for (std::size_t i = 0; i < templ.size(); ++i) {
    if (templ[i] == '{' && i + 2 < templ.size() && templ[i + 2] == '}' && templ[i + 1] >= '0' && templ[i + 1] <= '9') {
      const auto index = static_cast<std::size_t>(templ[i + 1] - '0');
      if (index < args.size()) out += args[index];
      i += 2;
    } else {
      out += templ[i];
    }
  }
  return out;
}

Location locate(const std::vector<model::FileRecord>& files, const model::SourceLocation& at) {
  return {at.file < files.size() ? files[at.file].path : std::string(), at.line, at.column};
}

// The indexes of `diagnostics` in report order: by file path, line, column,
// code, then message, equal ones in their given order (a stable sort).
std::vector<std::size_t> report_order(const std::vector<Diagnostic>& diagnostics) {
  // Files by the order of their paths: a run names few of them.
  std::vector<std::string_view> paths;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (paths.empty() || paths.back() != diagnostic.location.file) paths.push_back(diagnostic.location.file);
  }
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  struct Key {
    std::uint32_t file;
    std::uint32_t line;
    std::uint32_t column;
    std::uint32_t index;
  };
  std::vector<Key> keys;
  keys.reserve(diagnostics.size());
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Location& at = diagnostics[i].location;
    const auto file = std::lower_bound(paths.begin(), paths.end(), at.file) - paths.begin();
    keys.push_back({static_cast<std::uint32_t>(file), at.line, at.column, static_cast<std::uint32_t>(i)});
  }
  std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
    if (std::tie(a.file, a.line, a.column) != std::tie(b.file, b.line, b.column)) {
      return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    }
    const Diagnostic& left = diagnostics[a.index];
    const Diagnostic& right = diagnostics[b.index];
    if (std::tie(left.code, left.message) != std::tie(right.code, right.message)) {
      return std::tie(left.code, left.message) < std::tie(right.code, right.message);
    }
    return a.index < b.index;
  });
  std::vector<std::size_t> order;
  order.reserve(keys.size());
  for (const Key& key : keys) order.push_back(key.index);
  return order;
}

// Where a record is fixed, for hints that say "{fiche}": the application and
// the screen a secretariat opens for that kind of record.
std::string_view screen_of(model::RecordKind kind, Language language) {
  const bool fr = language == Language::fr;
  switch (kind) {
    case model::RecordKind::pupil: return fr ? "SIECLE-BEE (fiche de l'élève)" : "SIECLE-BEE (the pupil's record)";
    case model::RecordKind::responsable:
      return fr ? "SIECLE-BEE (fiche du responsable)" : "SIECLE-BEE (the responsable's record)";
    case model::RecordKind::address:
      return fr ? "SIECLE-BEE (adresse de la fiche du responsable)" : "SIECLE-BEE (the responsable's address)";
    case model::RecordKind::staff:
      return fr ? "STS-Web (Personnels, ou par le gestionnaire académique pour un personnel de la base EPP)"
                : "STS-Web (Personnels, or through the academy's officer for staff from the EPP base)";
    default: break;
  }
  return fr ? "SIECLE-BEE ou STS-Web" : "SIECLE-BEE or STS-Web";
}

std::string with_screen(std::string_view hint, model::RecordKind kind, Language language) {
  static constexpr std::string_view mark = "{fiche}";
  std::string out(hint);
  if (const auto at = out.find(mark); at != std::string::npos) out.replace(at, mark.size(), screen_of(kind, language));
  return out;
}

// Takes the finding by value: its strings are freed (or moved) here.
Diagnostic to_diagnostic(RawFinding raw, const std::vector<model::FileRecord>& files, const Settings& settings) {
  const Language language = settings.language;
  const RuleInfo& info = raw.rule->info;
  Diagnostic diagnostic;
  diagnostic.code = info.code;
  diagnostic.rule = info.slug;
  const auto override = settings.severities.find(std::string(info.code));
  diagnostic.severity = override != settings.severities.end() ? override->second : info.severity;
  diagnostic.location = locate(files, raw.finding.location);
  const Text& wording = raw.finding.variant > 0 && raw.finding.variant <= info.variants.size()
                            ? info.variants[raw.finding.variant - 1]
                            : info.message;
  diagnostic.message = format_message(wording.in(language), raw.finding.args);
  diagnostic.hint = with_screen(info.hint.in(language), raw.finding.record.kind, language);
  diagnostic.record = raw.finding.record.str();
  // Exactly: a related place is a path and two numbers, and L001 gives ten a finding.
  diagnostic.related.reserve(raw.finding.related.size());
  for (const auto& related : raw.finding.related) diagnostic.related.push_back(locate(files, related));
  // Resolved (kept or pseudonymised) once the report is in its final order.
  if (!raw.finding.predicted_login.empty()) {
    diagnostic.predicted_login = personal(PersonalKind::login, raw.finding.predicted_login);
  }
  diagnostic.fingerprint = fingerprint(info.code, diagnostic.record, raw.finding.key);
  return diagnostic;
}

// Everything one file (or one part of a split file) gave: its own records
// and findings, merged into the run in input order so that the report does
// not depend on which thread read it.
struct FileRead {
  model::FileRecord record;
  model::Dataset records;  // this file's records only
  Collected collected;
  // Low-memory mode: the keys of the pupils, placements and links not kept, how many
  // each part of a split file gave, and whether the file was read in parts.
  low_memory::KeyColumns keys;
  std::vector<Counts> part_counts;
  bool joined = false;
  bool kept_whole = true;  // its pupils, placements and links kept by the first read (see EngineSink::kept_whole)
  Counts seen;
  formats::ReadOutcome outcome;
  std::uint64_t bytes = 0;
  bool skipped = false;
};

// A file read by several threads: where it is cut, and the bytes behind it.
struct SplitFile {
  std::shared_ptr<const io::RandomAccess> input;
  formats::SplitPlan plan;

  [[nodiscard]] std::size_t parts() const { return plan.cuts.size() + 1; }
  [[nodiscard]] std::uint64_t begin(std::size_t part) const { return part == 0 ? 0 : plan.cuts[part - 1]; }
  [[nodiscard]] std::uint64_t end(std::size_t part) const {
    return part < plan.cuts.size() ? plan.cuts[part] : input->size();
  }
};

// A large SIECLE pupils' export on a run with threads to spare is read in parts.
std::optional<SplitFile> plan_split(const PlannedFile& planned, const Settings& settings, unsigned threads) {
  if (threads < 2 || planned.problem || planned.from_stdin || !planned.zip_path.empty()) return {};
  // The size is checked before opening: small files are never opened twice.
  std::error_code error;
  const std::uint64_t size = planned.bytes != nullptr ? planned.bytes->size() : fs::file_size(planned.display, error);
  if (error || size < std::max<std::uint64_t>(settings.split_min_bytes, 1)) return {};
  SplitFile split;
  if (planned.bytes != nullptr) {
    split.input = io::memory_random_access(*planned.bytes);
  } else {
    auto opened = io::open_random_access(planned.display);
    if (!opened) return {};  // read whole, where the failure gets its diagnostic
    split.input = std::move(opened.value());
  }
  auto plan = formats::plan_split(*split.input, threads);
  if (!plan) return {};
  split.plan = std::move(*plan);
  return split;
}

// Reads one file, or its part `part` when `split` is set, into a FileRead.
// File problems are left to finish_read, once per file.
// How a read keeps records: all of them, or one of the two reads of low-memory mode.
struct ReadMode {
  SinkMode mode = SinkMode::all;
  const low_memory::KeyPlan* plan = nullptr;  // for SinkMode::keys
  Selected selected{};                        // for SinkMode::selected
};

FileRead read_records(const Settings& settings, const PlannedFile& planned, model::FileId file, Collector& collector,
                      const SplitFile* split = nullptr, std::size_t part = 0, const ReadMode& mode = {}) {
  FileRead read;
  if (mode.mode == SinkMode::keys) read.keys = low_memory::KeyColumns(*mode.plan);
  read.record = {planned.display, model::ExportKind::unknown, "", {}, 0, false};
  std::unique_ptr<io::ByteSource> source;
  formats::XmlSlice slice;
  std::uint64_t prefix_bytes = 0;
  if (split != nullptr) {
    // Every part after the first is read behind the file's head, and its
    // lines are numbered from where it starts in the file.
    std::string head;
    if (part > 0) {
      auto breaks = formats::count_line_breaks(*split->input, split->begin(part));
      if (!breaks) {
        read.outcome.xml.failure = formats::XmlFailure::read_error;
        return read;
      }
      slice.line_offset = static_cast<std::int64_t>(breaks.value()) - split->plan.head_lines;
      head = split->plan.head;
      prefix_bytes = head.size();
    }
    if (part + 1 < split->parts()) slice.open_at_end = &split->plan.open_path;
    source = io::range_source(split->input, std::move(head), split->begin(part), split->end(part));
  } else if (planned.bytes != nullptr) {
    source = io::memory_source(*planned.bytes);
  } else if (planned.from_stdin) {
    source = io::stdin_source();
  } else {
    auto opened = planned.zip_path.empty() ? io::open_file(planned.display)
                                           : io::open_zip_member(planned.zip_path, planned.zip_member);
    if (!opened) {
      read.record.failed = true;
      read.outcome.xml.failure = formats::XmlFailure::read_error;
      read.outcome.xml.detail = opened.error().detail;
      return read;
    }
    source = std::move(opened.value());
  }
  EngineSink sink(settings, read.records, read.record, collector, split != nullptr, mode.mode, &read.keys,
                  mode.selected);
  CountingSource counted(std::move(source), settings.progress);
  read.outcome = formats::read_export(
      counted, file, sink,
      [&](model::ExportKind kind) { return settings.kinds.empty() || settings.kinds.contains(kind); }, slice,
      fs::path(planned.zip_member.empty() ? planned.display : planned.zip_member).filename().string());
  read.skipped = read.outcome.skipped;
  read.bytes = counted.bytes() - prefix_bytes;
  read.record.kind = read.outcome.kind;
  read.record.encoding = read.outcome.encoding;
  // The Ministry names its AAF deltas "…_Delta_<date>_<Type>_NNNN.xml": a
  // delta holding only additions says so by its name alone.
  if (read.record.kind == model::ExportKind::aaf &&
      fs::path(planned.display).filename().string().find("_Delta_") != std::string::npos) {
    read.record.set_lacks(model::Column::whole_export);
  }
  read.record.records = sink.records();
  // The second read of low-memory mode reads again what was counted.
  sink.flush_progress();
  if (settings.progress != nullptr && mode.mode != SinkMode::selected && (split == nullptr || part == 0)) {
    settings.progress->files_read.fetch_add(1, std::memory_order_relaxed);
  }
  read.seen = sink.seen();
  read.kept_whole = sink.kept_whole();
  return read;
}

// A part read to its expected end, as a whole file of its kind would be.
bool part_read_well(const FileRead& read) {
  const formats::ReadOutcome& outcome = read.outcome;
  return outcome.xml.failure == formats::XmlFailure::none && !outcome.empty && !outcome.not_xml && !outcome.csv &&
         outcome.kind != model::ExportKind::unknown;
}

// A reader that makes a class of the first use of its code (AAF) does so in
// every part, where a whole read would have kept only the first: a part's
// structures whose code an earlier part gave are dropped. Repeats within one
// part are the reader's to keep (a structure defined twice is a finding).
using StructureKey = std::tuple<model::Origin, std::string_view, std::string_view>;  // origin, scope, code

// Returns how many were dropped: they no longer count as records read.
template <typename Structure>
std::uint64_t drop_given_before(model::RecordList<Structure>& list, const std::set<StructureKey>& before) {
  if (list.empty() || before.empty()) return 0;
  model::RecordList<Structure> kept;
  for (Structure& structure : list) {
    if (!before.contains({structure.origin, structure.scope.view(), structure.code.view()})) {
      kept.push_back(std::move(structure));
    }
  }
  const std::uint64_t dropped = list.size() - kept.size();
  list = std::move(kept);
  return dropped;
}

template <typename Structure>
void remember_given(const model::RecordList<Structure>& list, std::set<StructureKey>& given) {
  for (const Structure& structure : list)
    given.insert({structure.origin, structure.scope.view(), structure.code.view()});
}

// The record rules of divisions and groups, on a split file's joined records.
void check_structures(const Settings& settings, const model::Dataset& records, Collector& collector) {
  for (const Rule* rule : settings.selected) {
    if (rule->on_division) {
      for (const model::Division& division : records.divisions) {
        collector.guarded(rule, [&] { rule->on_division(division, collector); });
      }
    }
    if (rule->on_group) {
      for (const model::Group& group : records.groups) {
        collector.guarded(rule, [&] { rule->on_group(group, collector); });
      }
    }
  }
}

// Joins the parts of a split file in file order, as if it had been read whole.
FileRead join_parts(std::vector<FileRead>&& parts) {
  FileRead whole = std::move(parts.front());
  whole.joined = true;
  whole.part_counts.push_back(whole.seen);
  std::set<StructureKey> divisions;
  std::set<StructureKey> groups;
  remember_given(whole.records.divisions, divisions);
  remember_given(whole.records.groups, groups);
  for (std::size_t i = 1; i < parts.size(); ++i) {
    FileRead& part = parts[i];
    part.record.records -= drop_given_before(part.records.divisions, divisions);
    part.record.records -= drop_given_before(part.records.groups, groups);
    remember_given(part.records.divisions, divisions);
    remember_given(part.records.groups, groups);
    if (part.record.has_parameters) {  // the last sent wins, as in a whole read
      whole.record.parameters = std::move(part.record.parameters);
      whole.record.has_parameters = true;
    }
    whole.records.append_records(std::move(part.records));
    whole.collected.absorb(std::move(part.collected));
    whole.keys.append(std::move(part.keys));
    whole.part_counts.push_back(part.seen);
    whole.seen += part.seen;
    whole.kept_whole = whole.kept_whole && part.kept_whole;
    whole.bytes += part.bytes;
    whole.record.records += part.record.records;
    whole.record.has_pupils = whole.record.has_pupils || part.record.has_pupils;
    whole.record.has_persons = whole.record.has_persons || part.record.has_persons;
    whole.record.lacking &= part.record.lacking;  // lacking in the file: in every part
    auto& issues = whole.outcome.aaf_issues;
    issues.insert(issues.end(), std::make_move_iterator(part.outcome.aaf_issues.begin()),
                  std::make_move_iterator(part.outcome.aaf_issues.end()));
  }
  return whole;
}

// File problems are findings of the F rules. Those that stop a file are
// always reported, selected or not: exit code 2 must come with its reason.
void finish_read(const RuleRegistry& registry, const Settings& settings, const PlannedFile& planned, model::FileId file,
                 FileRead& read, Collector& collector) {
  auto file_problem = [&](const FileProblem& problem) {
    const Rule* rule = registry.find(problem.code);
    const bool selected =
        std::find(settings.selected.begin(), settings.selected.end(), rule) != settings.selected.end();
    if (rule == nullptr || (!selected && !problem.failed)) return;
    Finding finding;
    finding.location = {file, problem.position.line, problem.position.column};
    finding.args = problem.args;
    finding.variant = problem.variant;
    finding.record = problem.record.kind != model::RecordKind::none
                         ? problem.record
                         : model::RecordRef::file(fs::path(read.record.path).filename().string());
    // Two missing "Eleves.xml" in two folders, or two ragged rows of one CSV, are two problems.
    finding.key = read.record.path + ":" + std::to_string(problem.position.line);
    collector.findings().push_back({rule, std::move(finding)});
  };
  if (planned.problem) {
    read.record.failed = true;
    file_problem(*planned.problem);
    return;
  }
  if (read.record.failed) {  // could not be opened
    file_problem(open_problem(read.outcome.xml.detail, settings.language));
    return;
  }
  model::FileRecord& record = read.record;
  if (auto problem = read_problem(read.outcome, record.records, settings.language)) {
    record.failed = problem->failed;
    file_problem(*problem);
  }
  for (const FileProblem& problem : aaf_problems(read.outcome)) file_problem(problem);
  for (const FileProblem& problem : csv_problems(read.outcome, settings.language)) {
    record.failed = record.failed || problem.failed;
    file_problem(problem);
  }
}

FileRead read_file(const RuleRegistry& registry, const Settings& settings, const PlannedFile& planned,
                   model::FileId file, const ReadMode& mode) {
  Collector collector(settings);
  FileRead read;
  if (planned.problem) {
    read.record = {planned.display, model::ExportKind::unknown, "", {}, 0, false};
  } else {
    read = read_records(settings, planned, file, collector, nullptr, 0, mode);
  }
  finish_read(registry, settings, planned, file, read, collector);
  read.collected = collector.take();
  return read;
}

// One part of a split file; its findings stay with it until the parts join.
FileRead read_part(const Settings& settings, const PlannedFile& planned, model::FileId file, const SplitFile& split,
                   std::size_t part, const ReadMode& mode) {
  Collector collector(settings);
  FileRead read = read_records(settings, planned, file, collector, &split, part, mode);
  read.collected = collector.take();
  return read;
}

// What the first read of low-memory mode left of a file, for the second.
struct FirstReadOf {
  bool joined = false;
  bool kept_whole = true;           // nothing to read again
  std::vector<Counts> part_counts;  // of each part of a split file
  Counts counts;
  Counts first;  // in the run's order, where the file's bits of the selection start
};

bool any_kept(const std::vector<bool>& bits, std::size_t first, std::size_t count) {
  return std::any_of(bits.begin() + static_cast<std::ptrdiff_t>(first),
                     bits.begin() + static_cast<std::ptrdiff_t>(first + count), [](bool bit) { return bit; });
}

// The second read of low-memory mode: the files whose pupils or placements
// were selected, read again as the first time (whole, or in the same parts),
// keeping those records only, into `selected` (one dataset per file).
// Returns what went wrong (a file that changed between the reads).
std::vector<std::string> read_selected(const Settings& settings, const std::vector<PlannedFile>& planned,
                                       const std::vector<std::optional<SplitFile>>& splits,
                                       const std::vector<FirstReadOf>& first, const low_memory::Keep& keep,
                                       unsigned threads, std::vector<model::Dataset>& selected) {
  struct Task {
    std::size_t file;
    std::size_t part;  // SIZE_MAX: the whole file
    Selected selected;
    Counts expected;
  };
  std::vector<Task> tasks;
  for (std::size_t i = 0; i < first.size(); ++i) {
    const FirstReadOf& was = first[i];
    if (was.kept_whole) continue;
    if (!any_kept(keep.pupils, was.first.pupils, was.counts.pupils) &&
        !any_kept(keep.memberships, was.first.memberships, was.counts.memberships) &&
        !any_kept(keep.links, was.first.links, was.counts.links)) {
      continue;
    }
    if (!was.joined) {
      tasks.push_back({i, SIZE_MAX, {&keep, was.first}, was.counts});
      continue;
    }
    Selected at{&keep, was.first};
    for (std::size_t part = 0; part < was.part_counts.size(); ++part) {
      tasks.push_back({i, part, at, was.part_counts[part]});
      at.first += was.part_counts[part];
    }
  }
  std::vector<FileRead> reads(tasks.size());
  for_each_index(tasks.size(), threads, [&](std::size_t t) {
    const Task& task = tasks[t];
    Collector ignored(settings);  // the first read reported everything
    const ReadMode mode{SinkMode::selected, nullptr, task.selected};
    const auto id = static_cast<model::FileId>(task.file);
    reads[t] = task.part == SIZE_MAX
                   ? read_records(settings, planned[task.file], id, ignored, nullptr, 0, mode)
                   : read_records(settings, planned[task.file], id, ignored, &*splits[task.file], task.part, mode);
  });
  std::vector<std::string> problems;
  for (std::size_t t = 0; t < tasks.size(); ++t) {
    if (reads[t].seen != tasks[t].expected) {
      problems.push_back("low-memory: " + planned[tasks[t].file].display +
                         ": the file changed between its two reads (" + tasks[t].expected.text() + ", then " +
                         reads[t].seen.text() + ")");
    }
    selected[tasks[t].file].append_records(std::move(reads[t].records));
  }
  return problems;
}

}  // namespace

Report run_session(const RuleRegistry& registry, const Settings& settings, const std::vector<Input>& inputs) {
  model::Dataset dataset;
  Collected all;
  const unsigned threads = thread_count(settings.threads);

  // Files, and the parts of a large file, are read in parallel, each into its
  // own slot, then merged in input order.
  const std::vector<PlannedFile> planned = plan(inputs, settings.language);
  if (settings.progress != nullptr) settings.progress->files.store(planned.size(), std::memory_order_relaxed);
  std::vector<std::optional<SplitFile>> splits(planned.size());
  struct Task {
    std::size_t file;
    std::size_t part;
  };
  std::vector<Task> tasks;
  for (std::size_t i = 0; i < planned.size(); ++i) {
    splits[i] = plan_split(planned[i], settings, threads);
    for (std::size_t part = 0; part < (splits[i] ? splits[i]->parts() : 1); ++part) tasks.push_back({i, part});
  }
  // Low-memory mode reads the files twice, which standard input cannot be,
  // and needs every dataset check to say which records it needs.
  const bool two_reads =
      settings.low_memory && low_memory::all_declared(settings.selected) &&
      std::none_of(planned.begin(), planned.end(), [](const PlannedFile& p) { return p.from_stdin; });
  const low_memory::KeyPlan key_plan = two_reads ? low_memory::KeyPlan(settings.selected) : low_memory::KeyPlan();
  const ReadMode first_mode{two_reads ? SinkMode::keys : SinkMode::all, &key_plan, {}};
  std::vector<FileRead> task_reads(tasks.size());
  for_each_index(tasks.size(), threads, [&](std::size_t t) {
    const auto [i, part] = tasks[t];
    const auto id = static_cast<model::FileId>(i);
    task_reads[t] = splits[i] ? read_part(settings, planned[i], id, *splits[i], part, first_mode)
                              : read_file(registry, settings, planned[i], id, first_mode);
  });
  std::vector<FileRead> reads(planned.size());
  for (std::size_t t = 0; t < tasks.size();) {
    const std::size_t i = tasks[t].file;
    const auto id = static_cast<model::FileId>(i);
    if (!splits[i]) {
      reads[i] = std::move(task_reads[t++]);
      continue;
    }
    std::vector<FileRead> parts;
    for (; t < tasks.size() && tasks[t].file == i; ++t) parts.push_back(std::move(task_reads[t]));
    if (std::all_of(parts.begin(), parts.end(), part_read_well)) {
      FileRead whole = join_parts(std::move(parts));
      Collector collector(settings);
      check_structures(settings, whole.records, collector);
      finish_read(registry, settings, planned[i], id, whole, collector);
      whole.collected.absorb(collector.take());
      reads[i] = std::move(whole);
    } else {
      // A cut in the wrong place, or a broken file: read it whole, for the
      // same findings and the file problem at its real place.
      parts.clear();
      reads[i] = read_file(registry, settings, planned[i], id, first_mode);
    }
  }
  task_reads.clear();
  std::vector<std::uint64_t> bytes;  // per file, for the report's file list
  std::vector<bool> skipped;
  // A file that could not be read, or a planned problem, has no key columns:
  // these are the plan's whatever the files gave.
  low_memory::KeyColumns keys = two_reads ? low_memory::KeyColumns(key_plan) : low_memory::KeyColumns();
  std::vector<std::uint64_t> pupil_starts;
  std::vector<FirstReadOf> first_reads;
  // The pupils, placements and links the first read kept of each file (those it
  // kept whole), in file order with the second read's until both are joined.
  std::vector<model::Dataset> held(two_reads ? reads.size() : 0);
  for (FileRead& read : reads) {
    if (two_reads) {
      pupil_starts.push_back(keys.pupils());
      first_reads.push_back({read.joined,
                             read.kept_whole,
                             std::move(read.part_counts),
                             read.seen,
                             {keys.pupils(), keys.memberships(), keys.links()}});
      keys.append(std::move(read.keys));
      model::Dataset& aside = held[first_reads.size() - 1];
      aside.pupils = std::move(read.records.pupils);
      aside.memberships = std::move(read.records.memberships);
      aside.links = std::move(read.records.links);
    }
    dataset.files.push_back(std::move(read.record));
    dataset.append_records(std::move(read.records));
    all.absorb(std::move(read.collected));
    bytes.push_back(read.bytes);
    skipped.push_back(read.skipped);
  }
  const std::size_t reads_count = reads.size();
  reads.clear();

  Report report;
  std::vector<const Rule*> dataset_rules;
  for (const Rule* rule : settings.selected) {
    if (!rule->on_dataset) continue;
    std::vector<std::string> missing;
    for (const model::ExportKind kind : rule->info.needs) {
      if (!dataset.has_kind(kind)) missing.emplace_back(model::export_kind_name(kind));
    }
    if (!missing.empty()) {
      // Said when the run has some of the exports the check compares: an
      // AAF or ENT user is not told of every SIECLE cross-check, nor the reverse.
      if (missing.size() < rule->info.needs.size()) {
        report.skipped_checks.push_back({std::string(rule->info.code), std::move(missing)});
      }
      continue;
    }
    dataset_rules.push_back(rule);
  }
  if (two_reads) {
    // The first division of the pupils the first read's findings name is
    // looked up below: their placements are kept too.
    std::vector<std::uint64_t> named;
    std::vector<std::uint64_t> named_persons;  // their children are named in the findings' subjects
    for (const RawFinding& raw : all.findings) {
      if (const std::string_view pupil = raw.finding.record.pupil_id(); !pupil.empty()) {
        named.push_back(low_memory::key_of(pupil));
      } else if (raw.finding.record.kind == model::RecordKind::responsable) {
        named_persons.push_back(low_memory::key_of(raw.finding.record.id));
      }
    }
    // The records of files kept whole are there whatever is selected: their
    // pupils, placements and links join the selection's closure.
    low_memory::Keep whole{std::vector<bool>(keys.pupils()), std::vector<bool>(keys.memberships()),
                           std::vector<bool>(keys.links())};
    for (const FirstReadOf& was : first_reads) {
      if (!was.kept_whole) continue;
      auto mark = [](std::vector<bool>& bits, std::size_t first, std::size_t count) {
        std::fill_n(bits.begin() + static_cast<std::ptrdiff_t>(first), count, true);
      };
      mark(whole.pupils, was.first.pupils, was.counts.pupils);
      mark(whole.memberships, was.first.memberships, was.counts.memberships);
      mark(whole.links, was.first.links, was.counts.links);
    }
    const low_memory::Keep keep = low_memory::select_records(
        key_plan, keys, pupil_starts, dataset, dataset_rules,
        [&](const Rule* rule) {
          Collector options(settings);
          options.set_rule(rule);
          return options;
        },
        std::move(named), std::move(named_persons), std::move(whole));
    report.low_memory.used = true;
    auto kept = [](const std::vector<bool>& bits) {
      return static_cast<std::uint64_t>(std::count(bits.begin(), bits.end(), true));
    };
    report.low_memory.records = keep.pupils.size() + keep.memberships.size() + keep.links.size();
    report.low_memory.kept = kept(keep.pupils) + kept(keep.memberships) + kept(keep.links);
    keys = {};
    pupil_starts = {};
    std::vector<model::Dataset> selected(reads_count);
    for (std::string& problem : read_selected(settings, planned, splits, first_reads, keep, threads, selected)) {
      all.internal_errors.push_back(std::move(problem));
    }
    // In file order, whichever read kept them: the checks see the records in
    // the order a single read gives them (L001's suffixes follow it).
    for (std::size_t i = 0; i < held.size(); ++i) {
      dataset.append_records(std::move(held[i]));
      dataset.append_records(std::move(selected[i]));
    }
    held.clear();
  }
  if (settings.progress != nullptr) settings.progress->checking.store(true, std::memory_order_relaxed);
  dataset.placeholders = model::Placeholders::find(dataset);
  // Dataset rules only read the dataset: they run side by side, each with its
  // own collector, and their findings join in rule order.
  std::vector<Collected> outcomes(dataset_rules.size());
  for_each_index(dataset_rules.size(), threads, [&](std::size_t i) {
    Collector collector(settings);
    const Rule* rule = dataset_rules[i];
    collector.guarded(rule, [&] { rule->on_dataset(dataset, collector); });
    outcomes[i] = collector.take();
  });
  for (Collected& outcome : outcomes) all.absorb(std::move(outcome));
  outcomes = {};
  std::vector<RawFinding>& findings = all.findings;
  // A rule that reads a column a file lacks was not checked there: its
  // findings in that file go, the report says so once.
  std::erase_if(findings, [&](const RawFinding& raw) {
    const model::FileId file = raw.finding.location.file;
    if (file < dataset.files.size() && unchecked_in(*raw.rule, dataset.files[file])) return true;
    // A placeholder is one F012 finding for its file and field, not one per record.
    const auto& value = raw.finding.contact_value;
    return value && dataset.placeholders.contains(file, value->first, value->second);
  });
  {
    std::vector<const Rule*> ran;
    for (const Rule* rule : settings.selected) {
      if (!rule->on_dataset || std::find(dataset_rules.begin(), dataset_rules.end(), rule) != dataset_rules.end()) {
        ran.push_back(rule);
      }
    }
    report.not_checked = not_checked(dataset.files, ran);
  }

  // Who each finding is about, named, and the division that files it (a
  // pupil's, a responsable's first child's): the records the findings name
  // are looked up before they go.
  NamedSubjects named;
  {
    std::vector<const model::RecordRef*> records;
    records.reserve(findings.size());
    for (const RawFinding& raw : findings) records.push_back(&raw.finding.record);
    named = NamedSubjects(records, dataset, threads);
  }
  if (settings.take_records) settings.take_records(dataset);
  // Findings own their text: the records go before the diagnostics are built
  // (the peak RSS of a 1M-pupil run was records, findings and diagnostics at once).
  const std::vector<model::FileRecord> files = std::move(dataset.files);
  dataset = {};
  release_free_memory();
  // Findings become diagnostics side by side, a slice per task: each is
  // independent, lands in its own slot, and frees its finding as it goes.
  std::vector<Diagnostic> diagnostics(findings.size());
  constexpr std::size_t slice = 4096;
  for_each_index((findings.size() + slice - 1) / slice, threads, [&](std::size_t task) {
    for (std::size_t i = task * slice; i < std::min(findings.size(), (task + 1) * slice); ++i) {
      std::string division = named.division(i, findings[i].finding.record);
      Subject subject = named.subject(i, findings[i].finding.record);
      diagnostics[i] = to_diagnostic(std::move(findings[i]), files, settings);
      diagnostics[i].division = std::move(division);
      diagnostics[i].subject = std::move(subject);
    }
  });
  all.findings = {};
  named = {};
  release_free_memory();
  // Sorted by file, line, column, code and message, through compact keys: a
  // diagnostic is a dozen strings, slow to move, and comparing its file path
  // first cost a string comparison per step (0.12 s for 84 000 diagnostics).
  const std::vector<std::size_t> order = report_order(diagnostics);
  // One finding per fingerprint: the same division in SIECLE and STS, or the
  // same pupil in ElevesSansAdresses and ElevesAvecAdresses, is one problem
  // to fix. The first place (in report order) leads; the others become related.
  // Keys are views of the diagnostics' fingerprints: nothing moves until the last loop.
  std::unordered_map<std::string_view, std::size_t> first_with;
  first_with.reserve(diagnostics.size());
  std::vector<bool> leads(diagnostics.size());
  for (const std::size_t i : order) {
    const auto [it, inserted] = first_with.emplace(diagnostics[i].fingerprint, i);
    if (inserted) {
      leads[i] = true;
    } else {
      diagnostics[it->second].related.push_back(diagnostics[i].location);
    }
  }
  first_with.clear();
  // Put in report order in place, leads only: a second vector of diagnostics
  // (half a kilobyte each before their strings) was the peak of a large run.
  std::vector<std::size_t> kept;
  kept.reserve(order.size());
  for (const std::size_t i : order) {
    if (leads[i]) kept.push_back(i);
  }
  std::vector<std::size_t> position(diagnostics.size());  // where each original diagnostic is now
  std::vector<std::size_t> holds(diagnostics.size());     // which original diagnostic each place holds
  std::iota(position.begin(), position.end(), 0);
  std::iota(holds.begin(), holds.end(), 0);
  for (std::size_t p = 0; p < kept.size(); ++p) {
    const std::size_t from = position[kept[p]];
    if (from != p) {
      std::swap(diagnostics[p], diagnostics[from]);
      position[holds[p]] = from;
      holds[from] = holds[p];
    }
    holds[p] = kept[p];
    position[kept[p]] = p;
  }
  diagnostics.resize(kept.size());
  report.diagnostics = std::move(diagnostics);
  // Pseudonyms are numbered in report order, so the same inputs give the same tokens.
  Redactor redactor(settings.redact);
  for (Diagnostic& diagnostic : report.diagnostics) {
    redactor.resolve_in_place(diagnostic.message);
    redactor.resolve_in_place(diagnostic.predicted_login);
    redactor.resolve_in_place(diagnostic.subject.name);
    for (Subject& related : diagnostic.subject.related) redactor.resolve_in_place(related.name);
  }
  bool failed_any = !all.internal_errors.empty();
  for (const model::FileRecord& file : files) {
    const auto id = static_cast<model::FileId>(&file - files.data());
    FileSummary summary{file.path,     std::string(model::export_kind_name(file.kind)),
                        file.encoding, file.records,
                        bytes[id],     skipped[id],
                        file.failed};
    summary.uaj = file.parameters.uaj;
    summary.school_year = file.parameters.annee_scolaire;
    if (const auto& date = file.parameters.date_export) {
      char text[16];
      std::snprintf(text, sizeof text, "%02d/%02d/%04d", date->day, date->month, date->year);
      summary.export_date = text;
    }
    report.files.push_back(std::move(summary));
    report.records += file.records;
    failed_any = failed_any || file.failed;
  }
  bool fails = false;
  for (const Diagnostic& diagnostic : report.diagnostics) {
    switch (diagnostic.severity) {
      case Severity::error: ++report.errors; break;
      case Severity::warning: ++report.warnings; break;
      case Severity::info: ++report.infos; break;
    }
    fails = fails || diagnostic.severity >= settings.fail_on;
  }
  for (const auto& [rule, count] : all.tallies) {
    if (count == 0) continue;
    report.tallies.push_back({std::string(rule->info.code), count,
                              format_message(rule->info.tally.in(settings.language), {std::to_string(count)})});
  }
  std::sort(report.tallies.begin(), report.tallies.end(),
            [](const Report::Tally& a, const Report::Tally& b) { return a.code < b.code; });
  report.internal_errors = std::move(all.internal_errors);
  report.exit_code = failed_any ? 2 : fails ? 1 : 0;
  report.fail_on = settings.fail_on;
  report.language = settings.language;
  for (const Rule* rule : settings.selected) report.rules_run.emplace_back(rule->info.code);
  return report;
}

}  // namespace scolint::engine
