#include "engine/file_read.hpp"

#include <filesystem>
#include <system_error>

#include "engine/file_problems.hpp"
#include "engine/parallel.hpp"
#include "io/byte_source.hpp"
#include "io/zip_archive.hpp"

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

}  // namespace

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

FileRead read_records(const Settings& settings, const PlannedFile& planned, model::FileId file, Collector& collector,
                      const SplitFile* split, std::size_t part, const ReadMode& mode) {
  FileRead read;
  if (mode.mode == SinkMode::keys) read.keys = rules::low_memory::KeyColumns(*mode.plan);
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

bool part_read_well(const FileRead& read) {
  const formats::ReadOutcome& outcome = read.outcome;
  return outcome.xml.failure == formats::XmlFailure::none && !outcome.empty && !outcome.not_xml && !outcome.csv &&
         outcome.kind != model::ExportKind::unknown;
}

void finish_read(const rules::RuleRegistry& registry, const Settings& settings, const PlannedFile& planned,
                 model::FileId file, FileRead& read, Collector& collector) {
  auto file_problem = [&](const FileProblem& problem) {
    const rules::Rule* rule = registry.find(problem.code);
    const bool selected =
        std::find(settings.selected.begin(), settings.selected.end(), rule) != settings.selected.end();
    if (rule == nullptr || (!selected && !problem.failed)) return;
    rules::Finding finding;
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

FileRead read_file(const rules::RuleRegistry& registry, const Settings& settings, const PlannedFile& planned,
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

std::vector<FileRead> read_all(const rules::RuleRegistry& registry, const Settings& settings,
                               const std::vector<PlannedFile>& planned, const ReadMode& first_mode, unsigned threads,
                               std::vector<std::optional<SplitFile>>& splits) {
  splits.assign(planned.size(), std::nullopt);
  struct Task {
    std::size_t file;
    std::size_t part;
  };
  std::vector<Task> tasks;
  for (std::size_t i = 0; i < planned.size(); ++i) {
    splits[i] = plan_split(planned[i], settings, threads);
    for (std::size_t part = 0; part < (splits[i] ? splits[i]->parts() : 1); ++part) tasks.push_back({i, part});
  }
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
  return reads;
}

}  // namespace scolint::engine
