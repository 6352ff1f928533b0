#include "engine/session.hpp"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>
#include <unordered_map>

#include "engine/file_problems.hpp"
#include "engine/fingerprint.hpp"
#include "engine/personal.hpp"
#include "formats/export_reader.hpp"
#include "io/byte_source.hpp"
#include "io/zip_archive.hpp"

namespace scolint::engine {
namespace {

namespace fs = std::filesystem;

// Counts the bytes a file gave, for --statistics and the file summary.
class CountingSource final : public io::ByteSource {
 public:
  explicit CountingSource(std::unique_ptr<io::ByteSource> inner) : inner_(std::move(inner)) {}
  Result<std::size_t> read(std::span<char> buffer) override {
    auto got = inner_->read(buffer);
    if (got) bytes_ += got.value();
    return got;
  }
  [[nodiscard]] std::uint64_t bytes() const { return bytes_; }

 private:
  std::unique_ptr<io::ByteSource> inner_;
  std::uint64_t bytes_ = 0;
};

struct RawFinding {
  const Rule* rule = nullptr;
  Finding finding;
};

// The Reporter the rules talk to: knows which rule is running, collects.
class Collector final : public Reporter {
 public:
  explicit Collector(const Settings& settings) : settings_(settings) {}

  void set_rule(const Rule* rule) { rule_ = rule; }
  void report(Finding finding) override { findings_.push_back({rule_, std::move(finding)}); }

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
  [[nodiscard]] Language language() const override { return settings_.language; }

  std::vector<RawFinding>& findings() { return findings_; }
  std::vector<std::string>& internal_errors() { return internal_errors_; }

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
      internal_errors_.push_back(std::string(rule->info.code) + ": " + error.what());
    } catch (...) {
      broken_.insert(rule);
      internal_errors_.push_back(std::string(rule->info.code) + ": unknown exception");
    }
  }

 private:
  const Settings& settings_;
  const Rule* rule_ = nullptr;
  std::vector<RawFinding> findings_;
  std::vector<std::string> internal_errors_;
  std::set<const Rule*> broken_;
};

// Receives records while a file streams: record rules run at once, then the
// record joins the dataset for the dataset rules.
class EngineSink final : public formats::RecordSink {
 public:
  EngineSink(const Settings& settings, model::Dataset& dataset, Collector& collector)
      : dataset_(dataset), collector_(collector) {
    for (const Rule* rule : settings.selected) {
      if (rule->on_pupil) pupil_rules_.push_back(rule);
      if (rule->on_person) person_rules_.push_back(rule);
      if (rule->on_staff) staff_rules_.push_back(rule);
      if (rule->on_division) division_rules_.push_back(rule);
      if (rule->on_group) group_rules_.push_back(rule);
    }
  }

  void start_file(model::FileId file) {
    file_ = file;
    records_ = 0;
  }
  [[nodiscard]] std::uint64_t records() const { return records_; }

  void parameters(const model::ExportParameters& parameters) override {
    dataset_.files[file_].parameters = parameters;
  }
  void pupil(model::Pupil&& pupil) override {
    for (const Rule* rule : pupil_rules_) collector_.guarded(rule, [&] { rule->on_pupil(pupil, collector_); });
    keep(dataset_.pupils, std::move(pupil));
  }
  void membership(model::Membership&& membership) override { keep(dataset_.memberships, std::move(membership)); }
  void person(model::Person&& person) override {
    for (const Rule* rule : person_rules_) collector_.guarded(rule, [&] { rule->on_person(person, collector_); });
    keep(dataset_.persons, std::move(person));
  }
  void address(model::Address&& address) override { keep(dataset_.addresses, std::move(address)); }
  void link(model::ResponsableLink&& link) override { keep(dataset_.links, std::move(link)); }
  void division(model::Division&& division) override {
    for (const Rule* rule : division_rules_) {
      collector_.guarded(rule, [&] { rule->on_division(division, collector_); });
    }
    keep(dataset_.divisions, std::move(division));
  }
  void group(model::Group&& group) override {
    for (const Rule* rule : group_rules_) collector_.guarded(rule, [&] { rule->on_group(group, collector_); });
    keep(dataset_.groups, std::move(group));
  }
  void service(model::Service&& service) override { keep(dataset_.services, std::move(service)); }
  void staff(model::Staff&& staff) override {
    for (const Rule* rule : staff_rules_) collector_.guarded(rule, [&] { rule->on_staff(staff, collector_); });
    keep(dataset_.staff, std::move(staff));
  }
  void subject(model::Subject&& subject) override { keep(dataset_.subjects, std::move(subject)); }
  void aaf_structure(model::Field&& id) override { keep(dataset_.aaf_structures, std::move(id)); }

 private:
  template <typename T>
  void keep(std::vector<T>& records, T&& record) {
    records.push_back(std::move(record));
    ++records_;
  }

  model::Dataset& dataset_;
  Collector& collector_;
  model::FileId file_ = 0;
  std::uint64_t records_ = 0;
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
  for (const auto& member : members.value()) planned.push_back({path + "!" + member, nullptr, std::nullopt, false, path, member});
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
  std::string out;
  for (std::size_t i = 0; i < templ.size(); ++i) {
    if (templ[i] == '{' && i + 2 < templ.size() && templ[i + 2] == '}' && templ[i + 1] >= '0' &&
        templ[i + 1] <= '9') {
      const auto index = static_cast<std::size_t>(templ[i + 1] - '0');
      if (index < args.size()) out += args[index];
      i += 2;
    } else {
      out += templ[i];
    }
  }
  return out;
}

Location locate(const model::Dataset& dataset, const model::SourceLocation& at) {
  return {at.file < dataset.files.size() ? dataset.files[at.file].path : std::string(), at.line, at.column};
}

Diagnostic to_diagnostic(const RawFinding& raw, const model::Dataset& dataset, const Settings& settings) {
  const Language language = settings.language;
  const RuleInfo& info = raw.rule->info;
  Diagnostic diagnostic;
  diagnostic.code = info.code;
  diagnostic.rule = info.slug;
  const auto override = settings.severities.find(std::string(info.code));
  diagnostic.severity = override != settings.severities.end() ? override->second : info.severity;
  diagnostic.location = locate(dataset, raw.finding.location);
  diagnostic.message = format_message(info.message.in(language), raw.finding.args);
  diagnostic.hint = info.hint.in(language);
  diagnostic.record = raw.finding.record;
  for (const auto& related : raw.finding.related) diagnostic.related.push_back(locate(dataset, related));
  // Resolved (kept or pseudonymised) once the report is in its final order.
  if (!raw.finding.predicted_login.empty()) {
    diagnostic.predicted_login = personal(PersonalKind::login, raw.finding.predicted_login);
  }
  diagnostic.fingerprint = fingerprint(info.code, raw.finding.record, raw.finding.key);
  return diagnostic;
}

}  // namespace

Report run_session(const RuleRegistry& registry, const Settings& settings, const std::vector<Input>& inputs) {
  model::Dataset dataset;
  Collector collector(settings);
  EngineSink sink(settings, dataset, collector);
  std::map<model::FileId, std::uint64_t> bytes;
  std::map<model::FileId, bool> skipped;

  // File problems are findings of the F rules. Those that stop a file are
  // always reported, selected or not: exit code 2 must come with its reason.
  auto file_problem = [&](model::FileId file, const FileProblem& problem) {
    const Rule* rule = registry.find(problem.code);
    const bool selected = std::find(settings.selected.begin(), settings.selected.end(), rule) != settings.selected.end();
    if (rule == nullptr || (!selected && !problem.failed)) return;
    Finding finding;
    finding.location = {file, problem.position.line, problem.position.column};
    finding.args = problem.args;
    finding.record = fs::path(dataset.files[file].path).filename().string();
    // Two missing "Eleves.xml" in two folders, or two ragged rows of one CSV, are two problems.
    finding.key = dataset.files[file].path + ":" + std::to_string(problem.position.line);
    collector.findings().push_back({rule, std::move(finding)});
  };

  for (const PlannedFile& planned : plan(inputs, settings.language)) {
    const auto file = static_cast<model::FileId>(dataset.files.size());
    dataset.files.push_back({planned.display, model::ExportKind::unknown, "", {}, 0, false});
    if (planned.problem) {
      dataset.files[file].failed = true;
      file_problem(file, *planned.problem);
      continue;
    }
    std::unique_ptr<io::ByteSource> source;
    if (planned.bytes != nullptr) {
      source = io::memory_source(*planned.bytes);
    } else if (planned.from_stdin) {
      source = io::stdin_source();
    } else {
      auto opened = planned.zip_path.empty() ? io::open_file(planned.display)
                                             : io::open_zip_member(planned.zip_path, planned.zip_member);
      if (!opened) {
        dataset.files[file].failed = true;
        file_problem(file, open_problem(opened.error().detail, settings.language));
        continue;
      }
      source = std::move(opened.value());
    }
    sink.start_file(file);
    CountingSource counted(std::move(source));
    const formats::ReadOutcome outcome = formats::read_export(
        counted, file, sink, [&](model::ExportKind kind) { return settings.kinds.empty() || settings.kinds.contains(kind); });
    skipped[file] = outcome.skipped;
    bytes[file] = counted.bytes();
    model::FileRecord& record = dataset.files[file];
    record.kind = outcome.kind;
    record.encoding = outcome.encoding;
    record.records = sink.records();
    if (auto problem = read_problem(outcome, record.records, settings.language)) {
      record.failed = problem->failed;
      file_problem(file, *problem);
    }
    for (const FileProblem& problem : aaf_problems(outcome, settings.language)) file_problem(file, problem);
    for (const FileProblem& problem : csv_problems(outcome, settings.language)) {
      dataset.files[file].failed = dataset.files[file].failed || problem.failed;
      file_problem(file, problem);
    }
  }

  Report report;
  for (const Rule* rule : settings.selected) {
    if (!rule->on_dataset) continue;
    std::vector<std::string> missing;
    for (const model::ExportKind kind : rule->info.needs) {
      if (!dataset.has_kind(kind)) missing.emplace_back(model::export_kind_name(kind));
    }
    if (!missing.empty()) {
      report.skipped_checks.push_back({std::string(rule->info.code), std::move(missing)});
      continue;
    }
    collector.guarded(rule, [&] { rule->on_dataset(dataset, collector); });
  }

  // The division each finding concerns, for reports grouped by class (HTML):
  // a pupil's first division, or the division a structure record names.
  // Only the pupils that have findings are looked up: no work on a clean export.
  std::unordered_map<std::string, std::string> division_of;
  for (const auto& raw : collector.findings()) {
    if (raw.finding.record.rfind("ELEVE_ID=", 0) == 0) division_of.try_emplace(raw.finding.record.substr(9));
  }
  if (!division_of.empty()) {
    for (const model::Membership& membership : dataset.memberships) {
      if (membership.type != 'D') continue;
      const auto it = division_of.find(membership.eleve_id);
      if (it != division_of.end() && it->second.empty()) it->second = membership.code;
    }
  }
  for (const auto& raw : collector.findings()) {
    Diagnostic diagnostic = to_diagnostic(raw, dataset, settings);
    if (diagnostic.record.rfind("ELEVE_ID=", 0) == 0) {
      const auto it = division_of.find(diagnostic.record.substr(9));
      if (it != division_of.end()) diagnostic.division = it->second;
    } else if (diagnostic.record.rfind("DIVISION=", 0) == 0) {
      diagnostic.division = diagnostic.record.substr(9);
    }
    report.diagnostics.push_back(std::move(diagnostic));
  }
  std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.location.file, a.location.line, a.location.column, a.code, a.message) <
           std::tie(b.location.file, b.location.line, b.location.column, b.code, b.message);
  });
  // One finding per fingerprint: the same division in SIECLE and STS, or the
  // same pupil in ElevesSansAdresses and ElevesAvecAdresses, is one problem
  // to fix. The first place (in report order) leads; the others become related.
  std::unordered_map<std::string, std::size_t> first_with;
  std::vector<Diagnostic> merged;
  for (Diagnostic& diagnostic : report.diagnostics) {
    const auto [it, inserted] = first_with.emplace(diagnostic.fingerprint, merged.size());
    if (inserted) {
      merged.push_back(std::move(diagnostic));
    } else {
      merged[it->second].related.push_back(diagnostic.location);
    }
  }
  report.diagnostics = std::move(merged);
  // Pseudonyms are numbered in report order, so the same inputs give the same tokens.
  Redactor redactor(settings.redact);
  for (Diagnostic& diagnostic : report.diagnostics) {
    diagnostic.message = redactor.resolve(diagnostic.message);
    diagnostic.predicted_login = redactor.resolve(diagnostic.predicted_login);
  }
  bool failed_any = !collector.internal_errors().empty();
  for (const model::FileRecord& file : dataset.files) {
    const auto id = static_cast<model::FileId>(&file - dataset.files.data());
    report.files.push_back({file.path, std::string(model::export_kind_name(file.kind)), file.encoding, file.records,
                            bytes.contains(id) ? bytes[id] : 0, skipped[id], file.failed});
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
  report.internal_errors = std::move(collector.internal_errors());
  report.exit_code = failed_any ? 2 : fails ? 1 : 0;
  report.fail_on = settings.fail_on;
  for (const Rule* rule : settings.selected) report.rules_run.emplace_back(rule->info.code);
  return report;
}

}  // namespace scolint::engine
